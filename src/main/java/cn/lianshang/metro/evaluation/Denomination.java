package cn.lianshang.metro.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns extensive indicators into intensive ones (per capita, per unit of GDP or area) by
 * dividing each indicator that names a denominator by that denominator column, as COINr's
 * {@code Denominate()} does with {@code iMeta$Denominator}: {@code x_ij / d_i}. A missing
 * numerator or denominator, or a zero denominator, gives a missing value rather than an
 * infinity.
 */
public final class Denomination {

	private Denomination() {
	}

	public static Matrix apply(Matrix data, Matrix denominators, Framework framework) {
		Map<String, double[]> out = new LinkedHashMap<>();
		for (String column : data.columns()) {
			double[] x = data.column(column);
			Indicator node = framework.nodes().stream().filter(n -> n.code().equals(column)).findFirst().orElse(null);
			if (node != null && node.denominator() != null) {
				if (!denominators.hasColumn(node.denominator())) {
					throw new IllegalArgumentException(column + ": no denominator column " + node.denominator());
				}
				for (int r = 0; r < x.length; r++) {
					double d = denominators.get(data.units().get(r), node.denominator());
					x[r] = d == 0 || Double.isNaN(d) ? Double.NaN : x[r] / d;
				}
			}
			out.put(column, x);
		}
		return Matrix.ofColumns(data.units(), out);
	}

}
