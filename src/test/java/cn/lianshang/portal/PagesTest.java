package cn.lianshang.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseDraft;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.Scale;

/**
 * The server-rendered pages: language, scoping, the htmx partial, import report, account
 * form, export.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PagesTest {

	static final String SHENYANG_USCC = "914403001922038216";

	static final String ANSHAN_USCC = "91110108551385082Q";

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseRegistry registry;

	@Autowired
	AccountManagement accounts;

	UserDetails admin;

	@BeforeEach
	void registerEnterprisesAndAHandler() {
		admin = accounts.loadUserByUsername("admin");
		if (registry.isRegistered(SHENYANG_USCC)) {
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			registry.register(new EnterpriseDraft(SHENYANG_USCC, "沈阳精工数控机床有限公司", "210106", "3421", null, null, null,
					Scale.ABOVE, 320, null, LocalDate.of(2003, 5, 18), EnterpriseStatus.ACTIVE, List.of("HNTE")));
			registry.register(new EnterpriseDraft(ANSHAN_USCC, "鞍山华达机床物流有限公司", "210300", "5431", null, null, null,
					Scale.BELOW, 40, null, null, EnterpriseStatus.ACTIVE, List.of()));
			accounts.create(new AccountManagement.NewAccount("handler-sy", "handler-password", Role.HANDLER, "210100",
					null, "沈阳承办"));
			accounts.create(new AccountManagement.NewAccount("resident-1", "resident-password", Role.RESIDENT, null,
					null, null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	UserDetails handler() {
		return accounts.loadUserByUsername("handler-sy");
	}

	@Test
	void theHomePageIsChineseFirstAndSwitchesToEnglish() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"zh-CN\""), containsString("链上沈阳"),
					containsString("沈抚改革创新示范区"), containsString("产业链图谱"))));
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("Industrial chains"),
					containsString("Lianshang"))));
	}

	@Test
	void everyModuleIsALinkInTheNavigation() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("href=\"/marketplace\""),
					containsString("href=\"/policies\""), containsString("href=\"/appeals\""),
					containsString("href=\"/metro\""), containsString("href=\"/my\""), containsString("href=\"/jobs\""),
					containsString("id=\"nav-jobs\""), containsString("href=\"/chains\""),
					containsString("id=\"nav-chain\""), not(containsString("建设中")))));
	}

	@Test
	void aHandlerFindsOnlyEnterprisesOfTheirJurisdiction() throws Exception {
		mvc.perform(get("/enterprises").param("q", "机床").with(user(handler())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(SHENYANG_USCC), not(containsString(ANSHAN_USCC)))));
		mvc.perform(get("/enterprises/" + ANSHAN_USCC).with(user(handler())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString(ANSHAN_USCC)));
	}

	@Test
	void aResidentIsToldTheRegistryIsNotTheirs() throws Exception {
		mvc.perform(get("/enterprises").with(user(accounts.loadUserByUsername("resident-1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("您的账号不能查看企业库中的企业"), not(containsString(SHENYANG_USCC)))));
	}

	@Test
	void htmxGetsOnlyTheResults() throws Exception {
		mvc.perform(get("/enterprises").param("q", "机床").header("HX-Request", "true").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(allOf(containsString("result-table"), containsString(ANSHAN_USCC),
					not(containsString("<html")), not(containsString("search-form")))));
	}

	@Test
	void anUnknownEnterpriseIsA404PageInTheUsersLanguage() throws Exception {
		mvc.perform(get("/enterprises/91210100MA0000000X").param("lang", "en").with(user(admin)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("Not found"))));
	}

	@Test
	void theDetailShowsIndustryLineageAndQualificationNames() throws Exception {
		mvc.perform(get("/enterprises/" + SHENYANG_USCC).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("C3421"), containsString("金属切削机床制造"),
					containsString("通用设备制造业"), containsString("高新技术企业"), containsString("沈阳市铁西区"))));
	}

	@Test
	void administrationIsForAdministratorsOnly() throws Exception {
		mvc.perform(get("/admin/accounts").with(user(handler()))).andExpect(status().isForbidden());
		mvc.perform(get("/enterprises/import").with(user(handler()))).andExpect(status().isForbidden());
		// other test classes share this context and its data: narrow the lists to what
		// this test created
		mvc.perform(get("/admin/accounts").param("q", "handler-sy").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("handler-sy")));
		mvc.perform(get("/admin/audit").param("action", "enterprise.register")
			.param("entityId", SHENYANG_USCC)
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(SHENYANG_USCC), not(containsString("account.create")))));
	}

	@Test
	void aRefusedAccountFormShowsEveryFieldErrorInTheUsersLanguage() throws Exception {
		mvc.perform(post("/admin/accounts").param("lang", "en")
			.param("username", "x")
			.param("password", "short")
			.param("role", "HANDLER")
			.with(user(admin))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"username-error\""),
					containsString("id=\"password-error\""), containsString("id=\"jurisdiction-error\""),
					containsString("A handler account needs a jurisdiction"))));
	}

	@Test
	void anImportWithBrokenRowsListsThemByRowAndColumnAndStoresNothing() throws Exception {
		String csv = "uscc,name,divisionCode,industryCode\n" + "91210100MA0000000X,坏代码企业,210106,3421\n"
				+ "911101026662879416,好企业,999999,3421\n";
		mvc.perform(multipart("/enterprises/import")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(admin))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-problems\""), containsString(">2<"),
					containsString(">3<"), containsString("999999"), not(containsString("id=\"import-ok\"")))));
		mvc.perform(get("/enterprises/911101026662879416").with(user(admin))).andExpect(status().isNotFound());
	}

	@Test
	void theExportIsTheSearchResultAsCsv() throws Exception {
		mvc.perform(get("/enterprises/export").param("format", "csv").param("division", "210100").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(allOf(containsString("统一社会信用代码"), containsString(SHENYANG_USCC),
					not(containsString(ANSHAN_USCC)))));
	}

	@Test
	void theRegionBrowserIsPublicAndCountsEnterprises() throws Exception {
		// other test classes share this context and register enterprises in 铁西区 too
		long count = registry.countsByDivision().getOrDefault("210106", 0L);
		org.assertj.core.api.Assertions.assertThat(count).isPositive();
		mvc.perform(get("/regions/210106"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("沈阳市铁西区"), containsString("id=\"region-count\">" + count + "<"))));
		mvc.perform(get("/regions/SFZ").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("townships it administers are not known")));
		mvc.perform(get("/regions/000000")).andExpect(status().isNotFound());
	}

}
