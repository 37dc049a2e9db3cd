package cn.lianshang.metro.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.metro.evaluation.Evaluation;
import cn.lianshang.metro.evaluation.EvaluationPipeline;
import cn.lianshang.metro.evaluation.Framework;
import cn.lianshang.metro.evaluation.Indicator;
import cn.lianshang.metro.evaluation.Matrix;
import cn.lianshang.metro.evaluation.Normalisation;
import cn.lianshang.metro.evaluation.Topsis;
import cn.lianshang.metro.evaluation.UnitData;

/**
 * The evaluation of stored values equals the engine run by hand on the same matrix: the
 * values go in through the import, the test builds the matrix and the framework itself
 * and compares every city's six dimension scores, its index and its TOPSIS closeness.
 */
class MetroEvaluationTest extends ApiTestSupport {

	static final List<String> CITIES = List.of("210100", "210300", "210400", "210500", "210900", "211000", "211200",
			"SFZ");

	/** One indicator per dimension, in dimension order; direction; a plausible range. */
	static final Map<String, double[]> INDICATORS = new LinkedHashMap<>();
	static {
		INDICATORS.put("gdp_growth", new double[] { 1, 2, 8 });
		INDICATORS.put("rd_intensity", new double[] { 1, 0.8, 3.5 });
		INDICATORS.put("base_stations_5g", new double[] { 1, 2000, 40000 });
		INDICATORS.put("pm25", new double[] { -1, 25, 45 });
		INDICATORS.put("unemployment", new double[] { -1, 3.8, 6 });
		INDICATORS.put("urbanisation", new double[] { 1, 50, 85 });
	}

	static final List<String> DIMENSIONS = List.of("economy", "industry", "infrastructure", "ecology", "livelihood",
			"coordination");

	@Test
	void storedValuesGiveTheEnginesResultOnTheSameMatrix() throws Exception {
		int year = MetroYears.fresh();
		Random random = new Random(year);
		double[][] x = new double[CITIES.size()][INDICATORS.size()];
		StringBuilder csv = new StringBuilder("indicator,orgUnit,period,value,source\n");
		List<String> codes = new ArrayList<>(INDICATORS.keySet());
		for (int r = 0; r < CITIES.size(); r++) {
			for (int c = 0; c < codes.size(); c++) {
				double[] spec = INDICATORS.get(codes.get(c));
				double v = Math.round((spec[1] + random.nextDouble() * (spec[2] - spec[1])) * 100) / 100.0;
				if (r == 3 && codes.get(c).equals("pm25")) {
					x[r][c] = Double.NaN; // missing: the pipeline imputes it
					continue;
				}
				x[r][c] = v;
				csv.append(codes.get(c))
					.append(',')
					.append(CITIES.get(r))
					.append(',')
					.append(year)
					.append(',')
					.append(v)
					.append(",test\n");
			}
		}
		MockMultipartFile file = new MockMultipartFile("file", "v.csv", "text/csv",
				csv.toString().getBytes(StandardCharsets.UTF_8));
		MvcResult imported = mvc
			.perform(multipart("/api/v1/metro/values/import").file(file)
				.header(HttpHeaders.AUTHORIZATION, bearer(adminToken())))
			.andReturn();
		assertThat(imported.getResponse().getStatus()).as(text(imported)).isEqualTo(200);

		String analyst = tokenOf("ANALYST", null, null);
		JsonNode result = body(perform(get("/api/v1/metro/evaluation?year=" + year), analyst, null));

		List<Indicator> nodes = new ArrayList<>();
		for (int c = 0; c < codes.size(); c++) {
			nodes
				.add(new Indicator(codes.get(c), 1, DIMENSIONS.get(c), (int) INDICATORS.get(codes.get(c))[0], 1, null));
		}
		DIMENSIONS.forEach(d -> nodes.add(new Indicator(d, 2, "index", 1, 1, null)));
		nodes.add(new Indicator("index", 3, null, 1, 1, null));
		Framework framework = new Framework(nodes);
		Matrix matrix = Matrix.of(CITIES, codes, x);
		Evaluation expected = EvaluationPipeline.run(new UnitData(matrix, null, Map.of()), framework,
				CityEvaluation.plan(Normalisation.MinMax.percent()));
		double[] weights = new double[codes.size()];
		java.util.Arrays.fill(weights, 1.0 / codes.size());
		int[] types = codes.stream().mapToInt(c -> (int) INDICATORS.get(c)[0]).toArray();
		double[] closeness = Topsis.closeness(expected.stage("Imputed").toArray(), weights, types,
				Topsis.Normalization.VECTOR);

		assertThat(result.get("dimensions").size()).isEqualTo(6);
		assertThat(result.get("values").asInt()).isEqualTo(CITIES.size() * codes.size() - 1);
		assertThat(result.get("excluded").findValuesAsText("code")).doesNotContainAnyElementsOf(codes);
		JsonNode scores = result.get("scores");
		assertThat(scores).hasSize(CITIES.size());
		int[] ranks = expected.ranks("index");
		for (int r = 0; r < CITIES.size(); r++) {
			JsonNode s = scores.get(r);
			assertThat(s.get("unit").asText()).isEqualTo(CITIES.get(r));
			assertThat(s.get("index").asDouble()).isCloseTo(expected.aggregated().get(CITIES.get(r), "index"),
					within(1e-9));
			for (String d : DIMENSIONS) {
				assertThat(s.get("dimensions").get(d).asDouble()).isCloseTo(expected.aggregated().get(CITIES.get(r), d),
						within(1e-9));
			}
			assertThat(s.get("rank").asInt()).isEqualTo(ranks[r]);
			assertThat(s.get("topsis").asDouble()).isCloseTo(closeness[r], within(1e-9));
		}
		// every stage is there, the imputed cell filled with the column mean
		JsonNode imputed = result.get("stages").get("Imputed");
		List<String> columns = new ArrayList<>();
		imputed.get("columns").forEach(c -> columns.add(c.asText()));
		assertThat(result.get("stages").fieldNames()).toIterable().containsAll(Evaluation.STAGES);
		double mean = 0;
		int n = 0;
		for (int r = 0; r < CITIES.size(); r++) {
			if (!Double.isNaN(x[r][3])) {
				mean += x[r][3];
				n++;
			}
		}
		assertThat(imputed.get("rows").get(3).get(columns.indexOf("pm25")).asDouble()).isCloseTo(mean / n,
				within(1e-9));
		assertThat(result.get("stages").get("Raw").get("rows").get(3).get(columns.indexOf("pm25")).isNull()).isTrue();
	}

	@Test
	void aYearWithoutDataIsABadRequest() throws Exception {
		JsonNode p = problem(perform(get("/api/v1/metro/evaluation?year=" + MetroYears.fresh()), adminToken(), null),
				400);
		assertThat(errorOn(p, "year").get("code").asText()).isEqualTo("metro.evaluation.no-data");
		JsonNode n = problem(perform(get("/api/v1/metro/evaluation?year=2024&normalisation=magic"), adminToken(), null),
				400);
		assertThat(errorOn(n, "normalisation").get("code").asText()).isEqualTo("metro.evaluation.normalisation");
	}

}
