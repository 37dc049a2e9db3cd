package cn.lianshang.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.TestData;

/**
 * Responses, deals and ratings through HTTP: the whole flow, who may make which move,
 * illegal and stale moves, bad input in both languages, the deal list, and the effect of
 * ratings on ranking. Every test registers its own enterprises and looks only at them.
 */
@RecordApplicationEvents
class DealsApiTests extends MarketplaceTestSupport {

	@Autowired
	ApplicationEvents events;

	long demand(Party buyer, String word) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		body.put("title", "数控车削 轴类零件 " + word);
		body.put("processes", List.of("TURNING"));
		body.put("quantity", 100);
		body.put("dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(40).toString());
		MvcResult r = perform(post("/api/v1/demands"), buyer.token(), body);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
		return body(r).get("id").asLong();
	}

	long offer(Party supplier, String word) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		body.put("title", "数控车削加工 " + word);
		body.put("processes", List.of("TURNING"));
		body.put("monthlyCapacity", 5000);
		body.put("leadTimeDays", 5);
		MvcResult r = perform(post("/api/v1/offers"), supplier.token(), body);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
		return body(r).get("id").asLong();
	}

	MvcResult respond(Party supplier, long demand, Object quote, Object lead, String message) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("quoteYuan", quote);
		body.put("leadTimeDays", lead);
		body.put("message", message);
		return perform(post("/api/v1/demands/" + demand + "/responses"), supplier.token(), body);
	}

	JsonNode responded(Party supplier, long demand, Object quote) throws Exception {
		MvcResult r = respond(supplier, demand, quote, 10, "可按期交货");
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
		return body(r);
	}

	MvcResult move(Party who, String path, int version) throws Exception {
		return perform(post(path), who.token(), Map.of("version", version));
	}

	JsonNode moved(Party who, String path, int version) throws Exception {
		MvcResult r = move(who, path, version);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
		return body(r);
	}

	static String responsePath(long demand, JsonNode response, String action) {
		return "/api/v1/demands/" + demand + "/responses/" + response.get("id").asLong() + "/" + action;
	}

	/** A demand of {@code buyer} awarded to {@code supplier} and confirmed: completed. */
	JsonNode completedDeal(Party buyer, Party supplier, String word, Object quote) throws Exception {
		long d = demand(buyer, word);
		JsonNode r = responded(supplier, d, quote);
		JsonNode awarded = moved(buyer, responsePath(d, r, "award"), r.get("version").asInt());
		return moved(buyer, "/api/v1/deals/" + awarded.get("id").asLong() + "/confirm", awarded.get("version").asInt());
	}

	MvcResult rate(Party who, long deal, Map<String, Object> body) throws Exception {
		return perform(post("/api/v1/deals/" + deal + "/ratings"), who.token(), body);
	}

	@Test
	void aDemandIsAnsweredShortlistedAwardedDeliveredConfirmedAndRatedBothWays() throws Exception {
		String word = TestData.uniqueWord(random);
		Party buyer = party("沈阳" + word + "汽车零部件有限公司");
		Party a = party("沈阳" + word + "精密机械厂");
		Party b = party("沈阳" + word + "机加工厂");
		long d = demand(buyer, word);

		JsonNode ra = responded(a, d, 250000);
		JsonNode rb = responded(b, d, "180000.50");
		assertThat(ra.get("status").asText()).isEqualTo("SUBMITTED");
		assertThat(ra.get("supplierUscc").asText()).isEqualTo(a.uscc());
		assertThat(ra.get("buyerUscc").asText()).isEqualTo(buyer.uscc());

		// the owner sees both; a supplier only its own
		MvcResult all = perform(get("/api/v1/demands/" + d + "/responses"), buyer.token(), null);
		assertThat(body(all)).extracting(n -> n.get("supplierUscc").asText()).containsExactly(a.uscc(), b.uscc());
		MvcResult own = perform(get("/api/v1/demands/" + d + "/responses"), b.token(), null);
		assertThat(body(own)).extracting(n -> n.get("supplierUscc").asText()).containsExactly(b.uscc());

		JsonNode shortlisted = moved(buyer, responsePath(d, ra, "shortlist"), ra.get("version").asInt());
		assertThat(shortlisted.get("status").asText()).isEqualTo("SHORTLISTED");
		JsonNode awarded = moved(buyer, responsePath(d, ra, "award"), shortlisted.get("version").asInt());
		assertThat(awarded.get("status").asText()).isEqualTo("AWARDED");
		assertThat(awarded.get("valueBand").asText()).isEqualTo("FROM_100K_TO_1M");
		assertThat(awarded.get("awardedAt").isNull()).isFalse();

		// the other response is declined and the demand closed
		JsonNode other = body(perform(get("/api/v1/deals/" + rb.get("id").asLong()), b.token(), null));
		assertThat(other.get("status").asText()).isEqualTo("DECLINED");
		JsonNode demand = body(perform(get("/api/v1/demands/" + d), buyer.token(), null));
		assertThat(demand.get("status").asText()).isEqualTo("CLOSED");
		problem(respond(party("沈阳" + word + "迟到厂"), d, 1000, 5, null), 409);

		long deal = awarded.get("id").asLong();
		JsonNode delivered = moved(a, "/api/v1/deals/" + deal + "/deliver", awarded.get("version").asInt());
		assertThat(delivered.get("status").asText()).isEqualTo("DELIVERED");
		JsonNode completed = moved(buyer, "/api/v1/deals/" + deal + "/confirm", delivered.get("version").asInt());
		assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");

		assertThat(events.stream(DealCompleted.class).filter(e -> e.dealId() == deal)).singleElement().satisfies(e -> {
			assertThat(e.supplierUscc()).isEqualTo(a.uscc());
			assertThat(e.buyerUscc()).isEqualTo(buyer.uscc());
			assertThat(e.valueBand()).isEqualTo(ValueBand.FROM_100K_TO_1M);
			assertThat(e.scenario().name()).isEqualTo("MACHINING");
			assertThat(e.completedAt()).isNotNull();
		});

		MvcResult byBuyer = rate(buyer, deal, Map.of("onTime", 5, "quality", 4, "communication", 5, "comment", "按期交货"));
		assertThat(byBuyer.getResponse().getStatus()).as(text(byBuyer)).isEqualTo(201);
		MvcResult bySupplier = rate(a, deal, Map.of("paymentOnTime", 3));
		assertThat(bySupplier.getResponse().getStatus()).as(text(bySupplier)).isEqualTo(201);
		assertThat(body(bySupplier).get("ratings")).hasSize(2);
		problem(rate(buyer, deal, Map.of("onTime", 1, "quality", 1, "communication", 1)), 409);

		JsonNode supplierRep = body(perform(get("/api/v1/marketplace/reputation/" + a.uscc()), b.token(), null));
		assertThat(supplierRep.at("/asSupplier/ratings").asInt()).isEqualTo(1);
		assertThat(supplierRep.at("/asSupplier/quality").asDouble()).isEqualTo(4.0);
		assertThat(supplierRep.at("/asSupplier/score").isNull()).as("below the minimum count").isTrue();
		JsonNode buyerRep = body(perform(get("/api/v1/marketplace/reputation/" + buyer.uscc()), b.token(), null));
		assertThat(buyerRep.at("/asBuyer/paymentOnTime").asDouble()).isEqualTo(3.0);
		assertThat(buyerRep.at("/asBuyer/demandsWithResponses").asInt()).isEqualTo(1);
		assertThat(buyerRep.at("/asBuyer/awardRate").asDouble()).isEqualTo(1.0);

		// the deal list: each party sees it, a stranger does not
		JsonNode mine = body(perform(get("/api/v1/deals?as=SUPPLIER"), a.token(), null));
		assertThat(mine.get("content")).extracting(n -> n.get("id").asLong()).containsExactly(deal);
		JsonNode theirs = body(perform(get("/api/v1/deals?as=BUYER&status=COMPLETED"), buyer.token(), null));
		assertThat(theirs.get("content")).extracting(n -> n.get("id").asLong()).containsExactly(deal);
		assertThat(body(perform(get("/api/v1/deals"), b.token(), null)).get("totalElements").asInt()).isZero();
		JsonNode forAdmin = body(perform(get("/api/v1/deals?enterprise=" + a.uscc()), adminToken(), null));
		assertThat(forAdmin.get("content")).extracting(n -> n.get("id").asLong()).containsExactly(deal);

		List<String> actions = jdbc.queryForList(
				"select action from audit_event where entity_type = 'deal' and entity_id in (?, ?) order by id",
				String.class, String.valueOf(deal), rb.get("id").asText());
		assertThat(actions).containsExactly("deal.respond", "deal.respond", "deal.shortlist", "deal.decline",
				"deal.award", "deal.deliver", "deal.confirm", "deal.rate", "deal.rate");
	}

	@Test
	void noOneActsForAnotherEnterpriseOrOnTheOtherSide() throws Exception {
		String word = TestData.uniqueWord(random);
		Party buyer = party("沈阳" + word + "采购方");
		Party supplier = party("沈阳" + word + "供方");
		Party stranger = party("沈阳" + word + "旁人");
		long d = demand(buyer, word);

		Map<String, Object> forAnother = new LinkedHashMap<>();
		forAnother.put("enterpriseUscc", stranger.uscc());
		forAnother.put("quoteYuan", 1000);
		forAnother.put("leadTimeDays", 5);
		problem(perform(post("/api/v1/demands/" + d + "/responses"), supplier.token(), forAnother), 403);
		problem(respond(buyer, d, 1000, 5, null), 403);
		problem(perform(post("/api/v1/demands/" + d + "/responses"), adminToken(),
				Map.of("quoteYuan", 1000, "leadTimeDays", 5)), 403);

		JsonNode r = responded(supplier, d, 1000);
		int v = r.get("version").asInt();
		problem(move(supplier, responsePath(d, r, "award"), v), 403);
		problem(move(stranger, responsePath(d, r, "award"), v), 403);
		problem(move(buyer, responsePath(d, r, "withdraw"), v), 403);
		problem(perform(get("/api/v1/deals/" + r.get("id").asLong()), stranger.token(), null), 403);
		assertThat(body(perform(get("/api/v1/demands/" + d + "/responses"), stranger.token(), null))).isEmpty();
		problem(perform(get("/api/v1/deals?enterprise=" + buyer.uscc()), stranger.token(), null), 403);

		JsonNode awarded = moved(buyer, responsePath(d, r, "award"), v);
		long deal = awarded.get("id").asLong();
		problem(move(buyer, "/api/v1/deals/" + deal + "/deliver", awarded.get("version").asInt()), 403);
		problem(move(stranger, "/api/v1/deals/" + deal + "/confirm", awarded.get("version").asInt()), 403);
		JsonNode done = moved(buyer, "/api/v1/deals/" + deal + "/confirm", awarded.get("version").asInt());
		assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
		problem(rate(stranger, deal, Map.of("paymentOnTime", 5)), 403);
		assertThat(jdbc.queryForObject("select count(*) from deal_rating where deal_id = ?", Long.class, deal))
			.isZero();
	}

	@Test
	void illegalAndStaleMovesAre409AndChangeNothing() throws Exception {
		String word = TestData.uniqueWord(random);
		Party buyer = party("沈阳" + word + "采购方");
		Party a = party("沈阳" + word + "甲厂");
		Party b = party("沈阳" + word + "乙厂");
		long d = demand(buyer, word);
		JsonNode ra = responded(a, d, 5000);
		JsonNode rb = responded(b, d, 6000);
		problem(respond(a, d, 4000, 3, null), 409);

		long deal = ra.get("id").asLong();
		problem(move(buyer, "/api/v1/deals/" + deal + "/confirm", 0), 409);
		problem(move(a, "/api/v1/deals/" + deal + "/deliver", 0), 409);
		problem(rate(buyer, deal, Map.of("onTime", 5, "quality", 5, "communication", 5)), 409);

		JsonNode shortlisted = moved(buyer, responsePath(d, ra, "shortlist"), ra.get("version").asInt());
		JsonNode stale = problem(move(buyer, responsePath(d, ra, "award"), ra.get("version").asInt()), 409);
		assertThat(stale.get("detail").asText()).contains("刷新");
		problem(move(buyer, responsePath(d, ra, "shortlist"), shortlisted.get("version").asInt()), 409);
		problem(perform(post(responsePath(d, ra, "award")), buyer.token(), Map.of()), 400);

		moved(buyer, responsePath(d, ra, "award"), shortlisted.get("version").asInt());
		JsonNode declined = body(perform(get("/api/v1/deals/" + rb.get("id").asLong()), buyer.token(), null));
		assertThat(declined.get("status").asText()).isEqualTo("DECLINED");
		JsonNode second = problem(move(buyer, responsePath(d, rb, "award"), declined.get("version").asInt()), 409);
		assertThat(second.get("detail").asText()).contains("DECLINED");
		problem(move(b, responsePath(d, rb, "withdraw"), declined.get("version").asInt()), 409);
		assertThat(jdbc.queryForObject(
				"select count(*) from demand_response where demand_id = ? and status = 'AWARDED'", Long.class, d))
			.isEqualTo(1);
	}

	@Test
	void badInputNamesEveryFieldInChineseAndEnglish() throws Exception {
		String word = TestData.uniqueWord(random);
		Party buyer = party("沈阳" + word + "采购方");
		Party supplier = party("沈阳" + word + "供方");
		long d = demand(buyer, word);

		JsonNode p = problem(respond(supplier, d, -5, 0, "长".repeat(1001)), 400);
		assertThat(errorOn(p, "quoteYuan").get("message").asText()).contains("报价");
		assertThat(errorOn(p, "leadTimeDays").get("code").asText()).isEqualTo("marketplace.response.lead-time");
		assertThat(errorOn(p, "message").get("code").asText()).isEqualTo("too-long");
		MvcResult en = mvc
			.perform(post("/api/v1/demands/" + d + "/responses").header("Accept-Language", "en")
				.header("Authorization", bearer(supplier.token()))
				.contentType("application/json")
				.content("{\"leadTimeDays\": 5}"))
			.andReturn();
		assertThat(errorOn(problem(en, 400), "quoteYuan").get("message").asText()).isEqualTo("This field is required.");
		assertThat(jdbc.queryForObject("select count(*) from demand_response where demand_id = ?", Long.class, d))
			.isZero();

		JsonNode deal = completedDeal(buyer, supplier, word + "b", 1000);
		long id = deal.get("id").asLong();
		JsonNode bad = problem(rate(buyer, id, Map.of("onTime", 6, "quality", 0, "paymentOnTime", 5)), 400);
		assertThat(errorOn(bad, "onTime").get("code").asText()).isEqualTo("marketplace.rating.range");
		assertThat(errorOn(bad, "quality").get("code").asText()).isEqualTo("marketplace.rating.range");
		assertThat(errorOn(bad, "communication").get("code").asText()).isEqualTo("required");
		assertThat(errorOn(bad, "paymentOnTime").get("code").asText()).isEqualTo("marketplace.rating.other-side");
		problem(perform(get("/api/v1/deals?status=SUBMITTED"), buyer.token(), null), 400);
		problem(perform(post("/api/v1/deals/" + id + "/explode"), buyer.token(), Map.of("version", 0)), 400);
	}

	@Test
	void wellRatedSuppliersRankAboveEqualButBadlyRatedOnesOnlyFromTheMinimumCount() throws Exception {
		String word = TestData.uniqueWord(random);
		Party buyer = party("沈阳" + word + "整车厂");
		Party good = party("沈阳" + word + "好评厂");
		Party bad = party("沈阳" + word + "差评厂");
		Party fresh = party("沈阳" + word + "新厂");
		long goodOffer = offer(good, word);
		long badOffer = offer(bad, word);
		long freshOffer = offer(fresh, word);

		// two ratings each: still below the minimum, so all three are neutral and equal
		for (int i = 0; i < 2; i++) {
			rateSupplier(buyer, good, word + "g" + i, 5);
			rateSupplier(buyer, bad, word + "b" + i, 1);
		}
		Map<Long, JsonNode> before = matches(buyer, word, List.of(goodOffer, badOffer, freshOffer));
		assertThat(before.get(goodOffer).get("score").asDouble())
			.isEqualTo(before.get(badOffer).get("score").asDouble());
		assertThat(reputation(before.get(goodOffer)).get("detail").asText()).contains("不足 3 条");

		rateSupplier(buyer, good, word + "g2", 5);
		rateSupplier(buyer, bad, word + "b2", 1);
		Map<Long, JsonNode> after = matches(buyer, word, List.of(goodOffer, badOffer, freshOffer));
		double g = after.get(goodOffer).get("score").asDouble();
		double f = after.get(freshOffer).get("score").asDouble();
		double b = after.get(badOffer).get("score").asDouble();
		assertThat(g).isGreaterThan(f);
		assertThat(f).isGreaterThan(b);
		assertThat(reputation(after.get(goodOffer)).get("outcome").asText()).isEqualTo("pass");
		assertThat(reputation(after.get(goodOffer)).get("detail").asText()).contains("100 / 100");
		assertThat(reputation(after.get(badOffer)).get("outcome").asText()).isEqualTo("fail");
		assertThat(reputation(after.get(badOffer)).get("detail").asText()).contains("0 / 100");
		assertThat(reputation(after.get(freshOffer)).get("outcome").asText()).isEqualTo("near");
	}

	void rateSupplier(Party buyer, Party supplier, String word, int score) throws Exception {
		long deal = completedDeal(buyer, supplier, word, 20000).get("id").asLong();
		MvcResult r = rate(buyer, deal, Map.of("onTime", score, "quality", score, "communication", score));
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
	}

	Map<Long, JsonNode> matches(Party buyer, String word, List<Long> offers) throws Exception {
		long d = demand(buyer, word + "q");
		JsonNode all = body(perform(get("/api/v1/demands/" + d + "/matches?limit=100"), buyer.token(), null));
		Map<Long, JsonNode> mine = new LinkedHashMap<>();
		all.forEach(m -> {
			if (offers.contains(m.get("offerId").asLong())) {
				mine.put(m.get("offerId").asLong(), m);
			}
		});
		assertThat(mine).as("all three offers are candidates").hasSize(offers.size());
		return mine;
	}

	static JsonNode reputation(JsonNode match) {
		List<JsonNode> lines = new ArrayList<>();
		match.get("explanation").forEach(lines::add);
		return lines.stream().filter(e -> e.get("criterion").asText().equals("reputation")).findFirst().orElseThrow();
	}

}
