package cn.lianshang.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/**
 * The chain endpoints end to end. Each test works on a chain no other test writes to, so
 * its figures are exact even with the shared database.
 */
class ChainApiTests extends ApiTestSupport {

	@Autowired
	RecordingSupplyEdges recording;

	JsonNode get200(String url, String token) throws Exception {
		MvcResult r = perform(get(url), token, null);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
		return body(r);
	}

	@Test
	void theListHasTheTwentyChainsAndOneChainItsThreeSegments() throws Exception {
		String token = tokenOf("ANALYST", null, null);
		JsonNode list = get200("/api/v1/chains", token);
		assertThat(list).hasSize(20);
		assertThat(list.get(0).get("code").asText()).isEqualTo("AUTO");
		assertThat(list.get(0).get("name").asText()).isEqualTo("汽车及零部件");
		assertThat(list.get(0).get("group").asText()).isEqualTo("LAOZIHAO");

		JsonNode auto = get200("/api/v1/chains/AUTO", token);
		assertThat(auto.get("segments")).extracting(s -> s.get("name").asText()).containsExactly("上游", "中游", "下游");
		JsonNode down = auto.get("segments").get(2).get("nodes");
		JsonNode vehicle = null;
		for (JsonNode n : down) {
			if (n.get("code").asText().equals("AUTO-VEHICLE")) {
				vehicle = n;
			}
		}
		assertThat(vehicle).isNotNull();
		assertThat(vehicle.get("name").asText()).isEqualTo("整车制造");
		assertThat(vehicle.get("industryCodes")).extracting(JsonNode::asText).containsExactly("3611", "3612");
		assertThat(vehicle.get("enterpriseCount").isNumber()).isTrue();

		problem(perform(get("/api/v1/chains/NOPE"), token, null), 404);
		assertThat(perform(get("/api/v1/chains"), null, null).getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void aCityChainOfficerSeesOnlyTheCityAndTheRateAndGapsFollowTheEdges() throws Exception {
		String word = TestData.uniqueWord(random);
		// two sensor makers (3983), one in Shenyang and one in Anshan
		JsonNode sy = register("沈阳" + word + "传感科技有限公司", "210106", "3983");
		JsonNode as = register("鞍山" + word + "传感科技有限公司", "210302", "3983");
		String syUscc = sy.get("uscc").asText();
		String asUscc = as.get("uscc").asText();
		String admin = adminToken();
		long syOnNode = assign(admin, "SENSOR", "SN-SENSOR", syUscc);
		long asOnNode = assign(admin, "SENSOR", "SN-SENSOR", asUscc);

		String shenyang = tokenOf("CHAIN_OFFICER", "210100", null);
		String anshan = tokenOf("CHAIN_OFFICER", "210300", null);

		JsonNode seen = get200("/api/v1/chains/SENSOR/nodes/SN-SENSOR/enterprises?status=CONFIRMED&size=500", shenyang);
		List<String> usccs = new ArrayList<>();
		seen.get("content").forEach(a -> usccs.add(a.get("uscc").asText()));
		assertThat(usccs).contains(syUscc).doesNotContain(asUscc);
		long syCount = count(get200("/api/v1/chains/SENSOR", shenyang), "SN-SENSOR");
		long asCount = count(get200("/api/v1/chains/SENSOR", anshan), "SN-SENSOR");
		assertThat(syCount).isPositive();
		assertThat(asCount).isPositive();
		assertThat(count(get200("/api/v1/chains/SENSOR", admin), "SN-SENSOR"))
			.isGreaterThanOrEqualTo(syCount + asCount);

		// the Shenyang officer cannot touch the Anshan record, but marks the Shenyang
		// firm a
		// lead firm
		problem(perform(post("/api/v1/chains/assignments/" + asOnNode + "/lead"), shenyang, null), 404);
		MvcResult lead = perform(post("/api/v1/chains/assignments/" + syOnNode + "/lead"), shenyang, null);
		assertThat(lead.getResponse().getStatus()).as(text(lead)).isEqualTo(200);
		assertThat(body(lead).get("leadFirm").asBoolean()).isTrue();
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'chain.assignment.lead' and entity_id = ?", Long.class,
				String.valueOf(syOnNode)))
			.isEqualTo(1);

		// supply edges declared by the two firms
		String syAccount = tokenOf("ENTERPRISE", null, syUscc);
		String asAccount = tokenOf("ENTERPRISE", null, asUscc);
		declare(syAccount, Map.of("chainCode", "SENSOR", "nodeCode", "SN-MEMS", "role", "BUYER", "counterpartName",
				"苏州" + word + "微电子有限公司", "counterpartLocation", "江苏省苏州市", "valueBand", "M10_50"));
		declare(syAccount,
				Map.of("chainCode", "SENSOR", "role", "BUYER", "counterpartUscc", asUscc, "valueBand", "M1_10"));
		declare(asAccount, Map.of("chainCode", "SENSOR", "nodeCode", "SN-MAT", "role", "BUYER", "counterpartName",
				"上海" + word + "材料有限公司", "counterpartLocation", "上海市", "valueBand", "UNDER_1M"));

		// Shenyang buyers: outside 3,000 + inside 550 → by count 1/2, by value 550/3550
		JsonNode syRate = get200("/api/v1/chains/SENSOR/local-supporting-rate", shenyang);
		assertThat(syRate.get("edges").asInt()).isEqualTo(2);
		assertThat(syRate.get("byCount").asDouble()).isEqualTo(0.5);
		assertThat(syRate.get("byValue").asDouble()).isCloseTo(550.0 / 3550, within(1e-9));
		// Anshan buyers: one outside edge
		JsonNode asRate = get200("/api/v1/chains/SENSOR/local-supporting-rate", anshan);
		assertThat(asRate.get("edges").asInt()).isEqualTo(1);
		assertThat(asRate.get("byCount").asDouble()).isZero();
		// the administrator asks per city; a city outside the officer's scope gives
		// nothing
		assertThat(get200("/api/v1/chains/SENSOR/local-supporting-rate?city=210300", admin).get("edges").asInt())
			.isEqualTo(1);
		assertThat(get200("/api/v1/chains/SENSOR/local-supporting-rate?city=210300", shenyang).get("edges").asInt())
			.isZero();
		JsonNode all = get200("/api/v1/chains/SENSOR/local-supporting-rate", admin);
		assertThat(all.get("edges").asInt()).isEqualTo(3);
		assertThat(all.get("byValue").asDouble()).isCloseTo(550.0 / 3600, within(1e-9));
		JsonNode bad = problem(perform(get("/api/v1/chains/SENSOR/local-supporting-rate?city=999999"), admin, null),
				400);
		assertThat(errorOn(bad, "city").get("code").asText()).isEqualTo("chain.city.unknown");

		// gaps for Shenyang: MEMS chips, bought outside by a lead firm, come first
		JsonNode gaps = get200("/api/v1/chains/SENSOR/gaps", shenyang);
		assertThat(gaps.get(0).get("nodeCode").asText()).isEqualTo("SN-MEMS");
		assertThat(gaps.get(0).get("score").asDouble()).isCloseTo(5 * 2 * (1 + Math.log(31)), within(0.01));
		assertThat(gaps.get(0).get("reason").asText()).contains("传感器芯片与MEMS", "3,000");
		List<String> gapNodes = new ArrayList<>();
		gaps.forEach(g -> gapNodes.add(g.get("nodeCode").asText()));
		assertThat(gapNodes).contains("SN-MAT");

		// the Anshan officer sees the Anshan edge only
		JsonNode asEdges = get200("/api/v1/chains/SENSOR/supply-edges", anshan);
		asEdges.get("content")
			.forEach(e -> assertThat(e.get("buyerUscc").asText() + e.get("supplierUscc").asText()).contains(asUscc));
	}

	@Test
	void declarationsAreCheckedAtTheEdge() throws Exception {
		JsonNode e = register("沈阳" + TestData.uniqueWord(random) + "环保设备有限公司", "210112", "3591");
		String token = tokenOf("ENTERPRISE", null, e.get("uscc").asText());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("chainCode", "ECO");
		body.put("role", "BUYER");
		body.put("counterpartName", "外地供应商");
		body.put("valueBand", null);
		JsonNode p = problem(perform(post("/api/v1/chains/supply-edges"), token, body), 400);
		errorOn(p, "counterpartLocation");
		errorOn(p, "valueBand");
		errorOn(p, "nodeCode");
		body.put("role", "SELLER");
		errorOn(problem(perform(post("/api/v1/chains/supply-edges"), token, body), 400), "role");
		// an analyst cannot declare
		assertThat(perform(post("/api/v1/chains/supply-edges"), tokenOf("ANALYST", null, null), body).getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aMarketplaceDealBecomesOneEdgePerChainOfTheSuppliersClassOnce() throws Exception {
		String word = TestData.uniqueWord(random);
		JsonNode supplier = register("抚顺" + word + "环保装备有限公司", "210400", "3591");
		JsonNode buyer = register("沈阳" + word + "石化有限公司", "210106", "2511");
		String ref = "deal:" + word;
		var first = recording.recordDeal(supplier.get("uscc").asText(), buyer.get("uscc").asText(), ValueBand.M1_10,
				ref);
		assertThat(first).extracting(ChainViews.EdgeView::chainCode).containsExactly("ECO");
		assertThat(first.get(0).nodeCode()).isEqualTo("EC-EQUIP");
		assertThat(first.get(0).supplierInside()).isTrue();
		assertThat(first.get(0).provenance()).isEqualTo("DEAL");
		assertThat(
				recording.recordDeal(supplier.get("uscc").asText(), buyer.get("uscc").asText(), ValueBand.M1_10, ref))
			.as("recorded once")
			.isEmpty();
	}

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	SupplyEdges supplyEdges;

	@Test
	void aCompletedMarketplaceDealIsRecordedAsAnEdgeThroughItsEvent() throws Exception {
		String word = TestData.uniqueWord(random);
		JsonNode supplier = register("铁岭" + word + "环保装备有限公司", "211200", "3591");
		JsonNode buyer = register("沈阳" + word + "化工有限公司", "210106", "2511");
		long dealId = 9_000_000_000L + random.nextInt(1_000_000_000);
		transactions.executeWithoutResult(status -> events
			.publishEvent(new cn.lianshang.marketplace.DealCompleted(dealId, supplier.get("uscc").asText(),
					buyer.get("uscc").asText(), cn.lianshang.matching.model.Scenario.MACHINING,
					cn.lianshang.marketplace.ValueBand.FROM_1M_TO_10M, java.time.OffsetDateTime.now())));
		long until = System.currentTimeMillis() + 20_000;
		while (!supplyEdges.existsByChainCodeAndProvenanceAndSourceRef("ECO", SupplyEdge.Provenance.DEAL,
				"deal:" + dealId) && System.currentTimeMillis() < until) {
			Thread.sleep(100);
		}
		assertThat(supplyEdges.existsByChainCodeAndProvenanceAndSourceRef("ECO", SupplyEdge.Provenance.DEAL,
				"deal:" + dealId))
			.as("the listener recorded the deal as an edge of the supplier's chain")
			.isTrue();
		assertThat(DealEdges.band(cn.lianshang.marketplace.ValueBand.FROM_1M_TO_10M)).isEqualTo(ValueBand.M1_10);
	}

	@Test
	void aChainOfficerWritesANewVersionAndTheOldOneIsKept() throws Exception {
		String officer = tokenOf("CHAIN_OFFICER", null, null);
		JsonNode before = get200("/api/v1/chains/CYBER", officer);
		int version = before.get("version").asInt();
		List<Map<String, Object>> nodes = new ArrayList<>();
		before.get("segments").forEach(s -> s.get("nodes").forEach(n -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("segment", s.get("name").asText());
			m.put("code", n.get("code").asText());
			m.put("name", n.get("name").asText());
			m.put("kind", n.get("kind").asText());
			m.put("industryCodes", json.convertValue(n.get("industryCodes"), List.class));
			m.put("keywords", json.convertValue(n.get("keywords"), List.class));
			m.put("weight", n.get("weight").asInt());
			nodes.add(m);
		}));
		Map<String, Object> extra = new LinkedHashMap<>();
		extra.put("segment", "下游");
		extra.put("code", "CS-GOV");
		extra.put("name", "政务网络安全服务");
		extra.put("kind", "SERVICE");
		extra.put("industryCodes", List.of("651"));
		extra.put("keywords", List.of("政务安全"));
		extra.put("weight", 9);
		nodes.add(extra);
		JsonNode p = problem(perform(put("/api/v1/chains/CYBER/nodes"), officer, Map.of("note", "加政务", "nodes", nodes)),
				400);
		assertThat(errorOn(p, "nodes[" + (nodes.size() - 1) + "].industryCodes").get("message").asText())
			.contains("651");
		errorOn(p, "nodes[" + (nodes.size() - 1) + "].weight");
		assertThat(get200("/api/v1/chains/CYBER", officer).get("version").asInt()).isEqualTo(version);

		extra.put("industryCodes", List.of("6531", "6560"));
		extra.put("weight", 3);
		MvcResult ok = perform(put("/api/v1/chains/CYBER/nodes"), officer, Map.of("note", "加政务", "nodes", nodes));
		assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(200);
		assertThat(body(ok).get("version").asInt()).isEqualTo(version + 1);
		JsonNode after = get200("/api/v1/chains/CYBER", officer);
		assertThat(after.get("version").asInt()).isEqualTo(version + 1);
		assertThat(after.toString()).contains("CS-GOV");
		JsonNode versions = get200("/api/v1/chains/CYBER/versions", officer);
		assertThat(versions.get(0).get("version").asInt()).isEqualTo(version + 1);
		assertThat(versions).extracting(v -> v.get("version").asInt()).contains(version);
		// an analyst may read but not edit
		assertThat(perform(put("/api/v1/chains/CYBER/nodes"), tokenOf("ANALYST", null, null),
				Map.of("note", "x", "nodes", nodes))
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void suggestionsComeFromTheRegistryAndWaitForAnOfficer() throws Exception {
		String word = TestData.uniqueWord(random);
		JsonNode e = register("本溪" + word + "生物制药有限公司", "210500", "2761");
		String uscc = e.get("uscc").asText();
		String officer = tokenOf("CHAIN_OFFICER", "210500", null);
		MvcResult r = perform(post("/api/v1/chains/BIOMED/nodes/BM-BIO/suggestions"), officer, null);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
		JsonNode suggested = get200("/api/v1/chains/BIOMED/nodes/BM-BIO/enterprises?status=SUGGESTED&size=500",
				officer);
		JsonNode mine = null;
		for (JsonNode a : suggested.get("content")) {
			if (a.get("uscc").asText().equals(uscc)) {
				mine = a;
			}
		}
		assertThat(mine).as("suggested: %s", suggested).isNotNull();
		assertThat(mine.get("reason").asText()).contains("2761");
		MvcResult confirmed = perform(post("/api/v1/chains/assignments/" + mine.get("id").asLong() + "/confirm"),
				officer, null);
		assertThat(body(confirmed).get("status").asText()).isEqualTo("CONFIRMED");
		assertThat(body(confirmed).get("decidedBy").asText()).isNotBlank();
		problem(perform(post("/api/v1/chains/assignments/" + mine.get("id").asLong() + "/confirm"), officer, null),
				409);
		errorOn(problem(
				perform(post("/api/v1/chains/assignments/" + mine.get("id").asLong() + "/maybe"), officer, null), 400),
				"decision");
	}

	@Test
	void theEchartsWebJarIsServed() throws Exception {
		MvcResult r = mvc.perform(get("/webjars/echarts/5.5.0/echarts.min.js")).andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		assertThat(r.getResponse().getContentAsString()).contains("echarts");
	}

	long assign(String token, String chain, String node, String uscc) throws Exception {
		MvcResult r = perform(post("/api/v1/chains/" + chain + "/nodes/" + node + "/enterprises"), token,
				Map.of("uscc", uscc));
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
		return body(r).get("id").asLong();
	}

	void declare(String token, Map<String, Object> body) throws Exception {
		MvcResult r = perform(post("/api/v1/chains/supply-edges"), token, body);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
	}

	static long count(JsonNode chain, String node) {
		for (JsonNode s : chain.get("segments")) {
			for (JsonNode n : s.get("nodes")) {
				if (n.get("code").asText().equals(node)) {
					return n.get("enterpriseCount").asLong();
				}
			}
		}
		throw new AssertionError(node);
	}

}
