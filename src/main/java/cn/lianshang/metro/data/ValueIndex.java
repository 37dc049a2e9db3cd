package cn.lianshang.metro.data;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The values a check may compare with: stored values, overlaid by those of the entry or
 * file being checked.
 */
class ValueIndex {

	private final Map<ValueKey, BigDecimal> values = new HashMap<>();

	void put(ValueKey key, BigDecimal value) {
		values.put(key, value);
	}

	BigDecimal value(ValueKey key) {
		return values.get(key);
	}

	/** The values of the units directly below {@code orgUnit}, by unit code. */
	Map<String, BigDecimal> partsOf(String indicator, String orgUnit, String period, OrgUnits units) {
		Map<String, BigDecimal> parts = new TreeMap<>();
		values.forEach((k, v) -> {
			if (k.indicator().equals(indicator) && k.period().equals(period) && !k.orgUnit().equals(orgUnit)
					&& units.parentOf(k.orgUnit()).map(orgUnit::equals).orElse(false)) {
				parts.put(k.orgUnit(), v);
			}
		});
		return parts;
	}

	Optional<BigDecimal> find(ValueKey key) {
		return Optional.ofNullable(values.get(key));
	}

}
