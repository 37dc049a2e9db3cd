package cn.lianshang.metro.progress;

/**
 * Progress status of a quantitative target by the Open SDG method: the ratio of the
 * growth achieved so far to the growth the target requires.
 * <p>
 * Source: Open SDG, "progress status" / "progress measure" calculation of the sdg-build
 * library (open-sdg/sdg-build, {@code sdg/ProgressMeasure.py}, methodology 2 "given
 * target value"; documented in the Open SDG documentation under "Progress status"). For a
 * base value {@code B} in year {@code b}, a current value {@code C} in year {@code c} and
 * a target {@code T} in year {@code t}:
 *
 * <pre>
 *   required growth per year  g_r = (T − B) / (t − b)
 *   actual growth per year    g_a = (C − B) / (c − b)
 *   ratio                     r   = g_a / g_r
 *   already reached (C meets T in the target's direction) → achieved            (Open SDG "target_achieved")
 *   r ≥ 0.95        → on track               达标进度                             ("substantial_progress")
 *   0.6 ≤ r < 0.95  → needs acceleration     需加快                               ("moderate_progress")
 *   0 ≤ r < 0.6     → limited progress       进展有限                             ("limited_progress")
 *   r < 0           → deterioration          倒退                                 ("deterioration")
 *   no base or no current value, or c ≤ b    → insufficient data   数据不足       ("not_available")
 * </pre>
 *
 * The thresholds 0.95 / 0.6 / 0 are sdg-build's defaults for a target with a value.
 * sdg-build measures growth as a compound annual rate,
 * {@code (V / B)^(1 / (year − b)) − 1}; the issue asks for the linear per-year growth
 * above, which is the default here ({@link Growth#LINEAR}); {@link Growth#COMPOUND} gives
 * sdg-build's variant (values must then be positive). The sign of {@code g_r} carries the
 * direction, so a "≤" target whose value falls is making progress (both growths negative,
 * ratio positive). No Spring here.
 */
public final class ProgressMeasure {

	public static final double ON_TRACK = 0.95;

	public static final double NEEDS_ACCELERATION = 0.6;

	public static final double LIMITED = 0.0;

	/** How growth per year is measured. */
	public enum Growth {

		/** (V − B) / (years): the definition. */
		LINEAR,

		/** (V / B)^(1 / years) − 1: sdg-build's compound annual growth rate. */
		COMPOUND

	}

	/** A value of the indicator in a year. */
	public record Observation(int year, double value) {

	}

	/**
	 * The outcome. {@code ratio}, {@code requiredGrowth} and {@code actualGrowth} are
	 * null when they could not be computed (insufficient data, or the target already
	 * reached without a base).
	 */
	public record Progress(ProgressStatus status, Double ratio, Double requiredGrowth, Double actualGrowth) {

		static Progress of(ProgressStatus status) {
			return new Progress(status, null, null, null);
		}

		/** No target year, no current value: nothing to measure. */
		public static Progress ofInsufficientData() {
			return of(ProgressStatus.INSUFFICIENT_DATA);
		}

	}

	private ProgressMeasure() {
	}

	public static Progress assess(Observation base, Observation current, Observation target, Comparison comparison) {
		return assess(base, current, target, comparison, Growth.LINEAR);
	}

	/**
	 * @param base the value in the base year, or null
	 * @param current the latest value, or null
	 * @param target the target value and year (required)
	 * @param comparison how the target is stated; for = and ≈ the direction is towards
	 * the target from the base (or upwards when there is no base)
	 */
	public static Progress assess(Observation base, Observation current, Observation target, Comparison comparison,
			Growth growth) {
		if (target == null) {
			throw new IllegalArgumentException("a target is required");
		}
		if (current == null) {
			return Progress.of(ProgressStatus.INSUFFICIENT_DATA);
		}
		int direction = direction(base, target, comparison);
		if (reached(current.value(), target.value(), comparison, direction)) {
			Progress p = base == null ? null : ratio(base, current, target, growth);
			p = p == null || p.ratio() == null ? null : p;
			return new Progress(ProgressStatus.ACHIEVED, p == null ? null : p.ratio(),
					p == null ? null : p.requiredGrowth(), p == null ? null : p.actualGrowth());
		}
		if (base == null || current.year() <= base.year() || target.year() <= base.year()) {
			return Progress.of(ProgressStatus.INSUFFICIENT_DATA);
		}
		Progress p = ratio(base, current, target, growth);
		if (p == null) {
			return Progress.of(ProgressStatus.INSUFFICIENT_DATA);
		}
		if (p.requiredGrowth() * direction <= 0) {
			// the base already met the target and the current value no longer does: it
			// moved the wrong way
			return new Progress(ProgressStatus.DETERIORATION, null, p.requiredGrowth(), p.actualGrowth());
		}
		return new Progress(status(p.ratio()), p.ratio(), p.requiredGrowth(), p.actualGrowth());
	}

	/** The status for a ratio of actual to required growth (target not yet reached). */
	public static ProgressStatus status(double ratio) {
		if (ratio >= ON_TRACK) {
			return ProgressStatus.ON_TRACK;
		}
		if (ratio >= NEEDS_ACCELERATION) {
			return ProgressStatus.NEEDS_ACCELERATION;
		}
		if (ratio >= LIMITED) {
			return ProgressStatus.LIMITED_PROGRESS;
		}
		return ProgressStatus.DETERIORATION;
	}

	private static int direction(Observation base, Observation target, Comparison comparison) {
		if (comparison.direction() != 0) {
			return comparison.direction();
		}
		return base != null && target.value() < base.value() ? -1 : 1;
	}

	private static boolean reached(double current, double target, Comparison comparison, int direction) {
		return switch (comparison) {
			case MORE_THAN -> current > target;
			case LESS_THAN -> current < target;
			default -> direction > 0 ? current >= target : current <= target;
		};
	}

	/**
	 * Null when the growth cannot be measured (years not after the base, or non-positive
	 * values for COMPOUND).
	 */
	private static Progress ratio(Observation base, Observation current, Observation target, Growth growth) {
		if (current.year() <= base.year() || target.year() <= base.year()) {
			return null;
		}
		double required = growth(base.value(), target.value(), target.year() - base.year(), growth);
		double actual = growth(base.value(), current.value(), current.year() - base.year(), growth);
		if (!Double.isFinite(required) || !Double.isFinite(actual)) {
			return null;
		}
		return new Progress(null, required == 0 ? null : actual / required, required, actual);
	}

	private static double growth(double from, double to, int years, Growth growth) {
		return switch (growth) {
			case LINEAR -> (to - from) / years;
			case COMPOUND -> from > 0 && to > 0 ? Math.pow(to / from, 1.0 / years) - 1 : Double.NaN;
		};
	}

}
