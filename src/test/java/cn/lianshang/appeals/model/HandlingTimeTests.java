package cn.lianshang.appeals.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class HandlingTimeTests {

	@Test
	void nearestRankPercentiles() {
		assertThat(HandlingTime.of(List.of(4, 1, 3, 2))).isEqualTo(new HandlingTime(4, 2.5, 2, 4));
		assertThat(HandlingTime.of(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20)))
			.isEqualTo(new HandlingTime(11, 6.82, 6, 10));
		assertThat(HandlingTime.of(List.of(7))).isEqualTo(new HandlingTime(1, 7.0, 7, 7));
		assertThat(HandlingTime.of(List.of())).isEqualTo(new HandlingTime(0, null, null, null));
	}

	@Test
	void workingDaysFromReceiptToTheLastAnswerOfClosedAppealsOnly() {
		WorkingCalendar calendar = OfficialCalendar.calendar();
		// received on the last day before National Day 2026, answered on 10-09: 10-08 and
		// 10-09 are the working days after it
		AppealFacts acrossNationalDay = facts(AppealState.CLOSED, "2026-09-30T20:00:00+08:00",
				"2026-10-09T10:00:00+08:00");
		// received and answered on the same day (the evening in UTC is the next day
		// there)
		AppealFacts sameDay = facts(AppealState.CLOSED, "2026-11-02T01:00:00Z", "2026-11-02T15:00:00Z");
		// 10-10 is a make-up Saturday: it counts
		AppealFacts makeUp = facts(AppealState.CLOSED, "2026-10-09T09:00:00+08:00", "2026-10-12T09:00:00+08:00");
		AppealFacts open = facts(AppealState.REPLIED, "2026-01-05T09:00:00+08:00", "2026-03-05T09:00:00+08:00");
		HandlingTime t = HandlingTime.of(List.of(acrossNationalDay, sameDay, makeUp, open), calendar);
		assertThat(t.closed()).isEqualTo(3);
		// 2, 0 (15:00Z is 23:00 the same day), 2 (10-10, 10-12)
		assertThat(t.median()).isEqualTo(2);
		assertThat(t.p90()).isEqualTo(2);
		assertThat(t.mean()).isEqualTo(1.33);
	}

	static AppealFacts facts(AppealState state, String filed, String replied) {
		return new AppealFacts("210100/", state, null, null, null, OffsetDateTime.parse(replied), null, null, 0, 0, "U",
				"单位", OffsetDateTime.parse(filed));
	}

	static LocalDate d(String s) {
		return LocalDate.parse(s);
	}

}
