package cn.lianshang.metro.data;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period, coded as DHIS2 codes its periods: {@code 2025} (a year),
 * {@code 2025Q1} (a quarter), {@code 202501} (a month).
 */
public record Period(String code, Type type, int year, int part) {

	public enum Type {

		YEAR, QUARTER, MONTH

	}

	/** The earliest and latest year accepted. */
	public static final int MIN_YEAR = 1990;

	public static final int MAX_YEAR = 2100;

	private static final Pattern CODE = Pattern.compile("(\\d{4})(?:Q([1-4])|(0[1-9]|1[0-2]))?");

	/** The period of a code, or empty if the code is not a valid period. */
	public static Optional<Period> parse(String code) {
		if (code == null) {
			return Optional.empty();
		}
		Matcher m = CODE.matcher(code.trim().toUpperCase(java.util.Locale.ROOT));
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		if (year < MIN_YEAR || year > MAX_YEAR) {
			return Optional.empty();
		}
		if (m.group(2) != null) {
			return Optional.of(new Period(year + "Q" + m.group(2), Type.QUARTER, year, Integer.parseInt(m.group(2))));
		}
		if (m.group(3) != null) {
			return Optional.of(new Period(year + m.group(3), Type.MONTH, year, Integer.parseInt(m.group(3))));
		}
		return Optional.of(new Period(String.valueOf(year), Type.YEAR, year, 0));
	}

	public static Period year(int year) {
		return parse(String.valueOf(year)).orElseThrow(() -> new IllegalArgumentException("year out of range"));
	}

}
