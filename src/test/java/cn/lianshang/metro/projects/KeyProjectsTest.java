package cn.lianshang.metro.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;

/**
 * The key projects: every project of {@code metro/projects.csv} is registered on start
 * with its quote found verbatim in its seed; progress reports are checked, kept in the
 * history and audited; roles.
 */
class KeyProjectsTest extends ApiTestSupport {

	static Map<String, Object> report(String status, Integer progress, String note) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status);
		body.put("progress", progress);
		body.put("note", note);
		return body;
	}

	@Test
	void theSeedProjectsAreRegisteredWithTheirQuoteVerbatim() throws Exception {
		JsonNode list = body(perform(get("/api/v1/metro/projects?size=200"), tokenOf("ANALYST", null, null), null));
		List<String> codes = list.get("content").findValuesAsText("code");
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		int rows = 0;
		try (InputStreamReader in = new InputStreamReader(new ClassPathResource("metro/projects.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord r : format.parse(in)) {
				rows++;
				assertThat(codes).contains(r.get("code"));
				try (InputStream seed = new ClassPathResource("seeds/" + r.get("sourceFile")).getInputStream()) {
					assertThat(new String(seed.readAllBytes(), StandardCharsets.UTF_8)).as(r.get("code"))
						.contains(r.get("quote"));
				}
			}
		}
		assertThat(rows).isGreaterThanOrEqualTo(12);
		JsonNode shenbai = body(perform(get("/api/v1/metro/projects/SHENBAI-HSR"), adminToken(), null));
		assertThat(shenbai.get("project").get("progress").asInt()).isEqualTo(78);
		assertThat(shenbai.get("project").get("quote").asText()).isEqualTo("沈白高铁施工总体进度达到78%");
	}

	@Test
	void progressReportsAreCheckedKeptAndAudited() throws Exception {
		String analyst = tokenOf("ANALYST", null, null);
		String code = "ANTAI-EXPRESSWAY";
		JsonNode bad = problem(
				perform(post("/api/v1/metro/projects/" + code + "/progress"), analyst, report(null, 140, null)), 400);
		assertThat(bad.get("errors").findValuesAsText("field")).contains("status", "progress");

		MvcResult ok = perform(post("/api/v1/metro/projects/" + code + "/progress"), analyst,
				report("UNDER_CONSTRUCTION", 35, "路基工程完成"));
		assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(200);
		assertThat(body(ok).get("progress").asInt()).isEqualTo(35);

		JsonNode backwards = problem(perform(post("/api/v1/metro/projects/" + code + "/progress?lang=en"), analyst,
				report("UNDER_CONSTRUCTION", 30, null)), 400);
		assertThat(errorOn(backwards, "progress").get("message").asText()).contains("35%").contains("30%");
		MvcResult corrected = perform(post("/api/v1/metro/projects/" + code + "/progress"), analyst,
				report("UNDER_CONSTRUCTION", 30, "更正：上次多报了桥梁工程"));
		assertThat(corrected.getResponse().getStatus()).isEqualTo(200);

		JsonNode detail = body(perform(get("/api/v1/metro/projects/" + code), analyst, null));
		JsonNode updates = detail.get("updates");
		assertThat(updates.size()).isGreaterThanOrEqualTo(2);
		assertThat(updates.get(updates.size() - 1).get("note").asText()).startsWith("更正");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'metro.project.progress' and entity_id = ?",
				Long.class, code))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void completingAProjectSetsItTo100AndOnlyWritersReport() throws Exception {
		String code = "SHENDAN-RELOCATION";
		problem(perform(post("/api/v1/metro/projects/" + code + "/progress"), tokenOf("HANDLER", "210106", null),
				report("COMPLETED", null, null)), 403);
		problem(perform(get("/api/v1/metro/projects"), tokenOf("RESIDENT", null, null), null), 403);
		problem(perform(post("/api/v1/metro/projects/NO-SUCH/progress"), adminToken(), report("COMPLETED", 100, null)),
				404);
		MvcResult done = perform(post("/api/v1/metro/projects/" + code + "/progress"), adminToken(),
				report("COMPLETED", null, "建成通车"));
		assertThat(done.getResponse().getStatus()).as(text(done)).isEqualTo(200);
		assertThat(body(done).get("progress").asInt()).isEqualTo(100);
		assertThat(body(done).get("status").asText()).isEqualTo("COMPLETED");
	}

}
