package cn.lianshang.metro.evaluation;

/**
 * One node of the index framework, as a row of COINr's {@code iMeta}: an indicator (level
 * 1) or an aggregate (level ≥ 2).
 *
 * @param code unique code, also the column name in the data
 * @param level 1 for indicators, higher for aggregates
 * @param parent code of the aggregate this node feeds, {@code null} at the top
 * @param direction {@code 1} if more is better, {@code -1} if less is better (used by
 * normalisation)
 * @param weight relative weight among its siblings
 * @param denominator code of the denominator column to divide by, {@code null} for none
 */
public record Indicator(String code, int level, String parent, int direction, double weight, String denominator) {

	public Indicator {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("an indicator needs a code");
		}
		if (level < 1) {
			throw new IllegalArgumentException(code + ": level must be ≥ 1");
		}
		if (direction != 1 && direction != -1) {
			throw new IllegalArgumentException(code + ": direction must be 1 or -1");
		}
		if (!(weight >= 0) || Double.isInfinite(weight)) {
			throw new IllegalArgumentException(code + ": weight must be finite and ≥ 0");
		}
	}

	public boolean isIndicator() {
		return level == 1;
	}

}
