package cn.lianshang.metro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.metro.data.RecordingValues;
import cn.lianshang.metro.data.ValueEntry;

/**
 * The metro demo values: deterministic, marked synthetic, the seed's own figure where one
 * exists, passing every validation rule, and quick to load.
 */
class MetroDemoTest extends ApiTestSupport {

	static final long SEED = 20261122;

	@Autowired
	MetroDemo demo;

	@Autowired
	RecordingValues recording;

	/**
	 * Loads the demo values as a demo start does (once per database); returns the
	 * milliseconds it took.
	 */
	static synchronized long loadDemoOnce(MetroDemo demo, RecordingValues recording) {
		if (recording.demoCount() > 0) {
			return -1;
		}
		MetroDemo enabled = demo.enabledCopy(SEED);
		long start = System.nanoTime();
		enabled.run(null);
		return (System.nanoTime() - start) / 1_000_000;
	}

	@Test
	void theSameSeedGivesTheSameValuesAndEveryRuleHolds() {
		MetroDemo.Generated a = demo.generate(SEED);
		MetroDemo.Generated b = demo.generate(SEED);
		assertThat(a).isEqualTo(b);
		assertThat(demo.generate(SEED + 1).synthetic()).isNotEqualTo(a.synthetic());
		assertThat(a.synthetic()).allSatisfy(v -> assertThat(v.source()).isEqualTo(MetroDemo.DEMO_SOURCE));
		assertThat(a.fromSeeds()).isNotEmpty()
			.allSatisfy(v -> assertThat(v.source()).startsWith("种子文件 ").doesNotContain("演示"));
		java.util.List<ValueEntry> all = new java.util.ArrayList<>(a.synthetic());
		all.addAll(a.fromSeeds());
		assertThat(recording.problems(all, "demo", 0)).isEmpty();
	}

	@Test
	void theDemoLoadsQuicklyAndKeepsTheSeedsFigure() throws Exception {
		long millis = loadDemoOnce(demo, recording);
		if (millis >= 0) {
			System.out.println("metro demo load: " + millis + " ms");
			assertThat(millis).isLessThan(10_000);
		}
		JsonNode air = body(perform(get("/api/v1/metro/values?indicator=good_air_days&orgUnit=METRO&period=2025"),
				adminToken(), null));
		JsonNode v = air.get("content").get(0);
		assertThat(v.get("value").decimalValue()).isEqualByComparingTo("87.5");
		assertThat(v.get("demo").asBoolean()).isFalse();
		assertThat(v.get("source").asText()).contains("001_f23afacf029143a4.txt");
		JsonNode demoValue = body(
				perform(get("/api/v1/metro/values?indicator=gdp&orgUnit=210100&period=2024"), adminToken(), null));
		assertThat(demoValue.get("content").get(0).get("demo").asBoolean()).isTrue();
		JsonNode report = body(perform(get("/api/v1/metro/validation?period=2025"), adminToken(), null));
		assertThat(report.get("violations")).isEmpty();
	}

}
