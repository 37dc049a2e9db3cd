package cn.lianshang.appeals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class RunningClockTests {

	static final WorkingCalendar CALENDAR = OfficialCalendar.calendar();

	@Test
	void eachStateHasItsClock() {
		LocalDate a = LocalDate.of(2026, 11, 23), b = LocalDate.of(2026, 11, 30), c = LocalDate.of(2026, 12, 3);
		OffsetDateTime t = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");
		assertThat(RunningClock.of(AppealState.DISPATCHED, a, b, c, t).kind()).isEqualTo(RunningClock.Kind.ACCEPT);
		assertThat(RunningClock.of(AppealState.DISPATCHED, a, b, c, t).due()).isEqualTo(a);
		assertThat(RunningClock.of(AppealState.IN_PROGRESS, a, b, c, t).due()).isEqualTo(b);
		assertThat(RunningClock.of(AppealState.REOPENED, a, b, c, t).kind()).isEqualTo(RunningClock.Kind.ANSWER);
		assertThat(RunningClock.of(AppealState.REPLIED, a, b, c, t).due()).isEqualTo(c);
		assertThat(RunningClock.of(AppealState.RECEIVED, a, b, c, t)).isNull();
		assertThat(RunningClock.of(AppealState.RETURNED, a, b, c, t)).isNull();
		assertThat(RunningClock.of(AppealState.FOLLOWED_UP, a, b, c, t)).isNull();
		assertThat(RunningClock.of(AppealState.CLOSED, a, b, c, t)).isNull();
		assertThat(RunningClock.of(AppealState.ACCEPTED, a, null, c, t)).isNull();
	}

	@Test
	void overdueFromMidnightAfterTheDeadlineInUtc8() {
		RunningClock clock = new RunningClock(RunningClock.Kind.ACCEPT,
				OffsetDateTime.parse("2026-11-20T10:00:00+08:00"), LocalDate.of(2026, 11, 23));
		assertThat(clock.overdueAt()).isEqualTo(OffsetDateTime.parse("2026-11-24T00:00:00+08:00"));
	}

	@Test
	void theWarningCountsOnlyWorkingTimeAcrossNationalDayAndTheMakeUpSaturday() {
		// 2026-09-30 (Wed) 09:00 to the end of 2026-10-12 (Mon). Working time: 15 h on
		// 09-30, 10-01..10-07 off (国庆节), 10-08 (Thu) is a plain working day, 10-09 (Fri),
		// 10-10 (the make-up Saturday), 10-11 (Sunday) off, 10-12: 15 + 4 * 24 = 111 h.
		// 80% = 88.8 h = 15 + 24 + 24 + 24 + 1.8 h: 01:48 on 10-12.
		RunningClock clock = new RunningClock(RunningClock.Kind.ANSWER,
				OffsetDateTime.parse("2026-09-30T09:00:00+08:00"), LocalDate.of(2026, 10, 12));
		assertThat(clock.warningAt(CALENDAR, 0.8)).isEqualTo(OffsetDateTime.parse("2026-10-12T01:48:00+08:00"));
		// half: 55.5 h = 15 + 24 + 16.5 h: 16:30 on 10-09
		assertThat(clock.warningAt(CALENDAR, 0.5)).isEqualTo(OffsetDateTime.parse("2026-10-09T16:30:00+08:00"));
	}

	@Test
	void aClockWithoutWorkingTimeWarnsAtOnceAndBadSharesAreRefused() {
		OffsetDateTime start = OffsetDateTime.parse("2026-10-02T12:00:00+08:00");
		RunningClock holiday = new RunningClock(RunningClock.Kind.ACCEPT, start, LocalDate.of(2026, 10, 3));
		assertThat(holiday.warningAt(CALENDAR, 0.8)).isEqualTo(start);
		assertThatThrownBy(() -> holiday.warningAt(CALENDAR, 1.0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> holiday.warningAt(CALENDAR, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
