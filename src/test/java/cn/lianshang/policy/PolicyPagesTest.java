package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseDraft;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.Scale;

/**
 * The policy pages: the list, a policy's conditions in plain Chinese, and the 政策计算器 with
 * its scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyPagesTest {

	static final Random RANDOM = new Random();

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseRegistry registry;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PublishingPolicy publishing;

	String word;

	String ownUscc;

	String otherUscc;

	long eligibleId;

	UserDetails admin;

	UserDetails enterprise;

	/**
	 * Three policies (one the enterprise meets, one it misses by one condition, one that
	 * needs its credit).
	 */
	@BeforeEach
	void publishPoliciesAndRegisterAnEnterprise() throws Exception {
		word = "测试" + TestData.uniqueWord(RANDOM);
		admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			eligibleId = publish(word + "规上高企奖励", """
					{"type":"all","all":[
					  {"type":"divisionIn","codes":["210100"],"article":2},
					  {"type":"any","any":[{"type":"qualification","anyOf":["HNTE"],"article":3},
					                       {"type":"employees","min":1000,"article":3}]},
					  {"type":"not","not":{"type":"scale","scale":"BELOW","article":4}}]}""",
					"""
							[{"name":"符合","expected":"eligible","facts":{"division":"210106","scale":"ABOVE","qualifications":["HNTE"]}},
							 {"name":"规下","expected":"ineligible","facts":{"division":"210106","scale":"BELOW","qualifications":["HNTE"]}}]""");
			publish(word + "小巨人奖励", """
					{"type":"all","all":[
					  {"type":"divisionIn","codes":["210100"],"article":2},
					  {"type":"qualification","anyOf":["LITTLE_GIANT"],"article":3}]}""",
					"""
							[{"name":"符合","expected":"eligible","facts":{"division":"210106","qualifications":["LITTLE_GIANT"]}},
							 {"name":"无资质","expected":"ineligible","facts":{"division":"210106","qualifications":[]}}]""");
			publish(word + "诚信企业奖励", """
					{"type":"all","all":[
					  {"type":"divisionIn","codes":["210100"],"article":2},
					  {"type":"credit","article":4}]}""", """
					[{"name":"符合","expected":"eligible","facts":{"division":"210106","credit":"GOOD"}},
					 {"name":"失信","expected":"ineligible","facts":{"division":"210106","credit":"DISHONEST"}}]""");
			ownUscc = TestData.validUscc(RANDOM, "210106");
			otherUscc = TestData.validUscc(RANDOM, "210106");
			registry.register(new EnterpriseDraft(ownUscc, word + "数控有限公司", "210106", "3421", null, null, null,
					Scale.ABOVE, 320, null, LocalDate.of(2003, 5, 18), EnterpriseStatus.ACTIVE, List.of("HNTE")));
			registry.register(new EnterpriseDraft(otherUscc, word + "邻家有限公司", "210106", "3421", null, null, null,
					Scale.BELOW, 20, null, LocalDate.of(2010, 1, 1), EnterpriseStatus.ACTIVE, List.of()));
			String username = TestData.uniqueUsername(RANDOM, "ent");
			accounts.create(new AccountManagement.NewAccount(username, "enterprise-password", Role.ENTERPRISE, null,
					ownUscc, word + "数控"));
			enterprise = accounts.loadUserByUsername(username);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	long publish(String title, String eligibility, String cases) throws Exception {
		var mapper = ClauseJson.strictMapper();
		String draft = """
				{"title":"%s","issuer":"沈阳市测试局","documentNumber":"沈测〔2026〕%d号","issueDate":"2026-01-01",
				 "effectiveFrom":"2026-01-01","regionScope":"210100","howToClaim":"AUTOMATIC","benefitKind":"SUBSIDY",
				 "benefitAmount":"一次性奖励 10 万元","contact":"024-00000000",
				 "articles":[{"number":1,"text":"总则。"},{"number":2,"text":"适用范围。"},{"number":3,"text":"资质。"},
				             {"number":4,"text":"排除情形。"}],
				 "eligibility":%s,"goldenCases":%s}""".formatted(title, RANDOM.nextInt(1_000_000), eligibility, cases);
		PolicyViews.Detail created = publishing.create(mapper.readValue(draft, PolicyDraft.class));
		return publishing.publish(created.id()).id();
	}

	@Test
	void theListShowsPoliciesInForceAndFindsThemByTitleWords() throws Exception {
		mvc.perform(get("/policies").param("q", word).param("how", "AUTOMATIC").with(user(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(word + "规上高企奖励"), containsString(word + "小巨人奖励"),
					containsString("沈阳市测试局"), containsString("免申即享"), containsString("一次性奖励 10 万元"))));
		mvc.perform(get("/policies").param("q", word).param("how", "APPLY").with(user(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"policy-empty\""), not(containsString(word + "规上高企奖励")))));
	}

	@Test
	void theDetailShowsTheConditionsInPlainChineseAndNoJson() throws Exception {
		mvc.perform(get("/policies/" + eligibleId).with(user(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("同时满足以下全部条件"), containsString("满足以下任一条件"), containsString("不属于以下情形"),
						containsString("参保职工人数 ≥ 1000人"), containsString("第三条"), containsString("企业规模为规下企业"),
						containsString("适用范围。"), not(containsString("\"type\"")), not(containsString("divisionIn")))));
		mvc.perform(get("/policies/" + eligibleId).param("lang", "en").with(user(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""),
					containsString("All of the following"), containsString("None of the following"))));
		mvc.perform(get("/policies/987654321").with(user(enterprise))).andExpect(status().isNotFound());
	}

	@Test
	void anEnterpriseSeesItsOwnCalculatorInThreeGroups() throws Exception {
		String page = mvc.perform(get("/policies/calculator").with(user(enterprise)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(word + "数控有限公司", ownUscc).doesNotContain("id=\"calculator-form\"");
		String eligible = between(page, "id=\"group-eligible\"", "id=\"group-near\"");
		String near = between(page, "id=\"group-near\"", "id=\"group-unknown\"");
		String unknown = between(page, "id=\"group-unknown\"", "</main>");
		assertThat(eligible).contains(word + "规上高企奖励", "/policies/" + eligibleId, "<details");
		assertThat(near).contains(word + "小巨人奖励", "差一项", "第三条").doesNotContain(word + "规上高企奖励");
		assertThat(unknown).contains(word + "诚信企业奖励", "信用状况", "市发展改革委");
		mvc.perform(get("/policies/calculator").param("lang", "en").with(user(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Policy calculator"), containsString("One condition short"))));
	}

	@Test
	void anEnterpriseCannotSeeAnothersCalculator() throws Exception {
		mvc.perform(get("/policies/calculator").param("uscc", otherUscc).with(user(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(ownUscc), not(containsString(otherUscc)),
					not(containsString(word + "邻家有限公司")))));
	}

	@Test
	void anOfficialNamesTheEnterpriseWithinTheirJurisdiction() throws Exception {
		mvc.perform(get("/policies/calculator").param("uscc", otherUscc).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString(word + "邻家有限公司"), containsString("id=\"calculator-form\""))));
		String username = TestData.uniqueUsername(RANDOM, "handler");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			accounts.create(new AccountManagement.NewAccount(username, "handler-password", Role.HANDLER, "210300", null,
					"鞍山承办"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		mvc.perform(
				get("/policies/calculator").param("uscc", ownUscc).with(user(accounts.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"calculator-message\""), containsString("不在您的管辖范围内"),
					not(containsString(word + "数控有限公司")))));
		mvc.perform(get("/policies/calculator").param("uscc", "bad").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"uscc-error\"")));
	}

	private static String between(String s, String from, String to) {
		int i = s.indexOf(from);
		int j = s.indexOf(to, i);
		assertThat(i).as(from).isNotNegative();
		assertThat(j).as(to).isGreaterThan(i);
		return s.substring(i, j);
	}

}
