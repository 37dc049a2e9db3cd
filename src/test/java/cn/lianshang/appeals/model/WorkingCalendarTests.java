package cn.lianshang.appeals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

	final WorkingCalendar calendar = OfficialCalendar.calendar();

	static LocalDate d(String s) {
		return LocalDate.parse(s);
	}

	@Test
	void nationalDay2025IsOffAndItsMakeUpDaysAreWorkingDays() {
		for (LocalDate day = d("2025-10-01"); !day.isAfter(d("2025-10-08")); day = day.plusDays(1)) {
			assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
		}
		assertThat(d("2025-09-28").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(d("2025-10-11").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(calendar.isWorkingDay(d("2025-09-28"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2025-10-11"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2025-10-12"))).as("an ordinary Sunday").isFalse();
	}

	@Test
	void addingWorkingDaysAcrossNationalDay2025() {
		// Fri 09-26 +1 → Sun 09-28 (make-up day); +2 → Mon 09-29; +3 → Tue 09-30; +4 →
		// Thu 10-09 (after the holiday)
		assertThat(calendar.addWorkingDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28"));
		assertThat(calendar.addWorkingDays(d("2025-09-26"), 2)).isEqualTo(d("2025-09-29"));
		assertThat(calendar.addWorkingDays(d("2025-09-26"), 4)).isEqualTo(d("2025-10-09"));
		// Tue 09-30 +1 → Thu 10-09, +2 → Fri 10-10, +3 → Sat 10-11 (make-up), +4 → Mon
		// 10-13
		assertThat(calendar.addWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
		assertThat(calendar.addWorkingDays(d("2025-09-30"), 3)).isEqualTo(d("2025-10-11"));
		assertThat(calendar.addWorkingDays(d("2025-09-30"), 4)).isEqualTo(d("2025-10-13"));
		// filed on a holiday: counting starts on the next working day
		assertThat(calendar.addWorkingDays(d("2025-10-03"), 1)).isEqualTo(d("2025-10-09"));
		// a plain weekend calendar would answer 10-07 for +5 from 09-30
		assertThat(calendar.addWorkingDays(d("2025-09-30"), 5)).isEqualTo(d("2025-10-14"));
	}

	@Test
	void addingWorkingDaysAcrossSpringFestival2025() {
		// Sun 01-26 is a make-up working day; 01-28..02-04 off; Sat 02-08 working
		assertThat(calendar.isWorkingDay(d("2025-01-26"))).isTrue();
		assertThat(calendar.addWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-01-26"));
		assertThat(calendar.addWorkingDays(d("2025-01-24"), 2)).isEqualTo(d("2025-01-27"));
		assertThat(calendar.addWorkingDays(d("2025-01-24"), 3)).isEqualTo(d("2025-02-05"));
		assertThat(calendar.addWorkingDays(d("2025-02-05"), 3)).isEqualTo(d("2025-02-08"));
		assertThat(calendar.addWorkingDays(d("2025-02-05"), 4)).isEqualTo(d("2025-02-10"));
	}

	@Test
	void springFestival2026HasNineDaysOffAndTwoMakeUpSaturdays() {
		long off = d("2026-02-15").datesUntil(d("2026-02-24")).filter(day -> !calendar.isWorkingDay(day)).count();
		assertThat(off).isEqualTo(9);
		assertThat(calendar.isWorkingDay(d("2026-02-14"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2026-02-28"))).isTrue();
		assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
		assertThat(calendar.addWorkingDays(d("2026-02-14"), 1)).isEqualTo(d("2026-02-24"));
	}

	@Test
	void withoutArrangementsOnlyWeekendsAreOff() {
		WorkingCalendar plain = new WorkingCalendar(Map.of());
		assertThat(plain.addWorkingDays(d("2031-01-03"), 1)).as("Fri + 1").isEqualTo(d("2031-01-06"));
		assertThat(plain.addWorkingDays(d("2031-01-04"), 0)).isEqualTo(d("2031-01-04"));
		assertThat(plain.workingDaysBetween(d("2031-01-03"), d("2031-01-10"))).isEqualTo(5);
	}

	@Test
	void negativeDaysAreRejected() {
		assertThatThrownBy(() -> calendar.addWorkingDays(d("2025-01-01"), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theShippedFileHasBothYearsAndMarksOnlyWeekendsAsMakeUpDays() {
		Map<LocalDate, DayKind> rows = OfficialCalendar.rows();
		assertThat(rows.keySet().stream().map(LocalDate::getYear).distinct()).containsExactlyInAnyOrder(2025, 2026);
		rows.forEach((day, kind) -> {
			if (kind == DayKind.MAKEUP_WORKDAY) {
				assertThat(day.getDayOfWeek().getValue()).as(day.toString()).isGreaterThanOrEqualTo(6);
			}
		});
		// 2025: 元旦 1 + 春节 8 + 清明 3 + 劳动 5 + 端午 3 + 国庆中秋 8 = 28 days off; 5 make-up days
		assertThat(
				rows.entrySet().stream().filter(e -> e.getKey().getYear() == 2025 && e.getValue() == DayKind.HOLIDAY))
			.hasSize(28);
		assertThat(rows.entrySet()
			.stream()
			.filter(e -> e.getKey().getYear() == 2025 && e.getValue() == DayKind.MAKEUP_WORKDAY)).hasSize(5);
		// 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 = 33; make-up: 01-04, 02-14, 02-28, 05-09,
		// 09-20, 10-10
		assertThat(
				rows.entrySet().stream().filter(e -> e.getKey().getYear() == 2026 && e.getValue() == DayKind.HOLIDAY))
			.hasSize(33);
		assertThat(rows.entrySet()
			.stream()
			.filter(e -> e.getKey().getYear() == 2026 && e.getValue() == DayKind.MAKEUP_WORKDAY)).hasSize(6);
	}

}
