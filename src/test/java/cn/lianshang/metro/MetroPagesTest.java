package cn.lianshang.metro;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import cn.lianshang.access.AccountManagement;

/**
 * The metro page: targets by dimension with status badges and quotes, the status bar, the
 * scope filter.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MetroPagesTest {

	static final String AIR_QUOTE = "都市圈城市平均空气质量优良天数比例达到82%以上";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Test
	void listsTargetsWithTheirQuoteSourceAndStatusBadge() throws Exception {
		mvc.perform(get("/metro").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"zh-CN\""), containsString("都市圈监测"),
					containsString("id=\"dimension-ecology\""), containsString("生态共保"),
					containsString("id=\"target-S001-T02\""), containsString(AIR_QUOTE),
					containsString("001_f23afacf029143a4.txt"), containsString("<details"),
					containsString("class=\"badge status-badge"), containsString("数据不足"),
					containsString("id=\"status-summary\""), containsString("id=\"progress-figures\""),
					containsString("≥ 82 %"), containsString("2025年目标"), not(containsString("2,025")))));
	}

	@Test
	void filtersByScope() throws Exception {
		mvc.perform(get("/metro").param("scope", "沈阳市").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("selected=\"selected\">沈阳市</option>"), not(containsString(AIR_QUOTE)))));
	}

	@Test
	void isInEnglishWithLangEn() throws Exception {
		mvc.perform(get("/metro").param("lang", "en").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("Metro monitoring"),
					containsString("Shared ecological protection"),
					containsString("Share of days with good air quality (city average)"),
					containsString("Original text"), not(containsString("规划目标")))));
	}

	@Test
	void needsSignIn() throws Exception {
		mvc.perform(get("/metro")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
	}

}
