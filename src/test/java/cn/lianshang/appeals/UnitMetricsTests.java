package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.StreamSupport;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Per-unit figures and handling times in working days, through the JSON report and the
 * XLSX export. The appeals of this test are moved into February 2024 (a period no other
 * test uses) in 西丰县, so the figures are exactly theirs.
 */
@Tag("database")
class UnitMetricsTests extends AppealsTestSupport {

	static final String COUNTY = "211223";

	static final String PERIOD = "division=" + COUNTY + "&from=2024-02-01&to=2024-02-29";

	@Test
	void perUnitRowsAndNearestRankHandlingTimesInJsonAndXlsx() throws Exception {
		Filer filer = enterpriseIn(COUNTY, "3311");
		String handler = tokenOf("HANDLER", COUNTY, null);
		long[] closed = new long[2];
		for (int i = 0; i < 2; i++) {
			JsonNode a = filed(filer, "OTHER", COUNTY);
			a = done(handler, a, "accept", null);
			a = done(handler, a, "start", null);
			a = done(handler, a, "reply", with("reply", "已办"));
			a = done(filer.token(), a, "follow-up", with("satisfaction", "SATISFIED", "resolved", true));
			closed[i] = done(filer.token(), a, "close", null).get("id").asLong();
		}
		long open = filed(filer, "OTHER", COUNTY).get("id").asLong();
		// received Monday 2024-02-05; answered the next day (1 working day) and on Friday
		// (4 working days)
		OffsetDateTime filed = OffsetDateTime.parse("2024-02-05T09:00:00+08:00");
		moveTo(closed[0], filed, OffsetDateTime.parse("2024-02-06T10:00:00+08:00"));
		moveTo(closed[1], filed, OffsetDateTime.parse("2024-02-09T10:00:00+08:00"));
		moveTo(open, filed, null);

		MvcResult result = perform(get("/api/v1/appeals/metrics?" + PERIOD), adminToken(), null);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		JsonNode report = body(result);
		JsonNode county = report.get("divisions").get(0);
		assertThat(county.get("division").asText()).isEqualTo(COUNTY);
		assertThat(county.get("received").asLong()).isEqualTo(3);
		assertThat(county.get("closed").asLong()).isEqualTo(2);
		assertThat(county.get("meanHandlingDays").asDouble()).isEqualTo(2.5);
		assertThat(county.get("medianHandlingDays").asInt()).isEqualTo(1);
		assertThat(county.get("p90HandlingDays").asInt()).isEqualTo(4);
		JsonNode units = report.get("units");
		assertThat(units).hasSize(1);
		assertThat(units.get(0).get("unit").asText()).isEqualTo("BEC-" + COUNTY);
		assertThat(units.get(0).get("name").asText()).contains("西丰县");
		assertThat(units.get(0).get("received").asLong()).isEqualTo(3);
		assertThat(units.get(0).get("closedRate").asDouble()).isEqualTo(2.0 / 3);
		assertThat(units.get(0).get("p90HandlingDays").asInt()).isEqualTo(4);

		MvcResult xlsx = perform(get("/api/v1/appeals/metrics.xlsx?" + PERIOD), adminToken(), null);
		assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
		assertThat(xlsx.getResponse().getContentType()).isEqualTo(MetricsApi.XLSX);
		assertThat(xlsx.getResponse().getHeader("Content-Disposition"))
			.contains("appeal-metrics-2024-02-01-2024-02-29");
		try (ReadableWorkbook wb = new ReadableWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			Sheet unitSheet = wb.findSheet("按承办单位").orElseThrow();
			List<Row> rows = unitSheet.read();
			Row bec = rows.stream().filter(r -> r.getCellText(0).equals("BEC-" + COUNTY)).findFirst().orElseThrow();
			assertThat(bec.getCellAsNumber(2).orElseThrow().intValue()).as("received").isEqualTo(3);
			assertThat(bec.getCellAsNumber(20).orElseThrow().intValue()).as("p90").isEqualTo(4);
			assertThat(wb.findSheet("口径")).isPresent();
			assertThat(StreamSupport.stream(wb.findSheet("按区域").orElseThrow().openStream().spliterator(), false)
				.anyMatch(r -> r.getCellText(0).equals(COUNTY))).isTrue();
		}

		// a handler of another city may not read this county
		problem(perform(get("/api/v1/appeals/metrics.xlsx?" + PERIOD), tokenOf("HANDLER", "210300", null), null), 404);
	}

	private void moveTo(long id, OffsetDateTime filed, OffsetDateTime replied) {
		jdbc.update("update appeal set filed_at = ?, replied_at = ? where id = ?", filed, replied, id);
	}

}
