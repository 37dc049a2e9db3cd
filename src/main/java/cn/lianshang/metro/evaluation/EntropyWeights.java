package cn.lianshang.metro.evaluation;

/**
 * The entropy weight method (熵权法): a criterion whose values differ more across the
 * alternatives carries more information and gets more weight. For an {@code n × m} matrix
 * (alternatives × criteria):
 *
 * <pre>
 * p_ij = y_ij / Σ_i y_ij
 * e_j  = −(1 / ln n) Σ_i p_ij ln p_ij        (0 · ln 0 = 0, so 0 ≤ e_j ≤ 1)
 * d_j  = 1 − e_j                             (degree of diversification)
 * w_j  = d_j / Σ_k d_k
 * </pre>
 *
 * Two variants for {@code y}:
 * <ul>
 * <li>{@link #raw} — {@code y = x}, the values as given; they must be ≥ 0 (shares of a
 * non-negative column).</li>
 * <li>{@link #standardized} — as most Chinese evaluation papers do it: each column is
 * min-max standardised by its direction, benefit ({@code +1})
 * {@code (x − min)/(max − min)}, cost ({@code −1}) {@code (max − x)/(max − min)}, then
 * shifted by a small constant {@code a} ({@code y = x' + a}, commonly 0.0001 or 0.01) so
 * that the worst alternative's {@code p} is not 0 and the logarithm is defined (e.g.
 * 指标数据标准化后"平移 0.0001"). The shift is a choice, and a larger one flattens the
 * weights.</li>
 * </ul>
 * A column with no variation (all values equal) carries no information: in the
 * standardised variant it cannot be standardised at all, and in both variants it is
 * rejected here rather than silently weighted 0.
 */
public final class EntropyWeights {

	/** The shift used when none is given. */
	public static final double DEFAULT_SHIFT = 0.0001;

	private EntropyWeights() {
	}

	/** Entropy weights of the values as given (every value ≥ 0). */
	public static double[] raw(double[][] x) {
		check(x);
		for (double[] row : x) {
			for (double v : row) {
				if (v < 0) {
					throw new IllegalArgumentException("the raw entropy variant needs values ≥ 0, got " + v);
				}
			}
		}
		return fromPositive(x);
	}

	/**
	 * Entropy weights after direction-aware min-max standardisation and a shift.
	 * @param types {@code 1} for a benefit criterion, {@code -1} for a cost criterion
	 * @param shift the constant added after standardising (≥ 0; 0 keeps zeros, which
	 * count as {@code 0 · ln 0 = 0})
	 */
	public static double[] standardized(double[][] x, int[] types, double shift) {
		check(x);
		int n = x.length;
		int m = x[0].length;
		if (types.length != m) {
			throw new IllegalArgumentException("one type per column needed");
		}
		if (!(shift >= 0) || Double.isInfinite(shift)) {
			throw new IllegalArgumentException("shift must be finite and ≥ 0");
		}
		double[][] y = new double[n][m];
		for (int j = 0; j < m; j++) {
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (double[] row : x) {
				min = Math.min(min, row[j]);
				max = Math.max(max, row[j]);
			}
			for (int i = 0; i < n; i++) {
				double s = switch (types[j]) {
					case 1 -> (x[i][j] - min) / (max - min);
					case -1 -> (max - x[i][j]) / (max - min);
					default -> throw new IllegalArgumentException("types must be 1 or -1");
				};
				y[i][j] = s + shift;
			}
		}
		return fromPositive(y);
	}

	/**
	 * Steps p → e → d → w on a matrix of values ≥ 0 whose columns each have a positive
	 * sum.
	 */
	private static double[] fromPositive(double[][] y) {
		int n = y.length;
		int m = y[0].length;
		double k = 1 / Math.log(n);
		double[] d = new double[m];
		double sumD = 0;
		for (int j = 0; j < m; j++) {
			double total = 0;
			for (double[] row : y) {
				total += row[j];
			}
			double e = 0;
			for (double[] row : y) {
				double p = row[j] / total;
				if (p > 0) {
					e -= p * Math.log(p);
				}
			}
			d[j] = 1 - k * e;
			sumD += d[j];
		}
		double[] w = new double[m];
		for (int j = 0; j < m; j++) {
			w[j] = d[j] / sumD;
		}
		return w;
	}

	/** At least 2 rows (ln n > 0), rectangular, finite, and no constant column. */
	static void check(double[][] x) {
		if (x.length < 2 || x[0].length == 0) {
			throw new IllegalArgumentException("at least 2 alternatives and 1 criterion needed");
		}
		for (double[] row : x) {
			if (row.length != x[0].length) {
				throw new IllegalArgumentException("rows of different lengths");
			}
			for (double v : row) {
				if (!Double.isFinite(v)) {
					throw new IllegalArgumentException("values must be finite");
				}
			}
		}
		int constant = firstConstantColumn(x);
		if (constant >= 0) {
			throw new IllegalArgumentException("column " + constant + " has no variation");
		}
	}

	/** The index of the first column whose values are all equal, or −1. */
	public static int firstConstantColumn(double[][] x) {
		for (int j = 0; j < x[0].length; j++) {
			boolean same = true;
			for (double[] row : x) {
				same &= row[j] == x[0][j];
			}
			if (same) {
				return j;
			}
		}
		return -1;
	}

}
