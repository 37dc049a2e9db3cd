package cn.lianshang.metro.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;

/**
 * Import of data values from CSV and XLSX: all or nothing, every broken rule reported by
 * row and column; export and import again.
 */
class MetroImportTest extends ApiTestSupport {

	MvcResult upload(String filename, byte[] content, String token) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", filename, "application/octet-stream", content);
		return mvc
			.perform(multipart("/api/v1/metro/values/import").file(file)
				.header(HttpHeaders.AUTHORIZATION, bearer(token)))
			.andReturn();
	}

	long stored(int year) {
		return jdbc.queryForObject("select count(*) from metro_data_value where period = ?", Long.class,
				String.valueOf(year));
	}

	@Test
	void aCsvWithBadRowsIsRefusedWholeWithEveryProblemByRow() throws Exception {
		int year = MetroYears.fresh();
		String csv = "指标代码,地区代码,期间,数值,来源,备注\n" //
				+ "rd_intensity,210100," + year + ",2.9,沈阳市统计公报,\n" // row 2: sound
				+ "good_air_days,210300," + year + ",120,鞍山市公报,\n" // row 3: share above
																	// 100
				+ "pm25,210400," + year + ",三十,抚顺市公报,\n" // row 4: not a number
				+ "pm25,219999," + year + ",31,公报,\n" // row 5: unknown org unit
				+ "rd_intensity,210100," + year + ",3.0,沈阳市统计公报,\n"; // row 6: same key as
																		// row 2
		JsonNode problem = problem(upload("values.csv", csv.getBytes(StandardCharsets.UTF_8), adminToken()), 400);
		assertThat(errorOn(problem, "rows[3].value").get("code").asText()).isEqualTo("metro.value.share-range");
		assertThat(errorOn(problem, "rows[4].value").get("code").asText()).isEqualTo("import.format");
		assertThat(errorOn(problem, "rows[5].orgUnit").get("code").asText()).isEqualTo("metro.value.unknown-org-unit");
		assertThat(errorOn(problem, "rows[6].period").get("message").asText()).contains("2");
		assertThat(problem.get("errors")).hasSize(4);
		assertThat(stored(year)).isZero();

		String good = "indicator,orgUnit,period,value,source,comment\n" + "rd_intensity,210100," + year
				+ ",2.9,沈阳市统计公报,\n" + "pm25,210400," + year + ",\"31\",抚顺市生态环境公报,年均值\n";
		MvcResult ok = upload("values.csv", good.getBytes(StandardCharsets.UTF_8), tokenOf("ANALYST", null, null));
		assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(200);
		assertThat(body(ok).get("imported").asInt()).isEqualTo(2);
		assertThat(stored(year)).isEqualTo(2);
	}

	@Test
	void aMissingColumnIsReported() throws Exception {
		JsonNode problem = problem(
				upload("v.csv", "indicator,orgUnit,period,value\nx,y,2020,1\n".getBytes(), adminToken()), 400);
		assertThat(errorOn(problem, "file").get("message").asText()).contains("source");
	}

	@Test
	void anXlsxIsReadWithItsRowErrorsAndThenStored() throws Exception {
		int year = MetroYears.fresh();
		byte[] bad = xlsx(List.of(List.of("gdp_growth", "210500", String.valueOf(year), 7.5, "本溪市统计公报"),
				List.of("gdp_growth", "210500", year + "Q1", 80.0, "本溪市统计公报"),
				List.of("unemployment", "210500", String.valueOf(year), 5.1, "")));
		JsonNode problem = problem(upload("values.xlsx", bad, adminToken()), 400);
		assertThat(errorOn(problem, "rows[3].value").get("code").asText()).isEqualTo("metro.value.growth-band");
		assertThat(errorOn(problem, "rows[4].source").get("code").asText()).isEqualTo("metro.value.source-required");
		assertThat(stored(year)).isZero();

		byte[] good = xlsx(List.of(List.of("gdp_growth", "210500", String.valueOf(year), 7.5, "本溪市统计公报"),
				List.of("gdp_growth", "210500", year + "Q1", 6.25, "本溪市统计公报"),
				List.of("unemployment", "210500", String.valueOf(year), 5.1, "本溪市统计公报")));
		MvcResult ok = upload("values.xlsx", good, adminToken());
		assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(200);
		assertThat(body(ok).get("imported").asInt()).isEqualTo(3);
		JsonNode quarter = body(
				perform(get("/api/v1/metro/values?orgUnit=210500&period=" + year + "Q1"), adminToken(), null));
		assertThat(quarter.get("content").get(0).get("value").decimalValue()).isEqualByComparingTo("6.25");
		assertThat(quarter.get("content").get(0).get("periodType").asText()).isEqualTo("QUARTER");
	}

	@Test
	void anExportCanBeImportedAgain() throws Exception {
		int year = MetroYears.fresh();
		String csv = "indicator,orgUnit,period,value,source,comment\n" + "forest_cover,210100," + year
				+ ",22.5,\"沈阳市林草局, 年报\",\"含\"\"引号\"\"的备注\"\n" + "forest_cover,211200," + year + ",34,铁岭市林草局,\n";
		assertThat(upload("v.csv", csv.getBytes(StandardCharsets.UTF_8), adminToken()).getResponse().getStatus())
			.isEqualTo(200);
		for (String format : List.of("csv", "xlsx")) {
			MvcResult export = mvc
				.perform(get("/api/v1/metro/values/export?format=" + format + "&period=" + year)
					.header(HttpHeaders.AUTHORIZATION, bearer(adminToken())))
				.andReturn();
			assertThat(export.getResponse().getStatus()).isEqualTo(200);
			byte[] file = export.getResponse().getContentAsByteArray();
			if (format.equals("csv")) {
				String text = new String(file, StandardCharsets.UTF_8);
				assertThat(text).contains("指标代码").contains("森林覆盖率").contains("铁岭市").contains("22.5");
			}
			MvcResult again = upload("again." + format, file, adminToken());
			assertThat(again.getResponse().getStatus()).as(format + ": " + text(again)).isEqualTo(200);
			assertThat(body(again).get("imported").asInt()).isEqualTo(2);
		}
		JsonNode history = body(
				perform(get("/api/v1/metro/values/history?indicator=forest_cover&orgUnit=210100&period=" + year),
						adminToken(), null));
		assertThat(history).hasSize(3);
		assertThat(history.get(2).get("comment").asText()).isEqualTo("含\"引号\"的备注");
		assertThat(history.get(2).get("source").asText()).isEqualTo("沈阳市林草局, 年报");
	}

	@Test
	void residentsCannotImport() throws Exception {
		problem(upload("v.csv", "indicator,orgUnit,period,value,source\n".getBytes(), tokenOf("RESIDENT", null, null)),
				403);
	}

	static byte[] xlsx(List<List<Object>> rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("数据");
		List<String> header = List.of("指标代码", "地区代码", "期间", "数值", "来源");
		for (int i = 0; i < header.size(); i++) {
			sheet.value(0, i, header.get(i));
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				Object v = rows.get(r).get(c);
				if (v instanceof Number n) {
					sheet.value(r + 1, c, n);
				}
				else if (!"".equals(v)) {
					sheet.value(r + 1, c, (String) v);
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

}
