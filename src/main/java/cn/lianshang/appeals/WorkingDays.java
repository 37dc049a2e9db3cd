package cn.lianshang.appeals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.lianshang.appeals.model.DayKind;
import cn.lianshang.appeals.model.WorkingCalendar;

/**
 * The platform's calendar, read from the {@code holiday} table at each use (a few dozen
 * rows a year), so that an administrator's change takes effect at once on every node. The
 * rows are read with one plain query (dates and kinds, no entities), since filing an
 * appeal reads the calendar on its request path: once, for the deadline of 签收 and the
 * warning time of its timers.
 */
@Service
class WorkingDays {

	private final JdbcTemplate jdbc;

	WorkingDays(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	WorkingCalendar calendar() {
		Map<LocalDate, DayKind> days = new HashMap<>();
		jdbc.query("select holiday_date, kind from holiday", rs -> {
			days.put(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)));
		});
		return new WorkingCalendar(days);
	}

	LocalDate add(LocalDate from, int days) {
		return calendar().addWorkingDays(from, days);
	}

}
