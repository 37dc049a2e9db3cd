package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class CalendarApiTests extends AppealsTestSupport {

	@Test
	void addWorkingDaysIsPublicAndSkipsNationalDay2025() throws Exception {
		assertThat(addWorkingDays(LocalDate.parse("2025-09-30"), 1)).isEqualTo("2025-10-09");
		assertThat(addWorkingDays(LocalDate.parse("2025-09-30"), 3)).isEqualTo("2025-10-11");
		assertThat(addWorkingDays(LocalDate.parse("2025-09-26"), 1)).isEqualTo("2025-09-28");
		assertThat(addWorkingDays(LocalDate.parse("2025-01-27"), 1)).as("Spring Festival 2025").isEqualTo("2025-02-05");
	}

	@Test
	void negativeOrMissingDaysAreBadInput() throws Exception {
		MvcResult negative = mvc.perform(get("/api/v1/calendar/add-working-days?from=2025-01-01&days=-1")).andReturn();
		errorOn(problem(negative, 400), "days");
		MvcResult badDate = mvc.perform(get("/api/v1/calendar/add-working-days?from=2025-13-01&days=1")).andReturn();
		assertThat(badDate.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void theHolidayTableHoldsTheShippedFile() throws Exception {
		List<String> expected = new ArrayList<>();
		try (var reader = new BufferedReader(new InputStreamReader(
				getClass().getResourceAsStream("/appeals/holidays.csv"), StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				expected.add(line);
			}
		}
		List<String> table = jdbc.queryForList(
				"select holiday_date, kind, name from holiday where holiday_date between date '2025-01-01' and date '2026-12-31' order by holiday_date")
			.stream()
			.map(r -> r.get("holiday_date") + "," + r.get("kind") + "," + r.get("name"))
			.toList();
		assertThat(table).containsExactlyElementsOf(expected);
	}

	@Test
	void anAdministratorAddsAndRemovesAnArrangementAndItCountsAtOnceAndIsAudited() throws Exception {
		// 2031-01-06 is a Monday; 2031-01-04 a Saturday. The table has nothing for 2031.
		jdbc.update("delete from holiday where holiday_date in (date '2031-01-06', date '2031-01-04')");
		assertThat(addWorkingDays(LocalDate.parse("2031-01-03"), 1)).isEqualTo("2031-01-06");
		MvcResult put = perform(post("/api/v1/calendar/holidays"), adminToken(),
				Map.of("date", "2031-01-06", "kind", "HOLIDAY", "name", "测试假日"));
		assertThat(put.getResponse().getStatus()).as(text(put)).isEqualTo(200);
		perform(post("/api/v1/calendar/holidays"), adminToken(),
				Map.of("date", "2031-01-04", "kind", "MAKEUP_WORKDAY", "name", "测试调休"));
		assertThat(addWorkingDays(LocalDate.parse("2031-01-03"), 1)).isEqualTo("2031-01-04");
		assertThat(addWorkingDays(LocalDate.parse("2031-01-03"), 2)).isEqualTo("2031-01-07");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'calendar.holiday.put' and entity_id = '2031-01-06'",
				Long.class))
			.isPositive();

		MvcResult list = perform(get("/api/v1/calendar/holidays?year=2031"), adminToken(), null);
		assertThat(body(list).findValuesAsText("date")).contains("2031-01-04", "2031-01-06");

		assertThat(
				perform(delete("/api/v1/calendar/holidays/2031-01-06"), adminToken(), null).getResponse().getStatus())
			.isEqualTo(204);
		assertThat(
				perform(delete("/api/v1/calendar/holidays/2031-01-04"), adminToken(), null).getResponse().getStatus())
			.isEqualTo(204);
		assertThat(addWorkingDays(LocalDate.parse("2031-01-03"), 1)).isEqualTo("2031-01-06");
		assertThat(
				perform(delete("/api/v1/calendar/holidays/2031-01-04"), adminToken(), null).getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void onlyAdministratorsChangeTheCalendarAndAMakeUpDayMustBeAWeekendDay() throws Exception {
		String handler = tokenOf("HANDLER", "210106", null);
		MvcResult denied = perform(post("/api/v1/calendar/holidays"), handler,
				Map.of("date", "2031-02-03", "kind", "HOLIDAY", "name", "x"));
		problem(denied, 403);
		MvcResult weekday = perform(post("/api/v1/calendar/holidays"), adminToken(),
				Map.of("date", "2031-02-03", "kind", "MAKEUP_WORKDAY", "name", "x"));
		errorOn(problem(weekday, 400), "kind");
		assertThat(mvc.perform(post("/api/v1/calendar/holidays")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

}
