package cn.lianshang.appeals.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The Chinese working-day calendar: public holidays are off, make-up working days (调休上班)
 * are on, any other Saturday or Sunday is off and every other day is a working day.
 * Deadlines of appeals are counted on it.
 */
public final class WorkingCalendar {

	/**
	 * Far enough for any deadline; guards against a calendar that marks every day a
	 * holiday.
	 */
	static final int MAX_DAYS = 3660;

	private final Map<LocalDate, DayKind> arrangements;

	public WorkingCalendar(Map<LocalDate, DayKind> arrangements) {
		this.arrangements = Map.copyOf(arrangements);
	}

	public boolean isWorkingDay(LocalDate date) {
		DayKind kind = arrangements.get(date);
		if (kind != null) {
			return kind == DayKind.MAKEUP_WORKDAY;
		}
		DayOfWeek dow = date.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/**
	 * The date {@code days} working days after {@code from}: each step moves to the next
	 * working day, so {@code from} itself is never counted and 0 days is {@code from}. A
	 * deadline of N working days for a matter received on a holiday therefore ends on the
	 * N-th working day after it.
	 */
	public LocalDate addWorkingDays(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}
		if (days > MAX_DAYS) {
			throw new IllegalArgumentException("days must be at most " + MAX_DAYS + ": " + days);
		}
		LocalDate date = from;
		int left = days;
		int steps = 0;
		while (left > 0) {
			date = date.plusDays(1);
			if (++steps > MAX_DAYS * 2) {
				throw new IllegalStateException("no working day within " + steps + " days of " + from);
			}
			if (isWorkingDay(date)) {
				left--;
			}
		}
		return date;
	}

	/**
	 * Working days strictly after {@code from} up to and including {@code to} (0 if
	 * {@code to} is not later).
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int n = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				n++;
			}
		}
		return n;
	}

}
