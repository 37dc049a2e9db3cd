package cn.lianshang.appeals.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The deadline clock that runs in an appeal's current state, and when its two timers are
 * due.
 * <ul>
 * <li>{@link Kind#ACCEPT} (签收) while {@code DISPATCHED}: from 派单 to the 签收 deadline;</li>
 * <li>{@link Kind#ANSWER} (答复) while {@code ACCEPTED}, {@code IN_PROGRESS} or
 * {@code REOPENED}: from 签收 (or 重办) to the answer deadline, which 延期 moves;</li>
 * <li>{@link Kind#FOLLOW_UP} (回访) while {@code REPLIED}: from 答复 to the 回访 deadline.</li>
 * </ul>
 * A deadline is a date (UTC+8): the matter is on time through the end of that day, so it
 * is <em>overdue</em> from 00:00 of the next day ({@link #overdueAt()}), when the
 * escalation (督办) timer fires. The <em>warning</em> fires when a share of the clock's
 * <em>working time</em> has gone by: only the hours of working days count (a weekend or a
 * public holiday inside the clock does not bring the warning forward), see
 * {@link #warningAt}. Pure: no framework in it.
 */
public record RunningClock(Kind kind, OffsetDateTime start, LocalDate due) {

	/** The three clocks. */
	public enum Kind {

		/** 签收 deadline after 派单. */
		ACCEPT("签收"),
		/** 答复 (办理) deadline after 签收 or 重办. */
		ANSWER("答复"),
		/** 回访 deadline after 答复. */
		FOLLOW_UP("回访");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * The clock running in {@code state} with these deadlines, or null if none runs (受理,
	 * 退单, 回访 done, 办结) or its deadline is unknown.
	 */
	public static RunningClock of(AppealState state, LocalDate acceptDue, LocalDate answerDue, LocalDate followUpDue,
			OffsetDateTime start) {
		Kind kind;
		LocalDate due;
		switch (state) {
			case DISPATCHED -> {
				kind = Kind.ACCEPT;
				due = acceptDue;
			}
			case ACCEPTED, IN_PROGRESS, REOPENED -> {
				kind = Kind.ANSWER;
				due = answerDue;
			}
			case REPLIED -> {
				kind = Kind.FOLLOW_UP;
				due = followUpDue;
			}
			default -> {
				return null;
			}
		}
		return due == null || start == null ? null : new RunningClock(kind, start, due);
	}

	/**
	 * 00:00 (UTC+8) of the day after the deadline: from then on the matter is overdue.
	 */
	public OffsetDateTime overdueAt() {
		return due.plusDays(1).atStartOfDay().atOffset(AppealMetrics.ZONE);
	}

	/**
	 * The moment when {@code share} (0 &lt; share &lt; 1) of the clock's working time has
	 * gone by. The working time is the part from the start up to (not including)
	 * {@link #overdueAt()} that falls on working days of {@code calendar} (no unbalanced
	 * brackets here: Spring Modulith's documentation reader trips over them). A clock
	 * with no working time at all (a deadline on the day of its start, a holiday) warns
	 * at its start.
	 */
	public OffsetDateTime warningAt(WorkingCalendar calendar, double share) {
		if (!(share > 0 && share < 1)) {
			throw new IllegalArgumentException("share must lie strictly between 0 and 1: " + share);
		}
		OffsetDateTime from = start.withOffsetSameInstant(AppealMetrics.ZONE);
		OffsetDateTime end = overdueAt();
		if (!from.isBefore(end)) {
			return from;
		}
		long total = 0;
		for (LocalDate d = from.toLocalDate(); d.isBefore(end.toLocalDate()); d = d.plusDays(1)) {
			if (calendar.isWorkingDay(d)) {
				total += workingSeconds(d, from);
			}
		}
		if (total == 0) {
			return from;
		}
		long target = (long) Math.ceil(total * share);
		long elapsed = 0;
		for (LocalDate d = from.toLocalDate(); d.isBefore(end.toLocalDate()); d = d.plusDays(1)) {
			if (!calendar.isWorkingDay(d)) {
				continue;
			}
			long seconds = workingSeconds(d, from);
			if (elapsed + seconds >= target) {
				OffsetDateTime dayStart = d.atStartOfDay().atOffset(AppealMetrics.ZONE);
				OffsetDateTime counted = dayStart.isBefore(from) ? from : dayStart;
				return counted.plusSeconds(target - elapsed);
			}
			elapsed += seconds;
		}
		return end;
	}

	/** The seconds of day {@code d} at or after {@code from}. */
	private static long workingSeconds(LocalDate d, OffsetDateTime from) {
		OffsetDateTime dayStart = d.atStartOfDay().atOffset(AppealMetrics.ZONE);
		OffsetDateTime dayEnd = dayStart.plusDays(1);
		OffsetDateTime counted = dayStart.isBefore(from) ? from : dayStart;
		return counted.isBefore(dayEnd) ? Duration.between(counted, dayEnd).getSeconds() : 0;
	}

}
