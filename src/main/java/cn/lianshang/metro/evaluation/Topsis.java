package cn.lianshang.metro.evaluation;

/**
 * TOPSIS (Hwang and Yoon 1981): ranks alternatives by their relative closeness to the
 * ideal solution. For an {@code n × m} matrix:
 *
 * <pre>
 * r_ij = x_ij / sqrt(Σ_i x_ij²)                      (VECTOR normalisation), or
 * r_ij = (x_ij − min_j) / (max_j − min_j)            (MIN_MAX normalisation)
 * v_ij = w_j r_ij                                    (weights rescaled to sum 1)
 * A⁺_j = max_i v_ij for a benefit criterion (type 1), min_i v_ij for a cost criterion (type −1); A⁻_j the opposite
 * D⁺_i = sqrt(Σ_j (v_ij − A⁺_j)²),  D⁻_i = sqrt(Σ_j (v_ij − A⁻_j)²)
 * C_i  = D⁻_i / (D⁺_i + D⁻_i)                       (1 = the ideal, 0 = the anti-ideal)
 * </pre>
 *
 * With min-max normalisation cost columns are not flipped: the ideal is simply taken at
 * the column's minimum, which gives the same distances as flipping.
 */
public final class Topsis {

	public enum Normalization {

		VECTOR, MIN_MAX

	}

	private Topsis() {
	}

	public static double[] closeness(double[][] x, double[] weights, int[] types, Normalization normalization) {
		int n = x.length;
		if (n == 0 || x[0].length == 0) {
			throw new IllegalArgumentException("empty matrix");
		}
		int m = x[0].length;
		if (weights.length != m || types.length != m) {
			throw new IllegalArgumentException("one weight and one type per column needed");
		}
		double sumW = 0;
		for (double w : weights) {
			if (!(w >= 0) || Double.isInfinite(w)) {
				throw new IllegalArgumentException("weights must be finite and ≥ 0");
			}
			sumW += w;
		}
		if (sumW == 0) {
			throw new IllegalArgumentException("weights sum to 0");
		}
		double[][] v = new double[n][m];
		for (int j = 0; j < m; j++) {
			if (types[j] != 1 && types[j] != -1) {
				throw new IllegalArgumentException("types must be 1 or -1");
			}
			double norm = 0;
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (double[] row : x) {
				if (row.length != m || !Double.isFinite(row[j])) {
					throw new IllegalArgumentException("rows must have " + m + " finite values");
				}
				norm += row[j] * row[j];
				min = Math.min(min, row[j]);
				max = Math.max(max, row[j]);
			}
			norm = Math.sqrt(norm);
			for (int i = 0; i < n; i++) {
				double r = switch (normalization) {
					case VECTOR -> {
						if (norm == 0) {
							throw new IllegalArgumentException("column " + j + " is all zero");
						}
						yield x[i][j] / norm;
					}
					case MIN_MAX -> {
						if (max == min) {
							throw new IllegalArgumentException("column " + j + " has no variation");
						}
						yield (x[i][j] - min) / (max - min);
					}
				};
				v[i][j] = weights[j] / sumW * r;
			}
		}
		double[] best = new double[m];
		double[] worst = new double[m];
		for (int j = 0; j < m; j++) {
			double hi = Double.NEGATIVE_INFINITY;
			double lo = Double.POSITIVE_INFINITY;
			for (double[] row : v) {
				hi = Math.max(hi, row[j]);
				lo = Math.min(lo, row[j]);
			}
			best[j] = types[j] == 1 ? hi : lo;
			worst[j] = types[j] == 1 ? lo : hi;
		}
		double[] c = new double[n];
		for (int i = 0; i < n; i++) {
			double dPlus = 0;
			double dMinus = 0;
			for (int j = 0; j < m; j++) {
				dPlus += (v[i][j] - best[j]) * (v[i][j] - best[j]);
				dMinus += (v[i][j] - worst[j]) * (v[i][j] - worst[j]);
			}
			dPlus = Math.sqrt(dPlus);
			dMinus = Math.sqrt(dMinus);
			if (dPlus + dMinus == 0) {
				throw new IllegalArgumentException("the alternatives cannot be told apart on the weighted criteria");
			}
			c[i] = dMinus / (dPlus + dMinus);
		}
		return c;
	}

}
