package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.AuditEntry;
import cn.lianshang.access.AuditLog;

/**
 * {@code /admin/dispatch-rules}: administrators only; refused forms say why in Chinese
 * and English; an added rule takes effect in dispatch, is listed under its filter, can be
 * removed after a confirmation; both changes are audited; the last catch-all rule of a
 * city cannot be removed.
 */
@Tag("database")
class DispatchRulePagesTest extends AppealsTestSupport {

	@Autowired
	AccountManagement accounts;

	@Autowired
	DispatchRules rules;

	@Autowired
	DispatchingAppeal dispatching;

	@Autowired
	AuditLog audit;

	MvcResult page(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
		return mvc.perform(request.with(user(who)).with(csrf())).andReturn();
	}

	static String html(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	UserDetails admin() {
		return accounts.loadUserByUsername("admin");
	}

	@Test
	void onlyAdministratorsSeeTheRules() throws Exception {
		UserDetails handler = accounts.loadUserByUsername(createAccount("HANDLER", "210106", null));
		assertThat(page(get("/admin/dispatch-rules"), handler).getResponse().getStatus()).isEqualTo(403);
		assertThat(
				page(post("/admin/dispatch-rules").param("divisionCode", "210106").param("unitCode", "SY-IP"), handler)
					.getResponse()
					.getStatus())
			.isEqualTo(403);

		MvcResult list = page(get("/admin/dispatch-rules"), admin());
		assertThat(list.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(list)).contains("id=\"tab-dispatch-rules\"", "派单规则", "rules-table", "name=\"unitCode\"");
		// the other admin pages link to it
		assertThat(html(page(get("/admin/audit"), admin()))).contains("href=\"/admin/dispatch-rules\"");
	}

	@Test
	void refusedFormsSayWhyInChineseAndEnglish() throws Exception {
		MvcResult refused = page(post("/admin/dispatch-rules").param("divisionCode", "999999")
			.param("categoryCode", "NOPE")
			.param("industryPrefix", "C3")
			.param("unitCode", "NO-SUCH-UNIT"), admin());
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(refused)).contains("divisionCode-error", "不在沈阳都市圈", "categoryCode-error", "未知的诉求类别",
				"industryPrefix-error", "1–4 位数字", "unitCode-error", "未知的承办单位");

		MvcResult english = page(post("/admin/dispatch-rules").param("lang", "en").param("categoryCode", "NOPE"),
				admin());
		assertThat(english.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(english)).contains("divisionCode-error", "This field is required", "unitCode-error");
	}

	@Test
	void anAddedRuleDispatchesIsListedAndCanBeRemovedAndBothAreAudited() throws Exception {
		String prefix = "9" + (100 + random.nextInt(900));
		String industry = prefix + "1";
		assertThat(dispatching.route("210106", "IP", industry).code()).isEqualTo("SY-IP");

		MvcResult added = page(post("/admin/dispatch-rules").param("divisionCode", "210106")
			.param("categoryCode", "IP")
			.param("industryPrefix", prefix)
			.param("unitCode", "TX-PERMIT"), admin());
		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/admin/dispatch-rules?division=210106");
		DispatchRule rule = rules.findByDivisionCode("210106")
			.stream()
			.filter(r -> prefix.equals(r.industryPrefix()))
			.findFirst()
			.orElseThrow();
		assertThat(rule.categoryCode()).isEqualTo("IP");
		assertThat(rule.unitCode()).isEqualTo("TX-PERMIT");
		// it takes effect: the most specific rule wins
		assertThat(dispatching.route("210106", "IP", industry).code()).isEqualTo("TX-PERMIT");
		assertThat(dispatching.route("210106", "IP", "1111").code()).isEqualTo("SY-IP");
		assertThat(audited("appeals.dispatch-rule.add", rule.id())).isTrue();

		// listed under its filter, not under another category's
		String listed = html(
				page(get("/admin/dispatch-rules").param("division", "210106").param("category", "IP"), admin()));
		assertThat(listed).contains("id=\"rule-" + rule.id() + "\"", prefix, "沈阳市铁西区行政审批局");
		assertThat(html(
				page(get("/admin/dispatch-rules").param("division", "210106").param("category", "PERMIT"), admin())))
			.doesNotContain("id=\"rule-" + rule.id() + "\"");

		// the same division, category and prefix again is a duplicate
		MvcResult duplicate = page(post("/admin/dispatch-rules").param("divisionCode", "210106")
			.param("categoryCode", "IP")
			.param("industryPrefix", prefix)
			.param("unitCode", "SY-IP"), admin());
		assertThat(duplicate.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(duplicate)).contains("divisionCode-error", "编号 " + rule.id());

		// removal: a confirmation page, then the POST
		MvcResult confirm = page(get("/admin/dispatch-rules/" + rule.id() + "/remove"), admin());
		assertThat(confirm.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(confirm)).contains("确定删除规则 " + rule.id(), "method=\"post\"");
		MvcResult removed = page(post("/admin/dispatch-rules/" + rule.id() + "/remove"), admin());
		assertThat(removed.getResponse().getStatus()).isEqualTo(302);
		assertThat(rules.findById(rule.id())).isEmpty();
		assertThat(dispatching.route("210106", "IP", industry).code()).isEqualTo("SY-IP");
		assertThat(audited("appeals.dispatch-rule.remove", rule.id())).isTrue();
		assertThat(page(get("/admin/dispatch-rules/" + rule.id() + "/remove"), admin()).getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theLastCatchAllRuleOfACityStays() throws Exception {
		DispatchRule zoneDefault = rules.findByDivisionCode("SFZ")
			.stream()
			.filter(r -> r.categoryCode() == null && r.industryPrefix() == null)
			.findFirst()
			.orElseThrow();
		MvcResult refused = page(post("/admin/dispatch-rules/" + zoneDefault.id() + "/remove"), admin());
		assertThat(refused.getResponse().getStatus()).isEqualTo(302);
		assertThat(refused.getFlashMap().get("alert")).asString().contains("最后一条通用规则");
		assertThat(rules.findById(zoneDefault.id())).isPresent();
	}

	boolean audited(String action, long id) {
		return audit.search("admin", "dispatch_rule", Long.toString(id), action, null, null, PageRequest.of(0, 5))
			.getContent()
			.stream()
			.map(AuditEntry::action)
			.anyMatch(action::equals);
	}

}
