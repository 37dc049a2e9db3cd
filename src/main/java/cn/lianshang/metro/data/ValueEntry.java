package cn.lianshang.metro.data;

import java.math.BigDecimal;

/**
 * A value as someone enters it (a form, a JSON body or a file row), before it is checked.
 */
public record ValueEntry(String indicator, String orgUnit, String period, BigDecimal value, String source,
		String comment) {

	public ValueKey key() {
		return new ValueKey(indicator, orgUnit, Period.parse(period).map(Period::code).orElse(period));
	}

}
