package cn.lianshang.metro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.metro.data.RecordingValues;

/**
 * The evaluation page with the demo values (loaded here by the demo runner itself, as a
 * demo start would): charts' data block and scripts, no inline script, the demo warning,
 * the ranking and the stages, in Chinese and English; the key projects page with the
 * progress form for writers only; the ECharts WebJar is served.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetroEvaluationPagesTest extends ApiTestSupport {

	@Autowired
	AccountManagement accounts;

	@Autowired
	MetroDemo demo;

	@Autowired
	RecordingValues recording;

	@BeforeAll
	void loadDemo() {
		MetroDemoTest.loadDemoOnce(demo, recording);
	}

	@Test
	void theEvaluationPageShowsChartsRankingStagesAndTheDemoWarning() throws Exception {
		String html = mvc.perform(get("/metro/evaluation?year=2025").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"zh-CN\""), containsString("综合评价"),
					containsString("id=\"metro-evaluation-data\""), containsString("type=\"application/json\""),
					containsString("/webjars/echarts/5.5.0/echarts.min.js"), containsString("/js/metro-evaluation.js"),
					containsString("id=\"demo-warning\""), containsString("非官方统计"),
					containsString("id=\"score-210100\""), containsString("id=\"score-SFZ\""),
					containsString("id=\"stage-Imputed\""), containsString("经济质效"), containsString("区域协调"),
					containsString("TOPSIS"), containsString("2025 年综合指数"), not(containsString("2,025")),
					not(containsString("onclick")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// every script is either a file or the JSON data block: nothing for the CSP to
		// refuse
		java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("<script[^>]*>").matcher(html);
		int count = 0;
		while (scripts.find()) {
			count++;
			assertThat(scripts.group()).matches(".*(src=|type=\"application/json\").*");
		}
		assertThat(count).isGreaterThanOrEqualTo(3);
		// commute time does not apply to Shenyang: the demo leaves it out and the page
		// shows it imputed
		assertThat(html).contains("id=\"used-commute_time\"").contains("7 / 8");
		// every unit's row shows its six dimension scores (a map looked up by a variable
		// key: SpEL's map[d] would look up the key "d" and print nothing)
		assertThat(java.util.regex.Pattern.compile("data-label=\"经济质效\"\\s*>\\d+\\.\\d{2}<")
			.matcher(html)
			.results()
			.count()).isEqualTo(8);
	}

	@Test
	void theEvaluationPageIsInEnglishAndSaysWhenThereIsNoData() throws Exception {
		mvc.perform(get("/metro/evaluation?year=2025&lang=en").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("Composite index"),
					containsString("not official statistics"), containsString("Regional coordination"))));
		mvc.perform(get("/metro/evaluation?year=1999").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"evaluation-problem\""), containsString("1999"),
					not(containsString("id=\"ranking\"")))));
	}

	@Test
	void theEchartsWebJarIsServed() throws Exception {
		mvc.perform(get("/webjars/echarts/5.5.0/echarts.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("echarts")));
		mvc.perform(get("/js/metro-evaluation.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("metro-evaluation-data")));
	}

	@Test
	void theProjectsPageListsTheSeedProjectsAndOffersTheFormToWritersOnly() throws Exception {
		mvc.perform(get("/metro/projects").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"project-SHENBAI-HSR\""), containsString("沈白高铁"),
					containsString("沈白高铁施工总体进度达到78%"), containsString("001_f23afacf029143a4.txt"),
					containsString("class=\"project-report\""), containsString("【演示】"),
					containsString("badge badge-demo"))));
		String handler = createAccount("HANDLER", "210106", null);
		mvc.perform(get("/metro/projects?status=COMPLETED").with(user(accounts.loadUserByUsername(handler))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"project-SHENZHANG-LINK\""),
					not(containsString("id=\"project-SHENBAI-HSR\"")),
					not(containsString("class=\"project-report\"")))));
		mvc.perform(post("/metro/projects/LIAOHE-MAINSTREAM/progress").param("status", "UNDER_CONSTRUCTION")
			.param("progress", "80")
			.with(csrf())
			.with(user(accounts.loadUserByUsername(handler)))).andExpect(status().isForbidden());
		mvc.perform(post("/metro/projects/LIAOHE-MAINSTREAM/progress").param("status", "UNDER_CONSTRUCTION")
			.param("progress", "80")
			.with(csrf())
			.with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/metro/projects")));
		mvc.perform(get("/metro/projects?sector=ECOLOGY").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString("80 %")));
	}

	@Test
	void residentsCannotSeeTheEvaluation() throws Exception {
		String resident = createAccount("RESIDENT", null, null);
		mvc.perform(get("/metro/evaluation").with(user(accounts.loadUserByUsername(resident))))
			.andExpect(status().isForbidden());
	}

}
