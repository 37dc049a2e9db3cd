package cn.lianshang.appeals;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.appeals.model.WorkingCalendar;

/**
 * The platform's calendar, read from the {@code holiday} table at each use (a few dozen
 * rows a year), so that an administrator's change takes effect at once on every node.
 */
@Service
class WorkingDays {

	private final Holidays holidays;

	WorkingDays(Holidays holidays) {
		this.holidays = holidays;
	}

	@Transactional(readOnly = true)
	WorkingCalendar calendar() {
		Map<LocalDate, cn.lianshang.appeals.model.DayKind> days = holidays.findAll()
			.stream()
			.collect(Collectors.toMap(Holiday::day, Holiday::kind));
		return new WorkingCalendar(days);
	}

	LocalDate add(LocalDate from, int days) {
		return calendar().addWorkingDays(from, days);
	}

}
