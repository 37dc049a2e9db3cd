package cn.lianshang.metro.targets;

import java.math.BigDecimal;

import cn.lianshang.metro.progress.Comparison;

/**
 * One quantitative figure of a seed document: a target (to be reached by {@code year}) or
 * a progress figure (reached in {@code year}). {@code quote} is the seed's own clause,
 * verbatim; {@code measures} links a progress figure to the target whose indicator it
 * measures. {@code annual}: the target is an amount for its year alone (全年 …), so only a
 * figure of that same year can show progress towards it. {@code indicatorCode} and
 * {@code orgUnit} (a target only, both or neither) link the target to an indicator of the
 * catalogue and an org unit whose stored values then measure it too.
 */
record PlanFigure(String id, Kind kind, String sourceFile, String scope, String indicator, String indicatorEn,
		String unit, Comparison comparison, Integer year, BigDecimal value, Integer baseYear, BigDecimal baseValue,
		String binding, String dimension, boolean annual, String measures, String indicatorCode, String orgUnit,
		String quote) {

	enum Kind {

		TARGET, PROGRESS

	}

	boolean linked() {
		return indicatorCode != null;
	}

	boolean isTarget() {
		return kind == Kind.TARGET;
	}

}
