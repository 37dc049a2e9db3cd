package cn.lianshang.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;
import jakarta.persistence.EntityManagerFactory;

/**
 * The marketplace through HTTP: the issue's example end to end, who may post for whom,
 * bad input, paging. The database may hold posts of earlier tests and runs, so every test
 * names its posts with a unique word and looks only at its own enterprises' results.
 */
class MarketplaceApiTests extends ApiTestSupport {

	static final String TIEXI = "210106";

	static final String ANSHAN_TIEXI = "210303";

	/**
	 * The issue's "月底交货": the end of this month, or of next month when this one has less
	 * than a week left.
	 */
	static LocalDate endOfMonth() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate end = today.with(TemporalAdjusters.lastDayOfMonth());
		return end.isBefore(today.plusDays(7)) ? today.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()) : end;
	}

	String registered(String name, String division, String industry) throws Exception {
		return register(TestData.validUscc(random, division), name, division, industry);
	}

	String register(String uscc, String name, String division, String industry) throws Exception {
		register(enterprise(uscc, name, division, industry));
		return uscc;
	}

	Map<String, Object> turningOffer(String uscc, String word, List<String> processes, int capacity) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		body.put("enterpriseUscc", uscc);
		body.put("title", "数控车削加工 轴类零件 " + word);
		body.put("description", "数控车床 20 台，承接 45# 钢、40Cr 轴类零件批量加工");
		body.put("processes", processes);
		body.put("materials", List.of("45#", "40Cr"));
		body.put("toleranceIt", 6);
		body.put("monthlyCapacity", capacity);
		body.put("leadTimeDays", 5);
		body.put("certifications", List.of("ISO9001"));
		return body;
	}

	long posted(String path, String token, Map<String, Object> body) throws Exception {
		MvcResult result = perform(post(path), token, body);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(201);
		return body(result).get("id").asLong();
	}

	JsonNode getJson(String path, String token) throws Exception {
		MvcResult result = perform(get(path), token, null);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		return body(result);
	}

	@Test
	void theIssuesDemandFindsTheLocalTurningShopFirstWithPassingExplanations() throws Exception {
		String word = TestData.uniqueWord(random);
		String buyer = registered("沈阳" + word + "汽车零部件有限公司", TIEXI, "3670");
		String local = registered("沈阳" + word + "精密机械厂", TIEXI, "3484");
		String anshan = registered("鞍山" + word + "机械加工厂", ANSHAN_TIEXI, "3484");
		String milling = registered("沈阳" + word + "铣削加工厂", TIEXI, "3484");
		String small = registered("沈阳" + word + "小型车工坊", TIEXI, "3484");

		String localToken = tokenOf("ENTERPRISE", null, local);
		long localOffer = posted("/api/v1/offers", localToken, turningOffer(null, word, List.of("车削", "钻削"), 5000));
		long anshanOffer = posted("/api/v1/offers", adminToken(), turningOffer(anshan, word, List.of("TURNING"), 5000));
		long millingOffer = posted("/api/v1/offers", adminToken(), turningOffer(milling, word, List.of("铣削"), 5000));
		long smallOffer = posted("/api/v1/offers", adminToken(), turningOffer(small, word, List.of("TURNING"), 600));

		Map<String, Object> demand = new LinkedHashMap<>();
		demand.put("scenario", "MACHINING");
		demand.put("title", "2000 件 45#钢数控车削轴类零件 " + word);
		demand.put("description", "汽车零部件，公差 IT7，月底交货");
		demand.put("toleranceIt", 7);
		demand.put("quantity", 2000);
		demand.put("dueDate", endOfMonth().toString());
		MvcResult posted = perform(post("/api/v1/demands"), tokenOf("ENTERPRISE", null, buyer), demand);
		assertThat(posted.getResponse().getStatus()).as(text(posted)).isEqualTo(201);
		JsonNode created = body(posted);
		assertThat(created.get("enterpriseUscc").asText()).isEqualTo(buyer);
		assertThat(created.get("processes")).extracting(JsonNode::asText).containsExactly("TURNING");
		assertThat(created.get("materials")).extracting(JsonNode::asText).containsExactly("C45");
		assertThat(created.get("unit").asText()).isEqualTo("件");
		long demandId = created.get("id").asLong();

		JsonNode matches = getJson("/api/v1/demands/" + demandId + "/matches?limit=100", localToken);
		Set<String> ours = Set.of(local, anshan, milling, small);
		List<JsonNode> mine = new ArrayList<>();
		matches.forEach(m -> {
			if (ours.contains(m.get("enterpriseUscc").asText())) {
				mine.add(m);
			}
		});
		assertThat(mine).extracting(m -> m.get("offerId").asLong())
			.containsExactly(localOffer, anshanOffer, smallOffer);
		assertThat(mine).extracting(m -> m.get("offerId").asLong()).doesNotContain(millingOffer);
		// nothing ranks strictly above the local shop
		assertThat(matches.get(0).get("score").asDouble()).isEqualTo(mine.get(0).get("score").asDouble());

		JsonNode first = mine.get(0);
		assertThat(first.get("distanceKm").asDouble()).isZero();
		Map<String, JsonNode> byCriterion = new LinkedHashMap<>();
		first.get("explanation").forEach(e -> byCriterion.put(e.get("criterion").asText(), e));
		assertThat(byCriterion).containsOnlyKeys("process", "material", "tolerance", "capacity", "leadTime", "distance",
				"reputation");
		byCriterion.forEach((criterion, e) -> assertThat(e.get("outcome").asText()).as(criterion)
			.isEqualTo(criterion.equals("reputation") ? "near" : "pass"));
		assertThat(byCriterion.get("tolerance").get("detail").asText()).isEqualTo("公差 IT7 满足要求（可达 IT6）");
		assertThat(byCriterion.get("distance").get("detail").asText()).isEqualTo("距离 0 km，同属铁西区");
		assertThat(byCriterion.get("reputation").get("detail").asText()).contains("成交评价不足");

		JsonNode second = mine.get(1);
		assertThat(second.get("distanceKm").asDouble()).isBetween(50.0, 120.0);
		assertThat(outcome(second, "distance")).isEqualTo("near");
		assertThat(detail(second, "distance")).endsWith("同在沈阳都市圈（鞍山市）");
		assertThat(outcome(mine.get(2), "capacity")).isEqualTo("fail");
		assertThat(first.get("score").asDouble()).isGreaterThan(second.get("score").asDouble());
		assertThat(second.get("score").asDouble()).isGreaterThan(mine.get(2).get("score").asDouble());

		// the other direction: the local shop's offer serves the demand
		JsonNode served = getJson("/api/v1/offers/" + localOffer + "/matches?limit=100", localToken);
		List<Long> demandIds = new ArrayList<>();
		served.forEach(m -> demandIds.add(m.get("demandId").asLong()));
		assertThat(demandIds).contains(demandId);
		served.forEach(m -> {
			if (m.get("demandId").asLong() == demandId) {
				assertThat(m.get("enterpriseUscc").asText()).isEqualTo(buyer);
				assertThat(m.get("explanation").size()).isGreaterThan(3);
			}
		});

		// every post is audited
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'demand.publish' and entity_id = ?", Long.class,
				String.valueOf(demandId)))
			.isEqualTo(1);
		assertThat(
				jdbc.queryForObject("select count(*) from audit_event where action = 'offer.publish' and entity_id = ?",
						Long.class, String.valueOf(localOffer)))
			.isEqualTo(1);
	}

	@Autowired
	MarketplaceIndex marketplaceIndex;

	@Autowired
	AccountManagement accounts;

	static int demandsFor(JsonNode nearMisses, String code) {
		for (JsonNode m : nearMisses) {
			if (m.get("code").asText().equals(code)) {
				return m.get("demands").asInt();
			}
		}
		return 0;
	}

	@Test
	void aSupplierSeesHowManyMoreOpenDemandsOneCertificationWouldWin() throws Exception {
		String word = TestData.uniqueWord(random);
		String shop = registered("沈阳" + word + "精车厂", TIEXI, "3484");
		String buyer = registered("沈阳" + word + "汽车配件厂", TIEXI, "3670");
		String username = createAccount("ENTERPRISE", null, shop);
		String shopToken = token(username, PASSWORD);
		long offer = posted("/api/v1/offers", shopToken, turningOffer(null, word, List.of("TURNING"), 5000));
		String path = "/api/v1/offers/" + offer + "/near-misses?limit=20";
		int before = demandsFor(getJson(path, shopToken), "IATF16949");
		String buyerToken = tokenOf("ENTERPRISE", null, buyer);
		for (int i = 0; i < 3; i++) {
			Map<String, Object> demand = new LinkedHashMap<>();
			demand.put("scenario", "MACHINING");
			demand.put("title", "45#钢车削轴 " + word + i);
			demand.put("processes", List.of("TURNING"));
			demand.put("materials", List.of("C45"));
			demand.put("toleranceIt", 7);
			demand.put("quantity", 100);
			demand.put("dueDate", endOfMonth().toString());
			demand.put("certifications", List.of("IATF16949"));
			posted("/api/v1/demands", buyerToken, demand);
		}
		// one that the shop already matches does not count
		Map<String, Object> plain = new LinkedHashMap<>();
		plain.put("scenario", "MACHINING");
		plain.put("title", "45#钢车削轴 " + word);
		plain.put("processes", List.of("TURNING"));
		plain.put("quantity", 100);
		plain.put("dueDate", endOfMonth().toString());
		posted("/api/v1/demands", buyerToken, plain);
		JsonNode after = getJson(path, shopToken);
		int n = before + 3;
		assertThat(demandsFor(after, "IATF16949")).isEqualTo(n);
		String advice = "增加 IATF 16949 认证可匹配另外 " + n + " 条需求";
		assertThat(after).extracting(m -> m.get("advice").asText()).contains(advice);

		String page = mvc
			.perform(get("/marketplace/offers/" + offer)
				.with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"near-misses\"", advice);
		String asAdmin = mvc
			.perform(get("/marketplace/offers/" + offer)
				.with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("admin"))))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(asAdmin).as("only the owner sees its near misses").doesNotContain("id=\"near-misses\"");
		assertThat(perform(get("/api/v1/offers/" + offer + "/near-misses?limit=0"), shopToken, null).getResponse()
			.getStatus()).isEqualTo(400);
	}

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aPurgedOfferIndexIsSeenAsStaleOnStartAndRebuiltWithTheStoredFieldsMatchingReads() throws Exception {
		String word = TestData.uniqueWord(random);
		String buyer = registered("沈阳" + word + "汽车零部件有限公司", TIEXI, "3670");
		String shop = registered("沈阳" + word + "精密机械厂", TIEXI, "3484");
		long offer = posted("/api/v1/offers", adminToken(), turningOffer(shop, word, List.of("TURNING"), 5000));
		Map<String, Object> demand = new LinkedHashMap<>();
		demand.put("scenario", "MACHINING");
		demand.put("title", "45#钢数控车削轴类零件 " + word);
		demand.put("processes", List.of("TURNING"));
		demand.put("materials", List.of("45#"));
		demand.put("quantity", 100);
		long demandId = posted("/api/v1/demands", tokenOf("ENTERPRISE", null, buyer), demand);
		long rows = jdbc.queryForObject("select count(*) from offer", Long.class);
		assertThat(marketplaceIndex.offerIndexIsStale(rows)).isFalse();

		Search.mapping(entityManagerFactory).scope(Offer.class).workspace().purge();
		assertThat(marketplaceIndex.offerIndexIsStale(rows)).isTrue();
		marketplaceIndex.run(null);
		assertThat(marketplaceIndex.offerIndexIsStale(rows)).isFalse();

		JsonNode matches = getJson("/api/v1/demands/" + demandId + "/matches?limit=100", adminToken());
		List<JsonNode> mine = new ArrayList<>();
		matches.forEach(m -> {
			if (m.get("offerId").asLong() == offer) {
				mine.add(m);
			}
		});
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).get("enterpriseUscc").asText()).isEqualTo(shop);
		assertThat(mine.get(0).get("title").asText()).isEqualTo("数控车削加工 轴类零件 " + word);
		assertThat(mine.get(0).get("distanceKm").asDouble()).isZero();
	}

	static String outcome(JsonNode match, String criterion) {
		return entry(match, criterion).get("outcome").asText();
	}

	static String detail(JsonNode match, String criterion) {
		return entry(match, criterion).get("detail").asText();
	}

	static JsonNode entry(JsonNode match, String criterion) {
		for (JsonNode e : match.get("explanation")) {
			if (e.get("criterion").asText().equals(criterion)) {
				return e;
			}
		}
		throw new AssertionError("no " + criterion + " in " + match);
	}

	@Test
	void freeTextIsNormalisedToProcessAndMaterialCodes() throws Exception {
		String word = TestData.uniqueWord(random);
		String buyer = registered(word + "机电有限公司", TIEXI, "3670");
		Map<String, Object> demand = new LinkedHashMap<>();
		demand.put("scenario", "MACHINING");
		demand.put("enterpriseUscc", buyer);
		demand.put("title", "数控车加工 45号钢 " + word);
		demand.put("quantity", 100);
		JsonNode created = body(perform(post("/api/v1/demands"), adminToken(), demand));
		assertThat(created.get("processes")).extracting(JsonNode::asText).containsExactly("TURNING");
		assertThat(created.get("materials")).extracting(JsonNode::asText).containsExactly("C45");
	}

	@Test
	void anEnterprisePostingForAnotherIsRefusedAndNothingIsStored() throws Exception {
		String word = TestData.uniqueWord(random);
		String mine = registered(word + "甲公司", TIEXI, "3484");
		String other = registered(word + "乙公司", TIEXI, "3484");
		String token = tokenOf("ENTERPRISE", null, mine);
		Map<String, Object> offer = turningOffer(other, word, List.of("TURNING"), 100);
		problem(perform(post("/api/v1/offers"), token, offer), 403);
		Map<String, Object> demand = new LinkedHashMap<>();
		demand.put("scenario", "MACHINING");
		demand.put("enterpriseUscc", other);
		demand.put("title", "车削 " + word);
		demand.put("quantity", 10);
		problem(perform(post("/api/v1/demands"), token, demand), 403);
		problem(perform(post("/api/v1/demands"), tokenOf("HANDLER", TIEXI, null), demand), 403);
		assertThat(jdbc.queryForObject("select count(*) from offer where title like ?", Long.class, "%" + word + "%"))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from demand where title like ?", Long.class, "%" + word + "%"))
			.isZero();
	}

	@Test
	void badInputIsAnswered400WithEveryBrokenRuleAndNothingIsStored() throws Exception {
		String word = TestData.uniqueWord(random);
		String buyer = registered(word + "丙公司", TIEXI, "3670");
		Map<String, Object> demand = new LinkedHashMap<>();
		demand.put("scenario", "MACHINING");
		demand.put("enterpriseUscc", buyer);
		demand.put("title", word + "轴".repeat(PostingRules.MAX_TITLE));
		demand.put("processes", List.of("车削", "搓澡"));
		demand.put("materials", List.of("Q999"));
		demand.put("toleranceIt", 0);
		demand.put("toleranceUm", 20000);
		demand.put("certifications", List.of("ISO0000"));
		demand.put("quantity", -5);
		demand.put("dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString());
		demand.put("deliveryArea", "999999");
		JsonNode problem = problem(perform(post("/api/v1/demands"), adminToken(), demand), 400);
		assertThat(errorOn(problem, "processes").get("code").asText()).isEqualTo("marketplace.process.unknown");
		assertThat(errorOn(problem, "processes").get("message").asText()).contains("搓澡");
		assertThat(errorOn(problem, "materials").get("code").asText()).isEqualTo("marketplace.material.unknown");
		assertThat(errorOn(problem, "toleranceIt").get("code").asText()).isEqualTo("marketplace.tolerance.it");
		assertThat(errorOn(problem, "toleranceUm").get("code").asText()).isEqualTo("marketplace.tolerance.um");
		assertThat(errorOn(problem, "title").get("code").asText()).isEqualTo("too-long");
		assertThat(errorOn(problem, "certifications").get("code").asText())
			.isEqualTo("marketplace.certification.unknown");
		assertThat(errorOn(problem, "quantity").get("code").asText()).isEqualTo("marketplace.amount");
		assertThat(errorOn(problem, "dueDate").get("code").asText()).isEqualTo("marketplace.due-date.past");
		assertThat(errorOn(problem, "deliveryArea").get("code").asText()).isEqualTo("division.unknown");

		Map<String, Object> plant = new LinkedHashMap<>(demand);
		plant.clear();
		plant.put("scenario", "PLANT");
		plant.put("enterpriseUscc", buyer);
		plant.put("title", "厂房 " + word);
		plant.put("quantity", 1);
		assertThat(errorOn(problem(perform(post("/api/v1/demands"), adminToken(), plant), 400), "lease").get("code")
			.asText()).isEqualTo("required");

		Map<String, Object> noProcess = new LinkedHashMap<>();
		noProcess.put("scenario", "MACHINING");
		noProcess.put("enterpriseUscc", buyer);
		noProcess.put("title", "急需外协 " + word);
		noProcess.put("quantity", 1);
		assertThat(errorOn(problem(perform(post("/api/v1/demands"), adminToken(), noProcess), 400), "processes")
			.get("code")
			.asText()).isEqualTo("marketplace.process.required");

		Map<String, Object> unknownOwner = new LinkedHashMap<>(noProcess);
		unknownOwner.put("enterpriseUscc", TestData.validUscc(random));
		unknownOwner.put("processes", List.of("TURNING"));
		assertThat(errorOn(problem(perform(post("/api/v1/demands"), adminToken(), unknownOwner), 400), "enterpriseUscc")
			.get("code")
			.asText()).isEqualTo("marketplace.enterprise.unknown");

		Map<String, Object> offer = turningOffer(buyer, word, List.of("TURNING"), 100);
		offer.put("leadTimeDays", 5000);
		offer.put("envelopeMm", List.of(100, 200));
		offer.put("batchMin", 500);
		offer.put("batchMax", 100);
		JsonNode offerProblem = problem(perform(post("/api/v1/offers"), adminToken(), offer), 400);
		assertThat(errorOn(offerProblem, "leadTimeDays").get("code").asText()).isEqualTo("range");
		assertThat(errorOn(offerProblem, "envelopeMm").get("code").asText()).isEqualTo("marketplace.dimensions");
		assertThat(errorOn(offerProblem, "batchMax").get("code").asText()).isEqualTo("marketplace.batch.order");

		JsonNode english = body(mvc
			.perform(post("/api/v1/demands").header("Authorization", bearer(adminToken()))
				.header("Accept-Language", "en")
				.contentType("application/json")
				.content(json.writeValueAsString(noProcess)))
			.andReturn());
		assertThat(errorOn(english, "processes").get("message").asText()).startsWith("Name at least one process");

		assertThat(jdbc.queryForObject("select count(*) from demand where title like ?", Long.class, "%" + word + "%"))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from offer where title like ?", Long.class, "%" + word + "%"))
			.isZero();
		problem(perform(get("/api/v1/demands/" + Long.MAX_VALUE + "/matches"), adminToken(), null), 404);
		problem(perform(get("/api/v1/demands?scenario=FISHING"), adminToken(), null), 400);
		problem(perform(get("/api/v1/offers?size=1000"), adminToken(), null), 400);
	}

	@Test
	void listsArePagedAndOffersAreFoundByChineseText() throws Exception {
		String word = TestData.uniqueWord(random);
		String supplier = registered(word + "钢材贸易有限公司", TIEXI, "5162");
		String token = tokenOf("ENTERPRISE", null, supplier);
		Set<Long> offerIds = new HashSet<>();
		for (String grade : List.of("HRB400", "Q235B", "Q355")) {
			Map<String, Object> offer = new LinkedHashMap<>();
			offer.put("scenario", "MATERIAL");
			offer.put("title", word + " 现货 " + grade);
			offer.put("description", "沈阳库房现货，可配送");
			offer.put("materials", List.of(grade));
			offer.put("categories", List.of("钢材"));
			offer.put("monthlyCapacity", 3000);
			offer.put("leadTimeDays", 2);
			offerIds.add(posted("/api/v1/offers", token, offer));
		}
		long demandId = 0;
		for (int i = 0; i < 3; i++) {
			Map<String, Object> demand = new LinkedHashMap<>();
			demand.put("scenario", "MATERIAL");
			demand.put("title", word + " 采购螺纹钢 " + i);
			demand.put("materials", List.of("三级螺纹钢"));
			demand.put("quantity", 50 + i);
			demandId = posted("/api/v1/demands", token, demand);
		}
		// an enterprise's own offers never match its own demands
		getJson("/api/v1/demands/" + demandId + "/matches?limit=100", token)
			.forEach(m -> assertThat(m.get("enterpriseUscc").asText()).isNotEqualTo(supplier));

		JsonNode page0 = getJson("/api/v1/offers?q=" + word + "&scenario=MATERIAL&page=0&size=2", token);
		JsonNode page1 = getJson("/api/v1/offers?q=" + word + "&scenario=MATERIAL&page=1&size=2", token);
		assertThat(page0.get("totalElements").asLong()).isEqualTo(3);
		assertThat(page0.get("totalPages").asInt()).isEqualTo(2);
		assertThat(page0.get("content").size()).isEqualTo(2);
		assertThat(page1.get("content").size()).isEqualTo(1);
		Set<Long> seen = new HashSet<>();
		page0.get("content").forEach(o -> seen.add(o.get("id").asLong()));
		page1.get("content").forEach(o -> seen.add(o.get("id").asLong()));
		assertThat(seen).isEqualTo(offerIds);
		assertThat(getJson("/api/v1/offers?q=" + word + "&scenario=MACHINING", token).get("totalElements").asLong())
			.isZero();

		JsonNode demands0 = getJson("/api/v1/demands?scenario=MATERIAL&page=0&size=2", token);
		JsonNode demands1 = getJson("/api/v1/demands?scenario=MATERIAL&page=1&size=2", token);
		assertThat(demands0.get("content").size()).isEqualTo(2);
		assertThat(demands0.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(demands0.get("content").get(0).get("title").asText()).isEqualTo(word + " 采购螺纹钢 2");
		assertThat(demands0.get("content").get(1).get("title").asText()).isEqualTo(word + " 采购螺纹钢 1");
		assertThat(demands1.get("content").get(0).get("title").asText()).isEqualTo(word + " 采购螺纹钢 0");
		demands0.get("content").forEach(d -> assertThat(d.get("scenario").asText()).isEqualTo("MATERIAL"));
		assertThat(demands0.get("content").get(0).get("materials")).extracting(JsonNode::asText)
			.containsExactly("HRB400");
	}

}
