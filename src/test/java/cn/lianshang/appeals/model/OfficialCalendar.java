package cn.lianshang.appeals.model;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The shipped holidays.csv as a calendar, for unit tests. */
final class OfficialCalendar {

	private OfficialCalendar() {
	}

	static Map<LocalDate, DayKind> rows() {
		Map<LocalDate, DayKind> rows = new LinkedHashMap<>();
		try (var in = OfficialCalendar.class.getResourceAsStream("/appeals/holidays.csv");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					String[] f = line.split(",");
					rows.put(LocalDate.parse(f[0]), DayKind.valueOf(f[1]));
				}
			}
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		return rows;
	}

	static WorkingCalendar calendar() {
		return new WorkingCalendar(rows());
	}

}
