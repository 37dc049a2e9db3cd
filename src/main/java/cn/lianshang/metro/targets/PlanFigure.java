package cn.lianshang.metro.targets;

import java.math.BigDecimal;

import cn.lianshang.metro.progress.Comparison;

/**
 * One quantitative figure of a seed document: a target (to be reached by {@code year}) or
 * a progress figure (reached in {@code year}). {@code quote} is the seed's own clause,
 * verbatim; {@code measures} links a progress figure to the target whose indicator it
 * measures. {@code annual}: the target is an amount for its year alone (全年 …), so only a
 * figure of that same year can show progress towards it.
 */
record PlanFigure(String id, Kind kind, String sourceFile, String scope, String indicator, String indicatorEn,
		String unit, Comparison comparison, Integer year, BigDecimal value, Integer baseYear, BigDecimal baseValue,
		String binding, String dimension, boolean annual, String measures, String quote) {

	enum Kind {

		TARGET, PROGRESS

	}

	boolean isTarget() {
		return kind == Kind.TARGET;
	}

}
