package cn.lianshang.metro.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;

/**
 * Entering values through the API: the rules (share range, growth band, source, a city
 * not above the area total and a total not below its parts, key checks), one value per
 * key with history and audit, messages in Chinese and English, and who may read and
 * write.
 */
class MetroValuesApiTest extends ApiTestSupport {

	static Map<String, Object> value(String indicator, String orgUnit, Object period, Object value, String source) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("indicator", indicator);
		body.put("orgUnit", orgUnit);
		body.put("period", String.valueOf(period));
		body.put("value", value);
		body.put("source", source);
		return body;
	}

	MvcResult putValue(String token, Map<String, Object> body) throws Exception {
		return perform(put("/api/v1/metro/values"), token, body);
	}

	String analyst() throws Exception {
		return tokenOf("ANALYST", null, null);
	}

	@Test
	void aValueIsStoredOncePerKeyWithItsHistoryAndAudit() throws Exception {
		String token = analyst();
		int year = MetroYears.fresh();
		MvcResult first = putValue(token, value("rd_intensity", "210100", year, 2.9, "沈阳市统计公报"));
		assertThat(first.getResponse().getStatus()).as(text(first)).isEqualTo(200);
		assertThat(body(first).get("value").decimalValue()).isEqualByComparingTo("2.9");
		MvcResult second = putValue(token, value("rd_intensity", "210100", year, 3.1, "沈阳市统计年鉴"));
		assertThat(second.getResponse().getStatus()).as(text(second)).isEqualTo(200);

		JsonNode page = body(perform(get("/api/v1/metro/values?indicator=rd_intensity&period=" + year), token, null));
		assertThat(page.get("totalElements").asLong()).isEqualTo(1);
		assertThat(page.get("content").get(0).get("source").asText()).isEqualTo("沈阳市统计年鉴");

		JsonNode history = body(perform(
				get("/api/v1/metro/values/history?indicator=rd_intensity&orgUnit=210100&period=" + year), token, null));
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("action").asText()).isEqualTo("CREATE");
		assertThat(history.get(1).get("action").asText()).isEqualTo("UPDATE");
		assertThat(history.get(1).get("oldValue").decimalValue()).isEqualByComparingTo("2.9");
		assertThat(history.get(1).get("newValue").decimalValue()).isEqualByComparingTo("3.1");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'metro_data_value' and entity_id = ?", Long.class,
				"rd_intensity/210100/" + year))
			.isEqualTo(2);
	}

	@Test
	void aShareAbove100IsRefusedInChineseAndEnglish() throws Exception {
		String token = analyst();
		int year = MetroYears.fresh();
		JsonNode zh = problem(putValue(token, value("good_air_days", "210300", year, 120, "鞍山市生态环境状况公报")), 400);
		JsonNode error = errorOn(zh, "value");
		assertThat(error.get("code").asText()).isEqualTo("metro.value.share-range");
		assertThat(error.get("message").asText()).contains("0 到 100").contains("120");
		JsonNode en = problem(perform(put("/api/v1/metro/values?lang=en"), token,
				value("good_air_days", "210300", year, 120, "bulletin")), 400);
		assertThat(errorOn(en, "value").get("message").asText()).contains("between 0 and 100");
		assertThat(status(token, "good_air_days", "210300", year)).isEqualTo(404);
	}

	@Test
	void aGrowthRateOutsideThePlausibleBandIsRefused() throws Exception {
		String token = analyst();
		int year = MetroYears.fresh();
		JsonNode p = problem(putValue(token, value("gdp_growth", "210400", year, 55, "抚顺市统计公报")), 400);
		assertThat(errorOn(p, "value").get("code").asText()).isEqualTo("metro.value.growth-band");
		assertThat(putValue(token, value("gdp_growth", "210400", year, -3.5, "抚顺市统计公报")).getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void theSourceIsRequiredAndTheKeyIsChecked() throws Exception {
		String token = analyst();
		int year = MetroYears.fresh();
		JsonNode p = problem(putValue(token, value("pm25", "210500", year, 31, " ")), 400);
		assertThat(errorOn(p, "source").get("code").asText()).isEqualTo("metro.value.source-required");
		JsonNode keys = problem(putValue(token, value("no_such", "999999", "2025Q5", null, "x")), 400);
		assertThat(errorOn(keys, "indicator").get("code").asText()).isEqualTo("metro.value.unknown-indicator");
		assertThat(errorOn(keys, "orgUnit").get("code").asText()).isEqualTo("metro.value.unknown-org-unit");
		assertThat(errorOn(keys, "period").get("code").asText()).isEqualTo("metro.value.bad-period");
		assertThat(errorOn(keys, "value").get("code").asText()).isEqualTo("metro.value.value-required");
		JsonNode areaOnly = problem(putValue(token, value("cross_city_services", "210100", year, 10, "x")), 400);
		assertThat(errorOn(areaOnly, "orgUnit").get("code").asText()).isEqualTo("metro.value.area-only");
	}

	@Test
	void aCityIsNotAboveTheAreaTotalNorTheTotalBelowItsCities() throws Exception {
		String token = analyst();
		int year = MetroYears.fresh();
		assertThat(putValue(token, value("high_tech_firms", "210100", year, 6000, "沈阳市科技局")).getResponse().getStatus())
			.isEqualTo(200);
		assertThat(putValue(token, value("high_tech_firms", "210300", year, 900, "鞍山市科技局")).getResponse().getStatus())
			.isEqualTo(200);
		JsonNode below = problem(putValue(token, value("high_tech_firms", "METRO", year, 6500, "汇总")), 400);
		assertThat(errorOn(below, "value").get("code").asText()).isEqualTo("metro.value.below-parts");
		assertThat(errorOn(below, "value").get("message").asText()).contains("6900");
		assertThat(putValue(token, value("high_tech_firms", "METRO", year, 8000, "汇总")).getResponse().getStatus())
			.isEqualTo(200);
		JsonNode above = problem(putValue(token, value("high_tech_firms", "210400", year, 8001, "抚顺市科技局")), 400);
		assertThat(errorOn(above, "value").get("code").asText()).isEqualTo("metro.value.above-total");
		assertThat(errorOn(above, "value").get("message").asText()).contains("沈阳都市圈").contains("8000");
		// a county is checked against its city
		JsonNode county = problem(putValue(token, value("high_tech_firms", "210106", year, 6001, "铁西区")), 400);
		assertThat(errorOn(county, "value").get("code").asText()).isEqualTo("metro.value.above-total");
	}

	@Test
	void theValidationReportFindsRulesBrokenByLaterValues() throws Exception {
		String token = analyst();
		int year = MetroYears.fresh();
		assertThat(putValue(token, value("base_stations_5g", "210100", year, 100, "a")).getResponse().getStatus())
			.isEqualTo(200);
		assertThat(putValue(token, value("base_stations_5g", "METRO", year, 150, "b")).getResponse().getStatus())
			.isEqualTo(200);
		JsonNode clean = body(perform(get("/api/v1/metro/validation?period=" + year), token, null));
		assertThat(clean.get("violations")).isEmpty();
		// entered one by one, each city stays below the total, but together they exceed
		// it
		assertThat(putValue(token, value("base_stations_5g", "210300", year, 100, "c")).getResponse().getStatus())
			.isEqualTo(200);
		JsonNode report = body(perform(get("/api/v1/metro/validation?period=" + year + "&lang=en"), token, null));
		assertThat(report.get("violations")).hasSize(1);
		JsonNode v = report.get("violations").get(0);
		assertThat(v.get("orgUnit").asText()).isEqualTo("METRO");
		assertThat(v.get("rule").asText()).isEqualTo("NOT_BELOW_PARTS");
		assertThat(v.get("message").asText()).contains("below the sum").contains("200");
	}

	@Test
	void staffReadAndOnlyAdminsAndAnalystsWrite() throws Exception {
		int year = MetroYears.fresh();
		String handler = tokenOf("HANDLER", "210106", null);
		String resident = tokenOf("RESIDENT", null, null);
		assertThat(perform(get("/api/v1/metro/indicators"), handler, null).getResponse().getStatus()).isEqualTo(200);
		problem(perform(get("/api/v1/metro/indicators"), resident, null), 403);
		problem(perform(get("/api/v1/metro/values"), resident, null), 403);
		problem(putValue(handler, value("pm25", "210100", year, 30, "x")), 403);
		problem(putValue(tokenOf("POLICY_OFFICER", null, null), value("pm25", "210100", year, 30, "x")), 403);
		assertThat(putValue(adminToken(), value("pm25", "210100", year, 30, "x")).getResponse().getStatus())
			.isEqualTo(200);
		problem(perform(get("/api/v1/metro/values"), null, null), 401);
	}

	@Test
	void theCatalogueCoversTheSixDimensionsAndLinksPlanTargets() throws Exception {
		JsonNode catalogue = body(perform(get("/api/v1/metro/indicators"), analyst(), null));
		assertThat(catalogue.size()).isBetween(24, 36);
		java.util.Set<String> dimensions = new java.util.HashSet<>();
		catalogue.forEach(i -> dimensions.add(i.get("dimension").asText()));
		assertThat(dimensions).containsExactlyInAnyOrder("经济质效", "产业发展", "设施联通", "生态共保", "民生服务", "区域协调");
		JsonNode targets = body(perform(get("/api/v1/metro/targets"), adminToken(), null));
		java.util.Set<String> ids = new java.util.HashSet<>();
		targets.forEach(t -> ids.add(t.has("id") ? t.get("id").asText() : ""));
		for (JsonNode i : catalogue) {
			if (!i.get("target").isNull()) {
				assertThat(i.get("target").asText()).startsWith("S00");
			}
		}
		JsonNode units = body(perform(get("/api/v1/metro/org-units"), analyst(), null));
		assertThat(units.get(0).get("code").asText()).isEqualTo("METRO");
		assertThat(units.findValuesAsText("code")).contains("210100", "SFZ", "210106");
	}

	int status(String token, String indicator, String orgUnit, int year) throws Exception {
		return perform(
				get("/api/v1/metro/values/history?indicator=" + indicator + "&orgUnit=" + orgUnit + "&period=" + year),
				token, null)
			.getResponse()
			.getStatus();
	}

}
