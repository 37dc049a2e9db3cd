package cn.lianshang.metro.data;

import java.math.BigDecimal;

/**
 * A value as someone enters it (a form, a JSON body or a file row), before it is checked.
 */
public record ValueEntry(String indicator, String orgUnit, String period, BigDecimal value, String source,
		String comment) {

	public ValueEntry {
		indicator = trim(indicator);
		orgUnit = trim(orgUnit);
		period = trim(period);
	}

	private static String trim(String s) {
		return s == null ? null : s.trim();
	}

	public ValueKey key() {
		return new ValueKey(indicator, orgUnit, Period.parse(period).map(Period::code).orElse(period));
	}

}
