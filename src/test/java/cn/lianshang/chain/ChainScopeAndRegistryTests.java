package cn.lianshang.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/**
 * Who may do what on the chains (node sets at the level of the area; enterprises and
 * declarations within a city officer's jurisdiction), and the chains following the
 * registry's {@code EnterpriseChanged}.
 */
class ChainScopeAndRegistryTests extends ApiTestSupport {

	JsonNode get200(String url, String token) throws Exception {
		MvcResult r = perform(get(url), token, null);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
		return body(r);
	}

	List<Map<String, Object>> nodesOf(JsonNode chain) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		chain.get("segments").forEach(s -> s.get("nodes").forEach(n -> {
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
		return nodes;
	}

	@Test
	void onlyTheAdministratorAndAreaLevelChainOfficersWriteNodeSets() throws Exception {
		String city = tokenOf("CHAIN_OFFICER", "210100", null);
		String area = tokenOf("CHAIN_OFFICER", null, null);
		JsonNode before = get200("/api/v1/chains/AERO", city);
		int version = before.get("version").asInt();
		Map<String, Object> body = Map.of("note", "同一节点集", "nodes", nodesOf(before));
		problem(perform(put("/api/v1/chains/AERO/nodes"), city, body), 403);
		assertThat(get200("/api/v1/chains/AERO", city).get("version").asInt()).isEqualTo(version);
		MvcResult ok = perform(put("/api/v1/chains/AERO/nodes"), area, body);
		assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(200);
		assertThat(body(ok).get("version").asInt()).isEqualTo(version + 1);
		ok = perform(put("/api/v1/chains/AERO/nodes"), adminToken(), body);
		assertThat(body(ok).get("version").asInt()).isEqualTo(version + 2);
	}

	@Test
	void aCityChainOfficerPutsAndDeclaresOnlyEnterprisesOfTheCity() throws Exception {
		String word = TestData.uniqueWord(random);
		String sy = register("沈阳" + word + "铸造有限公司", "210106", "3391").get("uscc").asText();
		String as = register("鞍山" + word + "铸造有限公司", "210302", "3391").get("uscc").asText();
		String officer = tokenOf("CHAIN_OFFICER", "210100", null);

		// an Anshan enterprise is unknown to the Shenyang officer
		JsonNode p = problem(
				perform(post("/api/v1/chains/AUTO/nodes/AUTO-CAST/enterprises"), officer, Map.of("uscc", as)), 400);
		assertThat(errorOn(p, "uscc").get("code").asText()).isEqualTo("chain.enterprise.unknown");
		MvcResult mine = perform(post("/api/v1/chains/AUTO/nodes/AUTO-CAST/enterprises"), officer, Map.of("uscc", sy));
		assertThat(mine.getResponse().getStatus()).as(text(mine)).isEqualTo(201);

		// declarations on behalf of an enterprise of the jurisdiction only
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("chainCode", "AUTO");
		d.put("nodeCode", "AUTO-CAST");
		d.put("role", "BUYER");
		d.put("counterpartName", "长春" + word + "铸件有限公司");
		d.put("counterpartLocation", "吉林省长春市");
		d.put("valueBand", "M1_10");
		assertThat(errorOn(problem(perform(post("/api/v1/chains/supply-edges"), officer, d), 400), "enterpriseUscc")
			.get("code")
			.asText()).isEqualTo("chain.edge.enterprise.required");
		d.put("enterpriseUscc", as);
		JsonNode outside = errorOn(problem(perform(post("/api/v1/chains/supply-edges"), officer, d), 400),
				"enterpriseUscc");
		assertThat(outside.get("code").asText()).isEqualTo("chain.edge.enterprise.outside");
		assertThat(outside.get("message").asText()).contains(as);
		d.put("enterpriseUscc", sy);
		MvcResult ok = perform(post("/api/v1/chains/supply-edges"), officer, d);
		assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(201);
		JsonNode edge = body(ok);
		assertThat(edge.get("buyerUscc").asText()).isEqualTo(sy);
		assertThat(edge.get("supplierInside").asBoolean()).isFalse();
		assertThat(edge.get("provenance").asText()).isEqualTo("DECLARED");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'chain.edge.declared' and entity_id = ?", Long.class,
				edge.get("id").asText()))
			.isEqualTo(1);
		// the Anshan officer does not see the Shenyang edge
		String anshan = tokenOf("CHAIN_OFFICER", "210300", null);
		JsonNode seen = get200("/api/v1/chains/AUTO/supply-edges?node=AUTO-CAST&size=200", anshan);
		seen.get("content").forEach(e -> assertThat(e.get("id").asLong()).isNotEqualTo(edge.get("id").asLong()));
	}

	void await(String what, BooleanSupplier condition) throws InterruptedException {
		long until = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
			Thread.sleep(100);
		}
		assertThat(condition.getAsBoolean()).as(what).isTrue();
	}

	JsonNode leadRow(String chain, String uscc) throws Exception {
		for (JsonNode r : get200("/api/v1/chains/" + chain + "/local-supporting-rate/breakdown", adminToken())
			.get("byLeadFirm")) {
			if (r.get("key").asText().equals(uscc)) {
				return r;
			}
		}
		return null;
	}

	void setStatus(Map<String, Object> enterprise, String status, int version) throws Exception {
		enterprise.put("status", status);
		enterprise.put("version", version);
		MvcResult r = perform(put("/api/v1/enterprises/" + enterprise.get("uscc")), adminToken(), enterprise);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
	}

	boolean flag(String sql, Object... args) {
		List<Boolean> v = jdbc.queryForList(sql, Boolean.class, args);
		return !v.isEmpty() && Boolean.TRUE.equals(v.get(0));
	}

	@Test
	void aRevokedEnterpriseDropsOutOfCountsAndRatesAndComesBackWhenActive() throws Exception {
		String word = TestData.uniqueWord(random);
		Map<String, Object> supplier = enterprise(TestData.validUscc(random), "辽阳" + word + "淀粉有限公司", "211000", "1391");
		register(supplier);
		Map<String, Object> buyer = enterprise(TestData.validUscc(random), "辽阳" + word + "食品有限公司", "211000", "1431");
		register(buyer);
		String s = (String) supplier.get("uscc");
		String b = (String) buyer.get("uscc");
		String admin = adminToken();
		// the registration's own suggestions first (asynchronous), then the officer's
		// decisions
		await("suggested on registration", () -> jdbc
			.queryForObject("select count(*) from chain_assignment where uscc in (?, ?)", Long.class, s, b) >= 2);
		MvcResult onNode = perform(post("/api/v1/chains/AGRI/nodes/AG-STARCH/enterprises"), admin, Map.of("uscc", s));
		assertThat(onNode.getResponse().getStatus()).as(text(onNode)).isEqualTo(201);
		MvcResult lead = perform(post("/api/v1/chains/AGRI/nodes/AG-BAKE/enterprises"), admin, Map.of("uscc", b));
		long leadId = body(lead).get("id").asLong();
		perform(post("/api/v1/chains/assignments/" + leadId + "/lead"), admin, null);
		String buyerAccount = tokenOf("ENTERPRISE", null, b);
		for (Map<String, Object> d : List.of(
				Map.<String, Object>of("chainCode", "AGRI", "role", "BUYER", "counterpartUscc", s, "valueBand",
						"M1_10"),
				Map.<String, Object>of("chainCode", "AGRI", "nodeCode", "AG-STARCH", "role", "BUYER", "counterpartName",
						"吉林" + word + "玉米有限公司", "counterpartLocation", "吉林省长春市", "valueBand", "UNDER_1M"))) {
			MvcResult r = perform(post("/api/v1/chains/supply-edges"), buyerAccount, d);
			assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
		}
		JsonNode row = leadRow("AGRI", b);
		assertThat(row.get("edges").asInt()).isEqualTo(2);
		assertThat(row.get("byCount").asDouble()).isEqualTo(0.5);
		long count = ChainApiTests.count(get200("/api/v1/chains/AGRI", admin), "AG-STARCH");

		setStatus(supplier, "REVOKED", 0);
		await("the supplier's edge is flagged",
				() -> !flag("select supplier_active from supply_edge where supplier_uscc = ? and chain_code = 'AGRI'",
						s));
		row = leadRow("AGRI", b);
		assertThat(row.get("edges").asInt()).as("the revoked supplier's edge is out of the rate").isEqualTo(1);
		assertThat(row.get("byCount").asDouble()).isZero();
		assertThat(ChainApiTests.count(get200("/api/v1/chains/AGRI", admin), "AG-STARCH")).isEqualTo(count - 1);
		JsonNode listed = get200("/api/v1/chains/AGRI/nodes/AG-STARCH/enterprises?status=CONFIRMED&size=500", admin);
		boolean flagged = false;
		for (JsonNode a : listed.get("content")) {
			if (a.get("uscc").asText().equals(s)) {
				flagged = !a.get("enterpriseActive").asBoolean();
			}
		}
		assertThat(flagged).as("still listed, flagged").isTrue();
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'chain.edge.follow' and actor = 'system'"
						+ " and entity_id in (select cast(id as varchar) from supply_edge where supplier_uscc = ?)",
				Long.class, s))
			.isEqualTo(1);

		setStatus(supplier, "ACTIVE", 1);
		await("the supplier's edge is back",
				() -> flag("select supplier_active from supply_edge where supplier_uscc = ? and chain_code = 'AGRI'",
						s));
		assertThat(leadRow("AGRI", b).get("edges").asInt()).isEqualTo(2);
		assertThat(ChainApiTests.count(get200("/api/v1/chains/AGRI", admin), "AG-STARCH")).isEqualTo(count);

		setStatus(buyer, "REVOKED", 0);
		await("the buyer is flagged",
				() -> !flag("select enterprise_active from chain_assignment where uscc = ? and node_code = 'AG-BAKE'",
						b));
		assertThat(leadRow("AGRI", b)).as("a revoked lead firm has no rate row").isNull();
	}

	@Test
	void anEnterpriseWhoseClassChangesGetsItsSuggestionsRefreshed() throws Exception {
		String word = TestData.uniqueWord(random);
		Map<String, Object> e = enterprise(TestData.validUscc(random), "本溪" + word + "科技有限公司", "210500", "2761");
		register(e);
		String uscc = (String) e.get("uscc");
		String sql = "select status from chain_assignment where uscc = ? and chain_code = ? and node_code = ?";
		await("suggested on registration for both nodes of 2761",
				() -> !jdbc.queryForList(sql, String.class, uscc, "BIOMED", "BM-BIO").isEmpty()
						&& !jdbc.queryForList(sql, String.class, uscc, "BIOMED", "BM-REAG").isEmpty());
		// an officer confirms one of them
		MvcResult confirmed = perform(post("/api/v1/chains/BIOMED/nodes/BM-REAG/enterprises"), adminToken(),
				Map.of("uscc", uscc));
		assertThat(body(confirmed).get("status").asText()).isEqualTo("CONFIRMED");

		e.put("industryCode", "3983");
		e.put("version", 0);
		MvcResult changed = perform(put("/api/v1/enterprises/" + uscc), adminToken(), e);
		assertThat(changed.getResponse().getStatus()).as(text(changed)).isEqualTo(200);
		await("suggested for the sensor node of its new class",
				() -> !jdbc.queryForList(sql, String.class, uscc, "SENSOR", "SN-SENSOR").isEmpty());
		assertThat(jdbc.queryForList(sql, String.class, uscc, "BIOMED", "BM-BIO")).as("the old suggestion is withdrawn")
			.isEmpty();
		assertThat(jdbc.queryForList(sql, String.class, uscc, "SENSOR", "SN-SENSOR")).containsExactly("SUGGESTED");
		assertThat(jdbc.queryForList(sql, String.class, uscc, "BIOMED", "BM-REAG")).as("a decision stays")
			.containsExactly("CONFIRMED");
		assertThat(jdbc.queryForObject(
				"select industry_code from chain_assignment where uscc = ? and node_code = 'BM-REAG'", String.class,
				uscc))
			.isEqualTo("3983");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'chain.suggest.withdraw' and actor = 'system'"
						+ " and before_state like ?",
				Long.class, "%" + uscc + "%"))
			.isEqualTo(1);
	}

}
