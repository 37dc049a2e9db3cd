package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.Role;

/**
 * The policy editor's pages without a browser: the form's check names each problem at its
 * place in Chinese and English and runs the golden cases; saving and publishing need the
 * CSRF token, are audited, and a county officer lists, opens and saves only the policies
 * of its county (the list is scoped in the query), and the policy page links to the
 * editor only for those who may edit the policy. It writes policies and audit records, so
 * it runs in the shared context of {@link ApiTestSupport} with the other database tests
 * (also on PostgreSQL).
 */
@Tag("database") // also inherited from ApiTestSupport; stated here so that it shows
class PolicyEditorPagesTest extends ApiTestSupport {

	static final Random RANDOM = new Random();

	static final String TREE = """
			{"type":"all","all":[{"type":"divisionIn","codes":["%s"],"article":2},
			  {"type":"rdShare","min":3,"article":3}]}""";

	@Autowired
	AccountManagement accounts;

	UserDetails admin;

	UserDetails tiexi;

	UserDetails hunnan;

	String word;

	@BeforeEach
	void officers() {
		word = "编辑" + TestData.uniqueWord(RANDOM);
		admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			String t = TestData.uniqueUsername(RANDOM, "tiexi");
			accounts.create(new AccountManagement.NewAccount(t, "officer-password", Role.POLICY_OFFICER, "210106", null,
					"铁西区政策科"));
			String h = TestData.uniqueUsername(RANDOM, "hunnan");
			accounts.create(new AccountManagement.NewAccount(h, "officer-password", Role.POLICY_OFFICER, "210112", null,
					"浑南区政策科"));
			tiexi = accounts.loadUserByUsername(t);
			hunnan = accounts.loadUserByUsername(h);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	MockHttpServletRequestBuilder draft(String url, String title, String region, String tree, String cases) {
		return post(url).param("title", title)
			.param("issuer", "测试区工信局")
			.param("documentNumber", "测〔2026〕" + RANDOM.nextInt(1_000_000) + "号")
			.param("issueDate", "2026-01-01")
			.param("effectiveFrom", "2026-01-01")
			.param("effectiveTo", "")
			.param("regionScope", region)
			.param("howToClaim", "APPLY")
			.param("benefitKind", "SUBSIDY")
			.param("benefitAmount", "最高 10 万元")
			.param("contact", "")
			.param("articleNumber", "1", "2", "3", "4")
			.param("articleText", "总则。", "注册地在本区。", "研发投入占比不低于 3%。", "")
			.param("eligibility", tree)
			.param("goldenCases", cases);
	}

	static String cases(String division, String expectedForTwoPercent) {
		return """
				[{"name":"研发 4%%","expected":"eligible","facts":{"division":"%s","rdSharePercent":4}},
				 {"name":"研发 2%%","expected":"%s","facts":{"division":"%s","rdSharePercent":2}}]""".formatted(division,
				expectedForTwoPercent, division);
	}

	static String html(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	long created(MvcResult r) {
		String location = r.getResponse().getRedirectedUrl();
		assertThat(location).matches("/policies/\\d+/edit");
		return Long.parseLong(location.replaceAll("\\D", ""));
	}

	@Test
	void theCheckNamesEveryProblemAtItsPlaceInChineseAndEnglish() throws Exception {
		String broken = """
				{"type":"all","all":[{"type":"divisionIn","codes":["999999"],"article":2},
				  {"type":"rdShare","min":3,"article":9}]}""";
		String zh = html(mvc
			.perform(draft("/policies/new", "", "210106", broken, cases("210106", "eligible")).param("action", "save")
				.with(csrf())
				.with(user(tiexi)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(zh).contains("id=\"problems\"", "<strong>政策名称</strong>", "此项必填", "申请条件 › 第 1 项 › 代码 1", "999999",
				"申请条件 › 第 2 项 › 依据条款", "政策中没有第 9 条", "data-error-path=\"eligibility.all[1].article\"");
		assertThat(
				jdbc.queryForObject("select count(*) from policy where issuer = '测试区工信局' and title = ''", Long.class))
			.isZero();

		String en = html(mvc
			.perform(draft("/policies/new", "", "210106", broken, cases("210106", "eligible")).param("action", "check")
				.param("lang", "en")
				.with(csrf())
				.with(user(tiexi)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(en).contains("Eligibility › item 2 › Article cited", "The policy has no article 9.",
				"<strong>Title</strong>");

		String malformed = html(
				mvc.perform(draft("/policies/new", word, "210106", "{\"type\":", "[]").with(csrf()).with(user(tiexi)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(malformed).contains("JSON 格式不正确");
	}

	@Test
	void aFailingGoldenCaseIsShownFixedPublishedAndAudited() throws Exception {
		String title = word + "研发后补助";
		String failing = html(mvc
			.perform(draft("/policies/new", title, "210106", TREE.formatted("210106"), cases("210106", "eligible"))
				.with(csrf())
				.with(user(tiexi)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(failing).contains("id=\"case-results\"", "未通过：测试用例“研发 2%”预期“符合”，实际“不符合”",
				"差一项：研发投入占营业收入比例 ≥ 3%（第三条）", "通过：测试用例“研发 4%”得到预期结果（符合）");

		// without the token nothing is saved
		mvc.perform(draft("/policies/new", title, "210106", TREE.formatted("210106"), cases("210106", "ineligible"))
			.param("action", "save")
			.with(user(tiexi))).andExpect(status().isForbidden());
		MvcResult saved = mvc
			.perform(draft("/policies/new", title, "210106", TREE.formatted("210106"), cases("210106", "ineligible"))
				.param("action", "save")
				.with(csrf())
				.with(user(tiexi)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = created(saved);
		String confirm = html(mvc.perform(get("/policies/" + id + "/publish").with(user(tiexi)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(confirm).contains("id=\"confirm-submit\"", "确认发布“" + title + "”");
		mvc.perform(post("/policies/" + id + "/publish").with(csrf()).with(user(tiexi)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select status from policy where id = ?", String.class, id))
			.isEqualTo("PUBLISHED");
		List<String> actions = jdbc.queryForList(
				"select action from audit_event where entity_type = 'policy' and entity_id = ? order by id",
				String.class, String.valueOf(id));
		assertThat(actions).containsExactly("policy.create", "policy.publish");
	}

	@Test
	void aCountyOfficerListsOpensAndSavesOnlyItsCountysPolicies() throws Exception {
		long own = created(mvc.perform(
				draft("/policies/new", word + "铁西草稿", "210106", TREE.formatted("210106"), cases("210106", "ineligible"))
					.param("action", "save")
					.with(csrf())
					.with(user(tiexi)))
			.andReturn());
		long other = created(mvc.perform(
				draft("/policies/new", word + "浑南草稿", "210112", TREE.formatted("210112"), cases("210112", "ineligible"))
					.param("action", "save")
					.with(csrf())
					.with(user(hunnan)))
			.andReturn());

		String list = html(mvc.perform(get("/policies/manage").param("q", word).with(user(tiexi)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(list).contains(word + "铁西草稿", "managed-" + own).doesNotContain(word + "浑南草稿").contains("共 1 项");
		String all = html(mvc.perform(get("/policies/manage").param("q", word).with(user(admin)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(all).contains(word + "铁西草稿", word + "浑南草稿");

		mvc.perform(get("/policies/" + other + "/edit").with(user(tiexi))).andExpect(status().isNotFound());
		mvc.perform(get("/policies/" + other + "/publish").with(user(tiexi))).andExpect(status().isNotFound());
		mvc.perform(draft("/policies/" + other + "/edit", word + "改名", "210112", TREE.formatted("210112"),
				cases("210112", "ineligible"))
			.param("action", "save")
			.with(csrf())
			.with(user(tiexi))).andExpect(status().isNotFound());
		mvc.perform(post("/policies/" + other + "/publish").with(csrf()).with(user(tiexi)))
			.andExpect(status().isNotFound());
		// the region list offers its own county only, and a scope outside it is a problem
		// at the field
		String form = html(mvc.perform(get("/policies/" + own + "/edit").with(user(tiexi)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(form).contains("value=\"210106\"").doesNotContain("value=\"210112\"", "value=\"METRO\"");
		String outside = html(mvc
			.perform(draft("/policies/" + own + "/edit", word + "铁西草稿", "210112", TREE.formatted("210112"),
					cases("210112", "ineligible"))
				.param("action", "save")
				.with(csrf())
				.with(user(tiexi)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(outside).contains("适用范围 210112 不在您的管辖范围内");
		assertThat(jdbc.queryForObject("select region_scope from policy where id = ?", String.class, own))
			.isEqualTo("210106");

		// its own draft it revises, audited
		mvc.perform(draft("/policies/" + own + "/edit", word + "铁西草稿（修改）", "210106", TREE.formatted("210106"),
				cases("210106", "ineligible"))
			.param("action", "save")
			.with(csrf())
			.with(user(tiexi))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select title from policy where id = ?", String.class, own))
			.isEqualTo(word + "铁西草稿（修改）");
		assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'policy' and entity_id = ?",
				String.class, String.valueOf(own)))
			.contains("policy.revise");
		// an enterprise account has no editor
		mvc.perform(get("/policies/manage").with(user("ent").roles("ENTERPRISE"))).andExpect(status().isForbidden());
	}

	@Test
	void thePolicyPageLinksToTheEditorOnlyForThoseWhoMayEditIt() throws Exception {
		long id = created(mvc.perform(
				draft("/policies/new", word + "铁西链接", "210106", TREE.formatted("210106"), cases("210106", "ineligible"))
					.param("action", "save")
					.with(csrf())
					.with(user(tiexi)))
			.andReturn());
		mvc.perform(post("/policies/" + id + "/publish").with(csrf()).with(user(tiexi)))
			.andExpect(status().is3xxRedirection());
		UserDetails shenyang;
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			String name = TestData.uniqueUsername(RANDOM, "shenyang");
			accounts.create(new AccountManagement.NewAccount(name, "officer-password", Role.POLICY_OFFICER, "210100",
					null, "沈阳市政策科"));
			shenyang = accounts.loadUserByUsername(name);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		for (UserDetails editor : List.of(tiexi, shenyang, admin)) {
			String page = html(
					mvc.perform(get("/policies/" + id).with(user(editor))).andExpect(status().isOk()).andReturn());
			assertThat(page).as(editor.getUsername())
				.contains("id=\"edit-link\"", "/policies/" + id + "/edit", "id=\"funnel-link\"");
			mvc.perform(get("/policies/" + id + "/edit").with(user(editor))).andExpect(status().isOk());
		}
		// another county's officer reads the published policy but gets no link to an
		// editor that would answer 404
		String other = html(
				mvc.perform(get("/policies/" + id).with(user(hunnan))).andExpect(status().isOk()).andReturn());
		assertThat(other).contains(word + "铁西链接").doesNotContain("id=\"edit-link\"", "/policies/" + id + "/edit");
		mvc.perform(get("/policies/" + id + "/edit").with(user(hunnan))).andExpect(status().isNotFound());
		String uscc = register(word + "链接企业", "210106", "3421").get("uscc").asText();
		UserDetails company = accounts.loadUserByUsername(createAccount("ENTERPRISE", null, uscc));
		String page = html(
				mvc.perform(get("/policies/" + id).with(user(company))).andExpect(status().isOk()).andReturn());
		assertThat(page).contains(word + "铁西链接").doesNotContain("id=\"edit-link\"");
	}

	@Test
	void theEditorOffersDivisionAndIndustryCodesWithNamesAndTheServerChecksThem() throws Exception {
		String form = html(mvc.perform(get("/policies/new").with(user(tiexi))).andExpect(status().isOk()).andReturn());
		assertThat(form).contains("data-codes-url=\"/policies/editor/codes\"");
		MvcResult codes = mvc.perform(get("/policies/editor/codes").with(user(tiexi)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(codes.getResponse().getHeader("Cache-Control")).contains("max-age=3600", "private");
		com.fasterxml.jackson.databind.JsonNode choices = body(codes);
		java.util.Map<String, String> divisions = new java.util.HashMap<>();
		choices.get("divisions").forEach(d -> divisions.put(d.get("code").asText(), d.get("name").asText()));
		java.util.Map<String, String> industries = new java.util.HashMap<>();
		choices.get("industries").forEach(i -> industries.put(i.get("code").asText(), i.get("name").asText()));
		assertThat(divisions.get("210106")).isEqualTo("沈阳市铁西区");
		assertThat(divisions.get("210100")).isEqualTo("沈阳市");
		assertThat(industries).containsEntry("3421", "C3421 金属切削机床制造")
			.containsEntry("C", "C 制造业")
			.containsEntry("34", "C34 通用设备制造业");
		assertThat(industries.size()).isGreaterThan(1_400);
		mvc.perform(get("/policies/editor/codes").with(user("ent").roles("ENTERPRISE")))
			.andExpect(status().isForbidden());

		// what the picker cannot stop (a typed code, the JSON field) the server names, in
		// Chinese and English, at its place
		String tree = """
				{"type":"all","all":[{"type":"divisionIn","codes":["210106"],"article":2},
				  {"type":"industryUnder","codes":["C34","X99"],"article":3}]}""";
		String cases = """
				[{"name":"机床","expected":"eligible","facts":{"division":"210106","industry":"3421"}},
				 {"name":"错码","expected":"ineligible","facts":{"division":"219999","industry":"9999"}}]""";
		String zh = html(mvc
			.perform(draft("/policies/new", word + "行业", "210106", tree, cases).param("action", "check")
				.with(csrf())
				.with(user(tiexi)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(zh)
			.contains("data-error-path=\"eligibility.all[1].codes[1]\"", "行业代码 X99 不是 GB/T 4754-2017 中的代码。",
					"行政区划代码 219999 不在沈阳都市圈（七市一区）的区划表中。", "行业代码 9999 不是 GB/T 4754-2017 中的代码。")
			.doesNotContain("行业代码 C34 不是");
		String en = html(mvc
			.perform(draft("/policies/new", word + "行业", "210106", tree, cases).param("action", "check")
				.param("lang", "en")
				.with(csrf())
				.with(user(tiexi)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(en).contains("Industry code X99 is not a GB/T 4754-2017 code.",
				"Division code 219999 is not a division of the Shenyang metropolitan area.");
	}

}
