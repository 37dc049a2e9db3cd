package cn.lianshang.metro.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.access.AccountManagement;

/**
 * The data pages: an analyst enters a value (stored with its audit record), a bad one
 * comes back with its error on the field in Chinese or English and nothing stored, a file
 * import reports its rows, a total below its parts is refused, the validation report
 * lists a stored value that breaks a rule; a handler reads without forms and gets 403 on
 * a post; the trends page draws the stored values.
 */
class MetroDataPagesTest extends ApiTestSupport {

	@Autowired
	AccountManagement accounts;

	@Autowired
	RecordingValues recording;

	UserDetails as(String role) throws Exception {
		return accounts.loadUserByUsername(createAccount(role, "HANDLER".equals(role) ? "210106" : null, null));
	}

	@Test
	void anAnalystEntersAValueAndABadOneShowsItsErrorOnTheField() throws Exception {
		UserDetails analyst = as("ANALYST");
		int year = MetroYears.fresh();
		mvc.perform(post("/metro/data").with(user(analyst))
			.with(csrf())
			.param("indicator", "good_air_days")
			.param("orgUnit", "210300")
			.param("period", String.valueOf(year))
			.param("value", "120")
			.param("source", "鞍山市生态环境状况公报"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"form-errors\""),
					containsString("id=\"value-error\""), containsString("比重类指标须在 0 到 100 之间，当前为 120"),
					containsString("value=\"120\""), not(containsString("id=\"indicator-error\"")))));
		assertThat(recording.find(new ValueKey("good_air_days", "210300", String.valueOf(year)))).isEmpty();

		mvc.perform(post("/metro/data?lang=en").with(user(analyst))
			.with(csrf())
			.param("indicator", "good_air_days")
			.param("orgUnit", "210300")
			.param("period", "20x5")
			.param("value", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&quot;abc&quot; is not a number"),
					containsString("id=\"period-error\""), containsString("Invalid period"))));

		mvc.perform(post("/metro/data").with(user(analyst))
			.with(csrf())
			.param("indicator", "good_air_days")
			.param("orgUnit", "210300")
			.param("period", String.valueOf(year))
			.param("value", "86.5")
			.param("source", "鞍山市生态环境状况公报"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/metro/data?period=" + year + "#value-good_air_days-210300"));
		assertThat(recording.find(new ValueKey("good_air_days", "210300", String.valueOf(year))).orElseThrow().value())
			.isEqualByComparingTo("86.5");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'metro_data_value' and entity_id = ?", Long.class,
				"good_air_days/210300/" + year))
			.isEqualTo(1);
		mvc.perform(get("/metro/data?period=" + year).with(user(analyst)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"value-good_air_days-210300\""),
					containsString("86.5 %"), containsString("id=\"value-form\""), containsString("指标数据"))));
	}

	@Test
	void anImportReportsItsRowsAndATotalBelowItsPartsIsRefused() throws Exception {
		UserDetails analyst = as("ANALYST");
		int year = MetroYears.fresh();
		String csv = "indicator,orgUnit,period,value,source\n" + "gdp,210100," + year + ",9000,沈阳市统计公报\n"
				+ "gdp,210300," + year + ",2000,鞍山市统计公报\n";
		mvc.perform(multipart("/metro/data/import")
			.file(new MockMultipartFile("file", "values.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(analyst))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("已导入 2 个数值")));
		mvc.perform(multipart("/metro/data/import")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv",
					("indicator,orgUnit,period,value,source\ngdp,210100," + year + ",x,公报\n")
						.getBytes(StandardCharsets.UTF_8)))
			.with(user(analyst))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-problems\""), containsString("无法识别的值：x"),
					containsString("未导入任何数据"))));

		mvc.perform(get("/metro/data/validation?period=" + year).with(user(analyst)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"validation-clean\""), containsString("2 个数值均符合"))));
		// an area total below the sum of its cities is refused with the rule's message
		mvc.perform(post("/metro/data").with(user(analyst))
			.with(csrf())
			.param("indicator", "gdp")
			.param("orgUnit", "METRO")
			.param("period", String.valueOf(year))
			.param("value", "10000")
			.param("source", "都市圈统计"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("总量 10000 小于所辖 2 个地区数值之和 11000")));
		mvc.perform(post("/metro/data").with(user(analyst))
			.with(csrf())
			.param("indicator", "gdp")
			.param("orgUnit", "METRO")
			.param("period", String.valueOf(year))
			.param("value", "12000")
			.param("source", "都市圈统计")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/metro/data/validation?period=" + year + "&lang=en").with(user(analyst)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("All 3 values of " + year))));
	}

	@Test
	void theReportShowsStoredValuesThatBreakARule() throws Exception {
		UserDetails analyst = as("ANALYST");
		int year = MetroYears.fresh();
		// a value stored without a source (as one stored before the rule existed) is
		// listed by the report with its rule and message
		recording.saveAll(java.util.List.of(new ValueEntry("high_tech_firms", "210100", String.valueOf(year),
				new java.math.BigDecimal("500"), "沈阳市科技局", null)), false, "");
		jdbc.update("update metro_data_value set source = '' where indicator_code = 'high_tech_firms' and period = ?",
				String.valueOf(year));
		mvc.perform(get("/metro/data/validation?period=" + year).with(user(analyst)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"violation-high_tech_firms-210100-SOURCE_REQUIRED\""),
					containsString("请注明数据来源"), containsString("每个数值须注明来源"))));
	}

	@Test
	void aHandlerReadsWithoutFormsAndCannotPost() throws Exception {
		UserDetails handler = as("HANDLER");
		mvc.perform(get("/metro/data").with(user(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"read-only\""),
					not(containsString("id=\"value-form\"")), not(containsString("id=\"import-form\"")))));
		mvc.perform(post("/metro/data").with(user(handler))
			.with(csrf())
			.param("indicator", "gdp")
			.param("orgUnit", "210100")
			.param("period", "2025")
			.param("value", "1")
			.param("source", "x")).andExpect(status().isForbidden());
		mvc.perform(get("/metro/data").with(user(as("RESIDENT")))).andExpect(status().isForbidden());
	}

	@Test
	void theTrendsPageShowsAnIndicatorOverTheYears() throws Exception {
		UserDetails analyst = as("ANALYST");
		int first = MetroYears.fresh();
		int second = MetroYears.fresh();
		recording.saveAll(java.util.List.of(
				new ValueEntry("forest_cover", "210400", String.valueOf(first), new java.math.BigDecimal("41.5"),
						"抚顺市林草局", null),
				new ValueEntry("forest_cover", "210400", String.valueOf(second), new java.math.BigDecimal("42.25"),
						"抚顺市林草局", null)),
				false, "");
		mvc.perform(get("/metro/trends?indicator=forest_cover&from=" + first + "&to=" + second).with(user(analyst)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"metro-trends-data\""), containsString("/js/metro-trends.js"),
						containsString("id=\"trend-210400\""), containsString("41.50"), containsString("42.25"),
						containsString("\"years\":[\"" + first + "\",\"" + second + "\"]"))));
	}

}
