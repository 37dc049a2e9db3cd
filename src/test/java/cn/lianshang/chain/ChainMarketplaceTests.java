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
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/**
 * What the chains take from the marketplace: open offers suggest their enterprises for
 * the nodes their text names (with the offer as the reason), and open demands of the
 * jurisdiction raise the need of a gap node. Each test adds nodes of its own to the AI
 * chain, with keywords no other test uses.
 */
class ChainMarketplaceTests extends ApiTestSupport {

	static final String CHAIN = "AI";

	JsonNode get200(String url, String token) throws Exception {
		MvcResult r = perform(get(url), token, null);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
		return body(r);
	}

	void await(String what, BooleanSupplier condition) throws InterruptedException {
		long until = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
			Thread.sleep(100);
		}
		assertThat(condition.getAsBoolean()).as(what).isTrue();
	}

	static String nodeCode(String prefix) {
		StringBuilder sb = new StringBuilder("AI-").append(prefix);
		for (int i = 0; i < 8; i++) {
			sb.append((char) ('A' + random.nextInt(26)));
		}
		return sb.toString();
	}

	/**
	 * Removes the nodes this test added (a new version without them), so that the node
	 * set does not grow from run to run on a kept database.
	 */
	void removeNodes(java.util.Collection<String> codes) throws Exception {
		JsonNode before = get200("/api/v1/chains/" + CHAIN, adminToken());
		List<Map<String, Object>> nodes = nodes(before);
		nodes.removeIf(n -> codes.contains(n.get("code")));
		MvcResult ok = perform(put("/api/v1/chains/" + CHAIN + "/nodes"), adminToken(),
				Map.of("note", "去掉测试节点", "nodes", nodes));
		assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(200);
	}

	List<Map<String, Object>> nodes(JsonNode chain) {
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

	/** Adds the nodes (code → keywords, weight 5, 下游) to the chain's current node set. */
	void addNodes(Map<String, List<String>> added) throws Exception {
		String officer = adminToken();
		JsonNode before = get200("/api/v1/chains/" + CHAIN, officer);
		List<Map<String, Object>> nodes = nodes(before);
		added.forEach((code, keywords) -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("segment", "下游");
			m.put("code", code);
			m.put("name", "测试节点" + code.substring(code.length() - 4));
			m.put("kind", "PRODUCT");
			m.put("industryCodes", List.of("6550"));
			m.put("keywords", keywords);
			m.put("weight", 5);
			nodes.add(m);
		});
		MvcResult ok = perform(put("/api/v1/chains/" + CHAIN + "/nodes"), officer,
				Map.of("note", "测试节点", "nodes", nodes));
		assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(200);
	}

	long posted(String url, Map<String, Object> body) throws Exception {
		MvcResult r = perform(post(url), adminToken(), body);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
		return body(r).get("id").asLong();
	}

	long offer(String uscc, String title, List<String> processes) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		body.put("enterpriseUscc", uscc);
		body.put("title", title);
		body.put("description", "数控设备 12 台，按图加工，都市圈内配送");
		body.put("processes", processes);
		body.put("leadTimeDays", 7);
		return posted("/api/v1/offers", body);
	}

	long demand(String uscc, String title) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		body.put("enterpriseUscc", uscc);
		body.put("title", title);
		body.put("processes", List.of("TURNING"));
		body.put("quantity", 500);
		return posted("/api/v1/demands", body);
	}

	String reasonOf(String uscc, String node) {
		List<String> r = jdbc.queryForList(
				"select reason from chain_assignment where chain_code = ? and node_code = ? and uscc = ?", String.class,
				CHAIN, node, uscc);
		return r.isEmpty() ? null : r.get(0);
	}

	@Test
	void anOpenOfferPutsItsEnterpriseOnTheNodesItsTextNamesWithTheOfferAsTheReason() throws Exception {
		String word = TestData.uniqueWord(random);
		String node = nodeCode("O");
		// the node's own word, and 外圆磨: the matching engine's synonym of 磨削 (GRINDING)
		addNodes(Map.of(node, List.of(word, "外圆磨")));
		try {
			suggestsFromOffers(word, node);
		}
		finally {
			removeNodes(List.of(node));
		}
	}

	void suggestsFromOffers(String word, String node) throws Exception {
		String shenyang = register("沈阳" + TestData.uniqueWord(random) + "化工有限公司", "210106", "2511").get("uscc")
			.asText();
		String anshan = register("鞍山" + TestData.uniqueWord(random) + "化工有限公司", "210300", "2511").get("uscc").asText();
		String other = register("沈阳" + TestData.uniqueWord(random) + "化工有限公司", "210106", "2511").get("uscc").asText();
		long byTitle = offer(shenyang, "承接" + word + "精密零件加工", List.of("TURNING"));
		long byProcess = offer(anshan, "精密零件加工 " + TestData.uniqueWord(random), List.of("GRINDING"));
		offer(other, "精密零件加工 " + TestData.uniqueWord(random), List.of("TURNING"));

		// on publication (OfferPublished)
		await("both offers' enterprises suggested",
				() -> reasonOf(shenyang, node) != null && reasonOf(anshan, node) != null);
		assertThat(reasonOf(shenyang, node)).isEqualTo("供给「承接" + word + "精密零件加工」（#" + byTitle + "）标题含「" + word + "」");
		assertThat(reasonOf(anshan, node)).startsWith("供给「精密零件加工 ")
			.endsWith("（#" + byProcess + "）工艺「磨削」（匹配引擎词表：「外圆磨」）");
		assertThat(jdbc.queryForList(
				"select status from chain_assignment where chain_code = ? and node_code = ?" + " and uscc in (?, ?)",
				String.class, CHAIN, node, shenyang, anshan))
			.containsOnly("SUGGESTED");

		// an officer's run, in the officer's jurisdiction only
		jdbc.update("delete from chain_assignment where chain_code = ? and node_code = ?", CHAIN, node);
		String shenyangOfficer = tokenOf("CHAIN_OFFICER", "210100", null);
		MvcResult run = perform(post("/api/v1/chains/" + CHAIN + "/nodes/" + node + "/suggestions"), shenyangOfficer,
				null);
		assertThat(run.getResponse().getStatus()).as(text(run)).isEqualTo(200);
		assertThat(reasonOf(shenyang, node)).contains("（#" + byTitle + "）标题含「" + word + "」");
		assertThat(reasonOf(anshan, node)).as("outside the officer's city").isNull();
		perform(post("/api/v1/chains/" + CHAIN + "/nodes/" + node + "/suggestions"), adminToken(), null);
		assertThat(reasonOf(anshan, node)).contains("（#" + byProcess + "）工艺「磨削」");
		assertThat(reasonOf(other, node)).as("its offer names nothing of the node").isNull();
		JsonNode listed = get200("/api/v1/chains/" + CHAIN + "/nodes/" + node + "/enterprises?status=SUGGESTED",
				shenyangOfficer);
		assertThat(listed.get("content")).hasSize(1);
		assertThat(listed.get("content").get(0).get("reason").asText()).contains(word);
	}

	double scoreOf(JsonNode gaps, String node) {
		for (JsonNode g : gaps) {
			if (g.get("nodeCode").asText().equals(node)) {
				return g.get("score").asDouble();
			}
		}
		throw new AssertionError(node + " is not a gap in " + gaps);
	}

	String reasonOf(JsonNode gaps, String node) {
		for (JsonNode g : gaps) {
			if (g.get("nodeCode").asText().equals(node)) {
				return g.get("reason").asText();
			}
		}
		throw new AssertionError(node + " is not a gap in " + gaps);
	}

	int rankOf(JsonNode gaps, String node) {
		for (int i = 0; i < gaps.size(); i++) {
			if (gaps.get(i).get("nodeCode").asText().equals(node)) {
				return i;
			}
		}
		throw new AssertionError(node + " is not a gap in " + gaps);
	}

	@Test
	void openDemandsOfTheJurisdictionRaiseTheNeedOfAGapNode() throws Exception {
		String quiet = nodeCode("Q");
		String wanted = nodeCode("W");
		String word = TestData.uniqueWord(random);
		Map<String, List<String>> added = new LinkedHashMap<>();
		added.put(quiet, List.of(TestData.uniqueWord(random)));
		added.put(wanted, List.of(word));
		addNodes(added);
		try {
			ranksByDemand(quiet, wanted, word);
		}
		finally {
			removeNodes(added.keySet());
		}
	}

	void ranksByDemand(String quiet, String wanted, String word) throws Exception {
		String admin = adminToken();
		String shenyangOfficer = tokenOf("CHAIN_OFFICER", "210100", null);
		JsonNode before = get200("/api/v1/chains/" + CHAIN + "/gaps", admin);
		// no local enterprise, no purchases, no demand: weight 5 × 1 × 1 × 1
		assertThat(scoreOf(before, quiet)).isEqualTo(5.0);
		assertThat(scoreOf(before, wanted)).isEqualTo(5.0);
		assertThat(rankOf(before, quiet)).as("a tie keeps the chain order").isLessThan(rankOf(before, wanted));

		String shenyangBuyer = register("沈阳" + TestData.uniqueWord(random) + "装备有限公司", "210106", "3484").get("uscc")
			.asText();
		String anshanBuyer = register("鞍山" + TestData.uniqueWord(random) + "装备有限公司", "210300", "3484").get("uscc")
			.asText();
		demand(shenyangBuyer, "采购" + word + "零件 500 件");
		demand(shenyangBuyer, "500 件 " + word + " 外壳加工");
		demand(anshanBuyer, "采购" + word + "零件 300 件");
		demand(shenyangBuyer, "500 件 法兰加工 " + TestData.uniqueWord(random));

		JsonNode all = get200("/api/v1/chains/" + CHAIN + "/gaps", admin);
		assertThat(scoreOf(all, wanted)).isCloseTo(5 * (1 + Math.log(4)), within(0.01));
		assertThat(reasonOf(all, wanted)).contains("供需平台上本地待对接需求 3 条");
		assertThat(scoreOf(all, quiet)).isEqualTo(5.0);
		assertThat(reasonOf(all, quiet)).contains("供需平台上本地待对接需求 0 条");
		assertThat(rankOf(all, wanted)).as("demand ranks the node higher").isLessThan(rankOf(all, quiet));

		// the Shenyang officer counts Shenyang's demands only
		JsonNode shenyang = get200("/api/v1/chains/" + CHAIN + "/gaps", shenyangOfficer);
		assertThat(scoreOf(shenyang, wanted)).isCloseTo(5 * (1 + Math.log(3)), within(0.01));
		assertThat(reasonOf(shenyang, wanted)).contains("供需平台上本地待对接需求 2 条");
		// and nothing for a city outside the jurisdiction
		assertThat(scoreOf(get200("/api/v1/chains/" + CHAIN + "/gaps?city=210300", shenyangOfficer), wanted))
			.isEqualTo(5.0);
		JsonNode anshan = get200("/api/v1/chains/" + CHAIN + "/gaps?city=210300", admin);
		assertThat(scoreOf(anshan, wanted)).isCloseTo(5 * (1 + Math.log(2)), within(0.01));
		MvcResult en = perform(get("/api/v1/chains/" + CHAIN + "/gaps").header("Accept-Language", "en"), admin, null);
		assertThat(text(en)).contains("Open local demands on the marketplace: 3.");
	}

}
