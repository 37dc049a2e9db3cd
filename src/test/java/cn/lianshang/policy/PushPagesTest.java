package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;

import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;

/**
 * The pages of the push: the inbox, the enterprise's pushes with the confirm button, the
 * officer's lists (credit check, to pay) and the funnel chart (its data block and the
 * ECharts WebJar), in Chinese and English.
 */
class PushPagesTest extends PolicyTestSupport {

	/**
	 * 清河区, 铁岭市: not the county of {@link PolicyPushTests}, whose pushes count against the
	 * cap.
	 */
	static final String COUNTY = "211204";

	@Autowired
	AccountManagement accounts;

	String page(MvcResult r) throws Exception {
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
		return text(r);
	}

	@Test
	void theEnterpriseConfirmsInItsPagesAndTheOfficerChecksPaysAndSeesTheFunnel() throws Exception {
		String uscc = TestData.validUscc(random, COUNTY);
		Map<String, Object> body = enterprise(uscc, "页面测试企业" + TestData.uniqueWord(random), COUNTY, "3421");
		body.put("employees", 30);
		register(body);
		UserDetails company = accounts.loadUserByUsername(createAccount("ENTERPRISE", null, uscc));
		UserDetails officer = accounts.loadUserByUsername(createAccount("POLICY_OFFICER", "211200", null));

		long policy = publish(PolicyPushTests.draft("页面免申即享测试", 10, "AUTOMATIC", true, COUNTY));
		// push runs are serialized by a row lock; other tests' runs (the demo policies)
		// may
		// be queued before this one on a slow database
		Instant end = Instant.now().plus(Duration.ofSeconds(180));
		while (jdbc.queryForObject("select count(*) from policy_push where uscc = ? and policy_id = ?", Long.class,
				uscc, policy) == 0) {
			assertThat(Instant.now()).isBefore(end);
			Thread.sleep(100);
		}
		long push = jdbc.queryForObject("select id from policy_push where uscc = ? and policy_id = ?", Long.class, uscc,
				policy);

		// the officer's credit check list, and passing the check
		String creditPage = page(
				mvc.perform(get("/policies/pushes?list=credit-check").with(user(officer))).andReturn());
		assertThat(creditPage).contains(uscc).contains("待信用核查");
		MvcResult checked = mvc
			.perform(post("/policies/pushes/" + push + "/credit-check").param("passed", "true")
				.param("note", "人工核查通过")
				.with(user(officer))
				.with(csrf()))
			.andReturn();
		assertThat(checked.getResponse().getStatus()).isEqualTo(302);

		// the enterprise: a message in its inbox, the push with the confirm button
		String inbox = page(mvc.perform(get("/inbox").with(user(company))).andReturn());
		assertThat(inbox).contains("id=\"nav-inbox\"").contains("政策推送：页面免申即享测试");
		String mine = page(mvc.perform(get("/my/policy-pushes").with(user(company))).andReturn());
		assertThat(mine).contains("id=\"confirm-" + push + "\"");
		MvcResult confirmed = mvc
			.perform(post("/my/policy-pushes/" + push + "/confirm").with(user(company)).with(csrf()))
			.andReturn();
		assertThat(confirmed.getResponse().getRedirectedUrl()).startsWith("/my/policy-pushes?confirmed");
		assertThat(page(mvc.perform(get("/my/policy-pushes").with(user(company))).andReturn()))
			.doesNotContain("id=\"confirm-" + push + "\"");

		// the paying office
		assertThat(page(mvc.perform(get("/policies/pushes?list=to-pay").with(user(officer))).andReturn()))
			.contains(uscc);
		mvc.perform(post("/policies/pushes/" + push + "/paid").param("amount", "8000")
			.param("voucherNo", "PZ-PAGE-1")
			.with(user(officer))
			.with(csrf())).andReturn();
		assertThat(jdbc.queryForObject("select voucher_no from policy_push where id = ?", String.class, push))
			.isEqualTo("PZ-PAGE-1");

		// the policy page links the funnel for officers, not for the enterprise
		assertThat(page(mvc.perform(get("/policies/" + policy).with(user(officer))).andReturn()))
			.contains("id=\"funnel-link\"");
		assertThat(page(mvc.perform(get("/policies/" + policy).with(user(company))).andReturn()))
			.doesNotContain("id=\"funnel-link\"");

		// the funnel: a chart fed by a JSON block, no inline script; the WebJar is served
		String funnel = page(mvc.perform(get("/policies/" + policy + "/funnel").with(user(officer))).andReturn());
		assertThat(funnel).contains("id=\"funnel-data\"")
			.contains("\"name\":\"已兑现\",\"value\":1")
			.contains("/webjars/echarts/5.5.0/echarts.min.js")
			.contains("/js/policy-funnel.js")
			.contains("铁岭市清河区");
		assertThat(funnel).doesNotContainPattern("<script>\\s*\\S");
		String english = page(
				mvc.perform(get("/policies/" + policy + "/funnel?lang=en").with(user(officer))).andReturn());
		assertThat(english).contains("Push funnel").contains("\"name\":\"Paid\",\"value\":1");
		assertThat(mvc.perform(get("/webjars/echarts/5.5.0/echarts.min.js")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(get("/js/policy-funnel.js")).andReturn().getResponse().getStatus()).isEqualTo(200);

		// an enterprise cannot open the officer's pages
		assertThat(mvc.perform(get("/policies/pushes?list=to-pay").with(user(company)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

}
