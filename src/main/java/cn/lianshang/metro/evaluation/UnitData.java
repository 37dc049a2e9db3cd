package cn.lianshang.metro.evaluation;

import java.util.Map;

/**
 * The input of an evaluation, as COINr's {@code iData}: indicator values per unit, the
 * denominator columns (population, GDP, area ...) and the groupings of units (e.g.
 * {@code EurAsia_group} → unit → group).
 */
public record UnitData(Matrix indicators, Matrix denominators, Map<String, Map<String, String>> groups) {

	public UnitData {
		groups = Map.copyOf(groups);
		if (denominators != null && !denominators.units().equals(indicators.units())) {
			throw new IllegalArgumentException("denominators must list the same units in the same order");
		}
	}

}
