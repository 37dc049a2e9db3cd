package cn.lianshang.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;

/**
 * The deal flow through the pages: a supplier responds from the demand page (with field
 * errors for bad input), the owner awards with a POST form, confirms receipt on "my
 * deals" and rates; English labels.
 */
class DealPagesTest extends ApiTestSupport {

	@Autowired
	AccountManagement accounts;

	record Party(String uscc, UserDetails user) {
	}

	Party party(String name) throws Exception {
		String uscc = TestData.validUscc(random, "210106");
		register(enterprise(uscc, name, "210106", "3484"));
		return new Party(uscc, accounts.loadUserByUsername(createAccount("ENTERPRISE", null, uscc)));
	}

	String page(Party who, String path) throws Exception {
		MvcResult r = mvc.perform(get(path).with(user(who.user()))).andReturn();
		assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
		return text(r);
	}

	MvcResult form(Party who, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(who.user())).with(csrf())).andReturn();
	}

	@Test
	void aSupplierRespondsTheOwnerAwardsConfirmsAndBothRate() throws Exception {
		String word = TestData.uniqueWord(random);
		Party buyer = party("沈阳" + word + "整车厂");
		Party supplier = party("沈阳" + word + "精密机械厂");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		body.put("title", "数控车削 轴 " + word);
		body.put("processes", List.of("TURNING"));
		body.put("quantity", 100);
		body.put("dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString());
		MvcResult posted = perform(post("/api/v1/demands"), adminToken(), withOwner(body, buyer.uscc()));
		assertThat(posted.getResponse().getStatus()).as(text(posted)).isEqualTo(201);
		long d = body(posted).get("id").asLong();
		String demandPath = "/marketplace/demands/" + d;

		assertThat(page(supplier, demandPath)).contains("id=\"send-response\"");
		assertThat(page(buyer, demandPath)).doesNotContain("id=\"send-response\"").contains("id=\"responses\"");

		MvcResult bad = form(supplier,
				post(demandPath + "/responses").param("quoteYuan", "-1").param("leadTimeDays", "0"));
		assertThat(bad.getResponse().getRedirectedUrl()).startsWith(demandPath);
		String shown = text(
				mvc.perform(get(demandPath).with(user(supplier.user())).flashAttrs(bad.getFlashMap())).andReturn());
		assertThat(shown).contains("id=\"quoteYuan-error\"").contains("id=\"leadTimeDays-error\"").contains("报价须为");
		assertThat(jdbc.queryForObject("select count(*) from demand_response where demand_id = ?", Long.class, d))
			.isZero();

		MvcResult sent = form(supplier,
				post(demandPath + "/responses").param("quoteYuan", "120000")
					.param("leadTimeDays", "12")
					.param("message", "可按期交货 " + word));
		assertThat(sent.getResponse().getStatus()).isEqualTo(302);
		long response = jdbc.queryForObject("select id from demand_response where demand_id = ?", Long.class, d);

		String ownerView = page(buyer, demandPath);
		assertThat(ownerView).contains("可按期交货 " + word)
			.contains("/responses/" + response + "/award")
			.contains("name=\"_csrf\"");
		MvcResult awarded = form(buyer, post(demandPath + "/responses/" + response + "/award").param("version", "0"));
		assertThat(awarded.getResponse().getRedirectedUrl()).startsWith(demandPath);
		assertThat(awarded.getFlashMap().get("notice")).asString().contains("中标");
		MvcResult stale = form(buyer, post(demandPath + "/responses/" + response + "/award").param("version", "0"));
		assertThat(stale.getFlashMap().get("problem")).asString().contains("刷新");

		String buyerDeals = page(buyer, "/marketplace/deals");
		assertThat(buyerDeals).contains("数控车削 轴 " + word).contains("/marketplace/deals/" + response + "/confirm");
		assertThat(page(supplier, "/marketplace/deals")).contains("/marketplace/deals/" + response + "/deliver")
			.doesNotContain("/marketplace/deals/" + response + "/confirm");
		int version = jdbc.queryForObject("select version from demand_response where id = ?", Integer.class, response);
		MvcResult confirmed = form(buyer,
				post("/marketplace/deals/" + response + "/confirm").param("version", String.valueOf(version)));
		assertThat(confirmed.getFlashMap().get("notice")).asString().contains("成交完成");

		assertThat(page(buyer, "/marketplace/deals")).contains("/marketplace/deals/" + response + "/ratings")
			.contains("name=\"quality\"");
		MvcResult rated = form(buyer,
				post("/marketplace/deals/" + response + "/ratings").param("onTime", "5")
					.param("quality", "4")
					.param("communication", "5"));
		assertThat(rated.getFlashMap().get("notice")).asString().contains("评价");
		assertThat(page(buyer, "/marketplace/deals")).doesNotContain("/marketplace/deals/" + response + "/ratings")
			.contains("质量 4");
		MvcResult wrongSide = form(supplier,
				post("/marketplace/deals/" + response + "/ratings").param("onTime", "5").param("paymentOnTime", "4"));
		assertThat(wrongSide.getFlashMap().get("problem")).asString().contains("另一方");

		assertThat(page(supplier, "/marketplace/deals?lang=en")).contains("My deals").contains("Payment on time");
		assertThat(mvc.perform(get("/marketplace/deals").with(user("someone").roles("RESIDENT")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void theOfferPageShowsTheLeasingCalendarAndBooks() throws Exception {
		String word = TestData.uniqueWord(random);
		Party owner = party("沈阳" + word + "重工");
		Party lessee = party("沈阳" + word + "新能源");
		LocalDate today = cn.lianshang.matching.Matching.today();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "EQUIPMENT");
		body.put("enterpriseUscc", owner.uscc());
		body.put("title", "闲置叉车出租 " + word);
		body.put("lease", Map.of("equipmentType", "叉车", "units", 1, "withOperator", true, "price", 300, "from",
				today.toString(), "to", today.plusDays(60).toString()));
		MvcResult posted = perform(post("/api/v1/offers"), adminToken(), body);
		assertThat(posted.getResponse().getStatus()).as(text(posted)).isEqualTo(201);
		long offer = body(posted).get("id").asLong();
		String path = "/marketplace/offers/" + offer;

		assertThat(page(owner, path)).contains("id=\"calendar\"").contains("叉车").doesNotContain("id=\"book-submit\"");
		assertThat(page(lessee, path)).contains("id=\"book-submit\"").contains("name=\"_csrf\"");
		MvcResult booked = form(lessee, post(path + "/bookings").param("from", today.plusDays(3).toString())
			.param("to", today.plusDays(4).toString()));
		assertThat(booked.getFlashMap().get("notice")).asString().contains("已预订");
		String calendar = page(lessee, path + "?from=" + today.plusDays(2));
		assertThat(calendar).contains("data-date=\"" + today.plusDays(3) + "\" data-free=\"0\"")
			.contains("data-date=\"" + today.plusDays(2) + "\" data-free=\"1\"");
		MvcResult again = form(lessee, post(path + "/bookings").param("from", today.plusDays(4).toString())
			.param("to", today.plusDays(5).toString()));
		assertThat(again.getFlashMap().get("problem")).asString().contains("已被预订");
		assertThat(page(lessee, path + "?lang=en")).contains("Calendar").contains("with operator");
		assertThat(page(lessee, "/marketplace?scenario=EQUIPMENT&q=" + word)).contains(path);
	}

	static Map<String, Object> withOwner(Map<String, Object> body, String uscc) {
		body.put("enterpriseUscc", uscc);
		return body;
	}

}
