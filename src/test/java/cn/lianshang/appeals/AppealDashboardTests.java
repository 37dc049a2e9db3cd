package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.access.AccountManagement;

/**
 * The dashboard page: scoped figures, chart data as a JSON block (no inline script), the
 * ECharts WebJar, roles. The appeals of this test are moved into March 2024 in 铁岭县, a
 * period and county no other test uses.
 */
class AppealDashboardTests extends AppealsTestSupport {

	static final String COUNTY = "211221";

	static final Pattern DATA = Pattern
		.compile("<script type=\"application/json\" id=\"dashboard-data\">(.*?)</script>", Pattern.DOTALL);

	@Autowired
	AccountManagement accounts;

	UserDetails account(String role, String jurisdiction, String uscc) throws Exception {
		return accounts.loadUserByUsername(createAccount(role, jurisdiction, uscc));
	}

	String page(String url, UserDetails who) throws Exception {
		MvcResult r = mvc.perform(get(url).with(user(who))).andReturn();
		assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aHandlerSeesTheChartsAndTablesOfItsJurisdictionOnly() throws Exception {
		Filer filer = enterpriseIn(COUNTY, "3311");
		String handlerToken = tokenOf("HANDLER", COUNTY, null);
		JsonNode a = filed(filer, "OTHER", COUNTY);
		a = done(handlerToken, a, "return", with("note", "非本单位职责"));
		long returned = a.get("id").asLong();
		JsonNode b = filed(filer, "OTHER", COUNTY);
		b = done(handlerToken, b, "accept", null);
		b = done(handlerToken, b, "start", null);
		b = done(handlerToken, b, "reply", with("reply", "已办"));
		b = done(filer.token(), b, "follow-up", with("satisfaction", "SATISFIED", "resolved", true));
		long closed = done(filer.token(), b, "close", null).get("id").asLong();
		jdbc.update("update appeal set filed_at = ?, replied_at = ? where id = ?",
				OffsetDateTime.parse("2024-03-04T09:00:00+08:00"), OffsetDateTime.parse("2024-03-08T09:00:00+08:00"),
				closed);
		jdbc.update("update appeal set filed_at = ? where id = ?", OffsetDateTime.parse("2024-03-05T09:00:00+08:00"),
				returned);

		UserDetails handler = account("HANDLER", COUNTY, null);
		String html = page("/appeals/dashboard?from=2024-02-01&to=2024-03-31", handler);
		assertThat(html).contains("诉求看板", "/webjars/echarts/5.5.0/echarts.min.js", "/js/appeals-dashboard.js",
				"id=\"chart-received\"", "id=\"division-" + COUNTY + "\"", "id=\"unit-BEC-" + COUNTY + "\"",
				"id=\"unit-none\"");
		// no inline script: every script either has a src or is the JSON data block
		Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*application/json)[^>]*>").matcher(html);
		assertThat(scripts.find()).as("inline script").isFalse();
		Matcher m = DATA.matcher(html);
		assertThat(m.find()).isTrue();
		JsonNode data = json.readTree(m.group(1));
		assertThat(data.get("months").toString()).isEqualTo("[\"2024-02\",\"2024-03\"]");
		assertThat(data.get("received").toString()).isEqualTo("[0,2]");
		assertThat(data.get("closed").toString()).isEqualTo("[0,1]");
		assertThat(data.get("returned").toString()).isEqualTo("[0,1]");
		assertThat(data.get("closedOnTimeRate").get(1).asDouble()).isEqualTo(100.0);
		assertThat(data.get("unitNames").toString()).contains("铁岭县营商环境服务中心");
		// 03-04 (Mon) to 03-08 (Fri): 4 working days
		assertThat(data.get("unitP90").get(0).asInt()).isEqualTo(4);
		assertThat(data.get("labels").get("received").asText()).isEqualTo("受理");

		// English labels
		String english = page("/appeals/dashboard?from=2024-02-01&to=2024-03-31&lang=en", handler);
		assertThat(english).contains("Appeals dashboard", "By responsible unit");

		// another city's handler: its own jurisdiction, not this county
		String anshan = page("/appeals/dashboard?from=2024-02-01&to=2024-03-31", account("HANDLER", "210300", null));
		assertThat(anshan).contains("id=\"division-210300\"").doesNotContain("id=\"division-" + COUNTY + "\"");
		// an enterprise may not open it
		assertThat(mvc.perform(get("/appeals/dashboard").with(user(account("ENTERPRISE", null, filer.uscc()))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void theChartLibraryAndTheScriptAreServed() throws Exception {
		MvcResult echarts = mvc.perform(get("/webjars/echarts/5.5.0/echarts.min.js")).andReturn();
		assertThat(echarts.getResponse().getStatus()).isEqualTo(200);
		assertThat(echarts.getResponse().getContentAsString()).contains("echarts");
		MvcResult script = mvc.perform(get("/js/appeals-dashboard.js")).andReturn();
		assertThat(script.getResponse().getStatus()).isEqualTo(200);
		assertThat(script.getResponse().getContentAsString()).contains("dashboard-data");
	}

}
