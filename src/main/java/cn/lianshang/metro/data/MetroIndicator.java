package cn.lianshang.metro.data;

/**
 * One indicator of the catalogue ({@code metro/indicators.csv}), as a DHIS2 indicator
 * with the metadata of Chinese evaluation systems.
 *
 * @param dimension one of the six dimensions of the plan (经济质效 … 区域协调)
 * @param direction {@code 1} if more is better, {@code -1} if less is better
 * @param kind what kind of number it is, which decides the range rules that apply
 * @param additive whether the units' values add up to the value of the unit above (a
 * city's value may then not exceed the area's)
 * @param level {@code CITY} if cities report it, {@code AREA} if it exists only for the
 * whole area
 * @param binding 约束性 (binding) or 预期性 (indicative)
 * @param target the id of the (first) plan target in {@code metro/targets.csv} linked to
 * this indicator, whose progress its stored values feed, or {@code null}
 */
public record MetroIndicator(String code, String name, String nameEn, String unit, String dimension, int direction,
		Kind kind, boolean additive, String level, String numerator, String denominator, String binding, String source,
		String target) {

	public enum Kind {

		/** A share in per cent: within 0–100. */
		SHARE,
		/** A growth or decline rate in per cent: within a plausible band. */
		GROWTH,
		/** A count: not negative. */
		COUNT,
		/** An amount or level: not negative. */
		LEVEL,
		/** A ratio of two amounts: not negative. */
		RATIO

	}

	public boolean cityLevel() {
		return "CITY".equals(level);
	}

}
