package cn.lianshang.appeals.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Handling time in working days. The population is the <em>closed</em> (办结) appeals among
 * the facts; an appeal's handling time is the number of working days from the day it was
 * received (受理, UTC+8) to the day of its last answer (答复): the working days strictly
 * after the day of receipt up to and including the day of the answer, so an answer on the
 * day of receipt is 0 and one on the next working day is 1; weekends and public holidays
 * do not count, make-up working days do. A 重办 case counts once, to its last answer; time
 * waiting after a 退单 counts (the enterprise waited).
 * <ul>
 * <li>{@code mean}: the arithmetic mean, to two decimals;</li>
 * <li>{@code median} and {@code p90}: nearest-rank percentiles: with the n times sorted
 * ascending, the p-th percentile is the value at rank ⌈p/100 × n⌉ (so the median of 1, 2,
 * 3, 4 is 2, and p90 is a time within which at least 90% were answered).</li>
 * </ul>
 * All three are null when no appeal is closed. Pure: no framework in it.
 */
public record HandlingTime(int closed, Double mean, Integer median, Integer p90) {

	public static HandlingTime of(Collection<AppealFacts> facts, WorkingCalendar calendar) {
		List<Integer> days = new ArrayList<>();
		for (AppealFacts f : facts) {
			if (f.state() == AppealState.CLOSED && f.filedAt() != null && f.repliedAt() != null) {
				days.add(calendar.workingDaysBetween(day(f.filedAt()), day(f.repliedAt())));
			}
		}
		return of(days);
	}

	/** From the handling times themselves. */
	public static HandlingTime of(List<Integer> days) {
		if (days.isEmpty()) {
			return new HandlingTime(0, null, null, null);
		}
		List<Integer> sorted = new ArrayList<>(days);
		Collections.sort(sorted);
		double mean = sorted.stream().mapToInt(Integer::intValue).average().orElseThrow();
		return new HandlingTime(sorted.size(), Math.round(mean * 100) / 100.0, percentile(sorted, 50),
				percentile(sorted, 90));
	}

	/** The nearest-rank percentile of an ascending list. */
	static int percentile(List<Integer> sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}

	private static LocalDate day(java.time.OffsetDateTime t) {
		return t.atZoneSameInstant(AppealMetrics.ZONE).toLocalDate();
	}

}
