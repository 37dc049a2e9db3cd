package cn.lianshang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseDraft;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.Scale;

/**
 * The enterprise's own code page: image, downloads, revocation, other roles, language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyCodePageTest {

	static final Pattern CARD_URL = Pattern.compile("id=\"card-url\"[^>]*href=\"([^\"]+)\"");

	static final Random RANDOM = new Random();

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseRegistry registry;

	@Autowired
	AccountManagement accounts;

	String uscc;

	UserDetails enterprise;

	UserDetails admin;

	@BeforeEach
	void anEnterpriseWithItsAccount() {
		admin = accounts.loadUserByUsername("admin");
		uscc = TestData.validUscc(RANDOM, "210106");
		String username = TestData.uniqueUsername(RANDOM, "code-");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			registry.register(new EnterpriseDraft(uscc, "沈阳码页测试机械有限公司" + username, "210106", "3421", null, null, null,
					Scale.ABOVE, 50, null, LocalDate.of(2010, 1, 1), EnterpriseStatus.ACTIVE, List.of()));
			accounts.create(new AccountManagement.NewAccount(username, "enterprise-password", Role.ENTERPRISE, null,
					uscc, "码页测试"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		enterprise = accounts.loadUserByUsername(username);
	}

	String cardUrl(String html) {
		Matcher m = CARD_URL.matcher(html);
		assertThat(m.find()).as(html).isTrue();
		return m.group(1);
	}

	@Test
	void anEnterpriseSeesItsCodeAndThePngEndpointServesIt() throws Exception {
		MvcResult page = mvc.perform(get("/my/code").with(user(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"zh-CN\""), containsString("企业码"),
					containsString("src=\"/my/code.png?v=1\""), containsString("/my/code.svg?v=1&amp;download=1"),
					containsString(uscc), containsString("作废并换发新码"), containsString("name=\"_csrf\""),
					containsString("无法再打开名片"))))
			.andReturn();
		assertThat(cardUrl(page.getResponse().getContentAsString())).contains("/c/");

		MvcResult png = mvc.perform(get("/my/code.png").with(user(enterprise))).andExpect(status().isOk()).andReturn();
		assertThat(png.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(ImageIO.read(new ByteArrayInputStream(png.getResponse().getContentAsByteArray())).getWidth())
			.isEqualTo(320);
		MvcResult svg = mvc.perform(get("/my/code.svg").param("download", "1").with(user(enterprise)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(svg.getResponse().getContentType()).startsWith("image/svg+xml");
		assertThat(svg.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
	}

	@Test
	void revokingThroughThePageIssuesANewToken() throws Exception {
		String before = cardUrl(
				mvc.perform(get("/my/code").with(user(enterprise))).andReturn().getResponse().getContentAsString());

		// without the confirmation nothing changes
		mvc.perform(post("/my/code/revoke").with(user(enterprise)).with(csrf())).andExpect(status().is3xxRedirection());
		String unchanged = cardUrl(
				mvc.perform(get("/my/code").with(user(enterprise))).andReturn().getResponse().getContentAsString());
		assertThat(unchanged).isEqualTo(before);

		// without CSRF it is refused
		mvc.perform(post("/my/code/revoke").param("confirm", "yes").with(user(enterprise)))
			.andExpect(status().isForbidden());

		mvc.perform(post("/my/code/revoke").param("confirm", "yes").with(user(enterprise)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String after = cardUrl(
				mvc.perform(get("/my/code").with(user(enterprise))).andReturn().getResponse().getContentAsString());
		assertThat(after).isNotEqualTo(before).contains("/c/");
		mvc.perform(get(java.net.URI.create(before).getPath())).andExpect(status().isGone());
		mvc.perform(get(java.net.URI.create(after).getPath())).andExpect(status().isOk());
	}

	@Test
	void anotherRoleIsToldTheCodeBelongsToEnterpriseAccounts() throws Exception {
		mvc.perform(get("/my/code").with(user(accounts.loadUserByUsername("admin"))).param("lang", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"admin-lookup\"")));
		UserDetails resident = resident();
		mvc.perform(get("/my/code").with(user(resident)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("企业码属于企业账号"), not(containsString("code-image")),
					not(containsString("revoke-form")))));
		mvc.perform(get("/my/code.png").with(user(resident))).andExpect(status().isNotFound());
	}

	@Test
	void anAdministratorLooksUpAnyEnterprise() throws Exception {
		mvc.perform(get("/my/code").param("uscc", uscc).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("src=\"/my/code.png?uscc=" + uscc + "&amp;v=1\""),
					containsString("name=\"uscc\" value=\"" + uscc + "\""))));
		MvcResult png = mvc.perform(get("/my/code.png").param("uscc", uscc).with(user(admin)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(png.getResponse().getContentType()).isEqualTo("image/png");
	}

	@Test
	void isInEnglishWithLangEn() throws Exception {
		mvc.perform(get("/my/code").param("lang", "en").with(user(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("Enterprise code"),
					containsString("Download PNG"), containsString("Revoke and issue a new code"),
					containsString("stop opening the card"))));
		mvc.perform(get("/my/code").param("lang", "en").with(user(resident())))
			.andExpect(content().string(containsString("The enterprise code belongs to enterprise accounts")));
	}

	UserDetails resident() {
		String username = TestData.uniqueUsername(RANDOM, "resident-code-");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			accounts.create(
					new AccountManagement.NewAccount(username, "resident-password", Role.RESIDENT, null, null, null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return accounts.loadUserByUsername(username);
	}

}
