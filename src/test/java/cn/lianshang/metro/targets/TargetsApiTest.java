package cn.lianshang.metro.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;

class TargetsApiTest extends ApiTestSupport {

	static final List<String> FIXED = List.of("indicator", "unit", "scope", "targetYear", "targetValue", "comparison",
			"sourceFile", "quote");

	JsonNode getOk(String path, String token) throws Exception {
		MvcResult result = perform(get(path), token, null);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		return body(result);
	}

	@Test
	void targetsHaveTheFixedFieldsAndOnlyTargets() throws Exception {
		JsonNode targets = getOk("/api/v1/metro/targets", adminToken());
		long expected = PlanFigures.load(new org.springframework.core.io.ClassPathResource(PlanFigures.RESOURCE))
			.stream()
			.filter(PlanFigure::isTarget)
			.count();
		assertThat(targets.size()).isEqualTo((int) expected).isGreaterThan(50);
		for (JsonNode t : targets) {
			for (String field : FIXED) {
				assertThat(t.has(field)).as("%s in %s", field, t).isTrue();
			}
			assertThat(t.get("quote").asText()).isNotBlank();
			assertThat(t.get("targetValue").isNumber()).isTrue();
			assertThat(t.get("comparison").asText()).isIn("≥", ">", "≤", "<", "=", "≈");
			assertThat(t.get("id").asText()).contains("-T");
			assertThat(t.get("progress").get("status").asText()).isNotBlank();
		}
		JsonNode rail = find(targets, "都市圈轨道密度达到每百平方公里3.8公里");
		assertThat(rail.get("targetValue").decimalValue()).isEqualByComparingTo("3.8");
		assertThat(rail.get("targetYear").asInt()).isEqualTo(2025);
		assertThat(rail.get("scope").asText()).isEqualTo("都市圈");
		assertThat(rail.get("sourceFile").asText()).isEqualTo("001_f23afacf029143a4.txt");
		assertThat(rail.get("dimension").asText()).isEqualTo("设施联通");
	}

	@Test
	void progressStatusIsExposed() throws Exception {
		JsonNode targets = getOk("/api/v1/metro/targets", adminToken());
		JsonNode routes = find(targets, "联合策划100条都市圈精品旅游线路");
		JsonNode p = routes.get("progress");
		assertThat(p.get("status").asText()).isEqualTo("ACHIEVED");
		assertThat(p.get("openSdgStatus").asText()).isEqualTo("target_achieved");
		assertThat(p.get("base").get("value").asDouble()).isEqualTo(98);
		assertThat(p.get("current").get("value").asDouble()).isEqualTo(108);
		JsonNode gdp = find(targets, "到2025年，瀋陽市經濟總量將突破10,000億元");
		// without stored values (seed text only) the GDP target has no base year; other
		// tests of the shared context may have loaded the metro demo values, which give
		// it
		// one
		JsonNode gp = gdp.get("progress");
		if (gp.path("current").isMissingNode() || gp.path("current").isNull()) {
			assertThat(gp.get("status").asText()).isEqualTo("INSUFFICIENT_DATA");
		}
		else {
			assertThat(gp.get("status").asText()).isNotEqualTo("INSUFFICIENT_DATA");
		}
		assertThat(gdp.get("comparison").asText()).isEqualTo(">");
	}

	@Test
	void targetsAreLinkedToIndicatorsWhereTheMeaningMatches() throws Exception {
		JsonNode targets = getOk("/api/v1/metro/targets", adminToken());
		Map<String, String> linked = new java.util.TreeMap<>();
		targets.forEach(t -> {
			if (!t.get("indicatorCode").isNull()) {
				linked.put(t.get("id").asText(), t.get("indicatorCode").asText() + "@" + t.get("orgUnit").asText());
			}
		});
		assertThat(linked).containsEntry("S001-T02", "good_air_days@METRO")
			.containsEntry("S001-T08", "rail_density@METRO")
			.containsEntry("S000-T02", "gdp@210100")
			.containsEntry("S000-T03", "budget_revenue@210100")
			.hasSize(8);
	}

	/**
	 * 沈阳市 一般公共预算收入 突破1000亿元 by 2025 (S000-T03, linked to budget_revenue of 210100):
	 * values stored later decide its status. Base 2020 (the default base year): 800; the
	 * latest year is 2026 (no one else stores later years). Required (1000 − 800) / 5 =
	 * 40 a year.
	 */
	@Test
	void aStoredValueChangesTheStatusOfALinkedTarget() throws Exception {
		String token = adminToken();
		store(token, 2020, 800);
		store(token, 2026, 1040); // 1040 > 1000: achieved
		JsonNode p = getOk("/api/v1/metro/targets/S000-T03", token).get("progress");
		assertThat(p.get("status").asText()).isEqualTo("ACHIEVED");
		assertThat(p.get("current").get("origin").asText()).isEqualTo("STORED_VALUE");
		assertThat(p.get("current").get("year").asInt()).isEqualTo(2026);
		assertThat(p.get("base").get("year").asInt()).isEqualTo(2020);
		assertThat(p.get("indicatorCode").asText()).isEqualTo("budget_revenue");
		store(token, 2026, 1000); // "突破" is strict: (1000 − 800) / 6 = 33.3 a year →
									// 0.833
		p = getOk("/api/v1/metro/targets/S000-T03", token).get("progress");
		assertThat(p.get("status").asText()).isEqualTo("NEEDS_ACCELERATION");
		assertThat(p.get("ratio").asDouble()).isCloseTo(200.0 / 6 / 40, org.assertj.core.api.Assertions.within(1e-9));
		store(token, 2026, 860); // 10 a year → 0.25
		p = getOk("/api/v1/metro/targets/S000-T03", token).get("progress");
		assertThat(p.get("status").asText()).isEqualTo("LIMITED_PROGRESS");
		store(token, 2026, 700); // falling → deterioration
		assertThat(getOk("/api/v1/metro/targets", token)).anySatisfy(t -> {
			assertThat(t.get("id").asText()).isEqualTo("S000-T03");
			assertThat(t.get("progress").get("status").asText()).isEqualTo("DETERIORATION");
			assertThat(t.get("progress").get("demo").asBoolean()).isFalse();
		});
	}

	void store(String token, int year, int value) throws Exception {
		MvcResult r = perform(put("/api/v1/metro/values"), token, Map.of("indicator", "budget_revenue", "orgUnit",
				"210100", "period", String.valueOf(year), "value", value, "source", "沈阳市财政预算执行情况报告（测试）"));
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
	}

	@Test
	void filtersNarrowTheList() throws Exception {
		String token = adminToken();
		JsonNode all = getOk("/api/v1/metro/targets", token);
		JsonNode metro = getOk("/api/v1/metro/targets?scope=都市圈", token);
		assertThat(metro.size()).isPositive().isLessThan(all.size());
		metro.forEach(t -> assertThat(t.get("scope").asText()).isEqualTo("都市圈"));
		JsonNode ecology = getOk("/api/v1/metro/targets?dimension=生态共保", token);
		assertThat(ecology.size()).isPositive();
		ecology.forEach(t -> assertThat(t.get("dimension").asText()).isEqualTo("生态共保"));
		JsonNode y2035 = getOk("/api/v1/metro/targets?year=2035", token);
		assertThat(y2035.size()).isEqualTo(10);
		y2035.forEach(t -> assertThat(t.get("targetYear").asInt()).isEqualTo(2035));
	}

	@Test
	void unknownFilterValuesAreRefused() throws Exception {
		MvcResult result = perform(get("/api/v1/metro/targets?scope=火星&dimension=x"), adminToken(), null);
		JsonNode problem = problem(result, 400);
		assertThat(errorOn(problem, "scope").get("code").asText()).isEqualTo("metro.targets.scope");
		assertThat(errorOn(problem, "dimension").get("code").asText()).isEqualTo("metro.targets.dimension");
	}

	@Test
	void progressFiguresAreListedApartAndLinked() throws Exception {
		JsonNode figures = getOk("/api/v1/metro/progress-figures", adminToken());
		JsonNode rail = find(figures, "沈白高铁施工总体进度达到78%");
		assertThat(rail.get("value").asInt()).isEqualTo(78);
		assertThat(rail.get("unit").asText()).isEqualTo("%");
		JsonNode air = find(figures, "都市圈平均优良天数比例达到87.5%");
		assertThat(air.get("measures").asText()).isEqualTo("S001-T02");
		JsonNode y2024 = getOk("/api/v1/metro/progress-figures?year=2024&scope=沈阳市", adminToken());
		assertThat(y2024.size()).isGreaterThan(30);
		y2024.forEach(f -> assertThat(f.get("year").asInt()).isEqualTo(2024));
	}

	@Test
	void oneTargetByIdAnd404() throws Exception {
		JsonNode t = getOk("/api/v1/metro/targets/S001-T02", adminToken());
		assertThat(t.get("progress").get("status").asText()).isEqualTo("ACHIEVED");
		problem(perform(get("/api/v1/metro/targets/S001-P01"), adminToken(), null), 404);
		problem(perform(get("/api/v1/metro/targets/nope"), adminToken(), null), 404);
	}

	@Test
	void anySignedInRoleMayReadButNotAnonymous() throws Exception {
		String resident = tokenOf("RESIDENT", null, null);
		assertThat(getOk("/api/v1/metro/targets", resident).size()).isPositive();
		problem(perform(get("/api/v1/metro/targets"), null, null), 401);
	}

	static JsonNode find(JsonNode list, String quote) {
		for (JsonNode n : list) {
			if (n.get("quote").asText().equals(quote)) {
				return n;
			}
		}
		throw new AssertionError("no entry quoting " + quote);
	}

}
