package cn.lianshang.metro.data;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * The validation rules of data values, each a small named check that returns the problem
 * it finds (field and message code with arguments), evaluated on entry, on import and in
 * the validation report over stored values.
 */
public enum ValueRule {

	/** Every value names its source. */
	SOURCE_REQUIRED {
		@Override
		Optional<FieldProblem> check(Checked v, ValueIndex index, OrgUnits units) {
			return v.source() == null || v.source().isBlank()
					? Optional.of(new FieldProblem("source", "metro.value.source-required")) : Optional.empty();
		}
	},

	/** A share lies within 0–100 %. */
	SHARE_WITHIN_0_100 {
		@Override
		Optional<FieldProblem> check(Checked v, ValueIndex index, OrgUnits units) {
			if (v.indicator().kind() != MetroIndicator.Kind.SHARE) {
				return Optional.empty();
			}
			return v.value().signum() < 0 || v.value().compareTo(HUNDRED) > 0
					? Optional.of(new FieldProblem("value", "metro.value.share-range", plain(v.value())))
					: Optional.empty();
		}
	},

	/**
	 * A growth or decline rate lies within a plausible band ({@link #GROWTH_MIN} to
	 * {@link #GROWTH_MAX} per cent): anything outside is almost always a unit or typing
	 * error.
	 */
	GROWTH_WITHIN_BAND {
		@Override
		Optional<FieldProblem> check(Checked v, ValueIndex index, OrgUnits units) {
			if (v.indicator().kind() != MetroIndicator.Kind.GROWTH) {
				return Optional.empty();
			}
			return v.value().compareTo(GROWTH_MIN) < 0 || v.value().compareTo(GROWTH_MAX) > 0
					? Optional.of(new FieldProblem("value", "metro.value.growth-band", plain(v.value()),
							plain(GROWTH_MIN), plain(GROWTH_MAX)))
					: Optional.empty();
		}
	},

	/** Counts, amounts and ratios are not negative. */
	NOT_NEGATIVE {
		@Override
		Optional<FieldProblem> check(Checked v, ValueIndex index, OrgUnits units) {
			MetroIndicator.Kind k = v.indicator().kind();
			boolean applies = k == MetroIndicator.Kind.COUNT || k == MetroIndicator.Kind.LEVEL
					|| k == MetroIndicator.Kind.RATIO;
			return applies && v.value().signum() < 0
					? Optional.of(new FieldProblem("value", "metro.value.negative", plain(v.value())))
					: Optional.empty();
		}
	},

	/**
	 * For an additive indicator a unit's value is not above the total of the unit above
	 * it (a city's not above the area's, a county's not above its city's).
	 */
	NOT_ABOVE_TOTAL {
		@Override
		Optional<FieldProblem> check(Checked v, ValueIndex index, OrgUnits units) {
			if (!v.indicator().additive()) {
				return Optional.empty();
			}
			return units.parentOf(v.orgUnit()).flatMap(parent -> {
				BigDecimal total = index.value(new ValueKey(v.indicator().code(), parent, v.period().code()));
				return total != null && v.value().compareTo(total) > 0 ? Optional.of(new FieldProblem("value",
						"metro.value.above-total", plain(v.value()), units.name(parent), plain(total)))
						: Optional.empty();
			});
		}
	},

	/**
	 * For an additive indicator a total is not below the value of any unit within it, nor
	 * below their sum.
	 */
	NOT_BELOW_PARTS {
		@Override
		Optional<FieldProblem> check(Checked v, ValueIndex index, OrgUnits units) {
			if (!v.indicator().additive()) {
				return Optional.empty();
			}
			Map<String, BigDecimal> parts = index.partsOf(v.indicator().code(), v.orgUnit(), v.period().code(), units);
			BigDecimal sum = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			return !parts.isEmpty() && v.value().compareTo(sum) < 0 ? Optional
				.of(new FieldProblem("value", "metro.value.below-parts", plain(v.value()), plain(sum), parts.size()))
					: Optional.empty();
		}
	};

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static final BigDecimal GROWTH_MIN = BigDecimal.valueOf(-30);

	static final BigDecimal GROWTH_MAX = BigDecimal.valueOf(50);

	/** A value whose key has been checked: a known indicator, org unit and period. */
	record Checked(MetroIndicator indicator, String orgUnit, Period period, BigDecimal value, String source) {

	}

	abstract Optional<FieldProblem> check(Checked value, ValueIndex index, OrgUnits units);

	static String plain(BigDecimal d) {
		return d.stripTrailingZeros().toPlainString();
	}

}
