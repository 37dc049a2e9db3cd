package cn.lianshang.metro.evaluation;

import java.util.Arrays;

/**
 * Column statistics that skip missing values (NaN), as COINr's {@code na.rm = TRUE}.
 * Skewness and kurtosis are the type-2 sample estimators of e1071
 * ({@code skewness(type = 2)}, {@code kurtosis(type = 2)}), which equal Excel's
 * {@code SKEW} and {@code KURT} and are what COINr's {@code skew()} and {@code kurt()}
 * compute.
 */
public final class Statistics {

	private Statistics() {
	}

	/** The values that are not missing. */
	public static double[] present(double[] x) {
		return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
	}

	public static double mean(double[] x) {
		double[] p = present(x);
		if (p.length == 0) {
			return Double.NaN;
		}
		double s = 0;
		for (double v : p) {
			s += v;
		}
		return s / p.length;
	}

	/**
	 * The median (R's {@code stats::median}: the mean of the two middle values for an
	 * even count).
	 */
	public static double median(double[] x) {
		return quantile(x, 0.5);
	}

	/** Sample standard deviation (n − 1 in the denominator), as R's {@code sd}. */
	public static double sd(double[] x) {
		double[] p = present(x);
		if (p.length < 2) {
			return Double.NaN;
		}
		double m = mean(p);
		double ss = 0;
		for (double v : p) {
			ss += (v - m) * (v - m);
		}
		return Math.sqrt(ss / (p.length - 1));
	}

	public static double min(double[] x) {
		return Arrays.stream(present(x)).min().orElse(Double.NaN);
	}

	public static double max(double[] x) {
		return Arrays.stream(present(x)).max().orElse(Double.NaN);
	}

	/**
	 * Skewness, type 2: {@code G1 = sqrt(n) Σd³ / (Σd²)^{3/2} · sqrt(n(n−1)) / (n−2)}
	 * with {@code d = x − mean}. NaN for fewer than 3 values or no spread.
	 */
	public static double skew(double[] x) {
		double[] p = present(x);
		int n = p.length;
		if (n < 3) {
			return Double.NaN;
		}
		double m = mean(p);
		double s2 = 0;
		double s3 = 0;
		for (double v : p) {
			double d = v - m;
			s2 += d * d;
			s3 += d * d * d;
		}
		if (s2 == 0) {
			return Double.NaN;
		}
		double g = Math.sqrt(n) * s3 / Math.pow(s2, 1.5);
		return g * Math.sqrt((double) n * (n - 1)) / (n - 2);
	}

	/**
	 * Excess kurtosis, type 2: {@code r = n Σd⁴ / (Σd²)²},
	 * {@code G2 = ((n+1)(r−3) + 6)(n−1) / ((n−2)(n−3))}. NaN for fewer than 4 values or
	 * no spread.
	 */
	public static double kurt(double[] x) {
		double[] p = present(x);
		int n = p.length;
		if (n < 4) {
			return Double.NaN;
		}
		double m = mean(p);
		double s2 = 0;
		double s4 = 0;
		for (double v : p) {
			double d = v - m;
			s2 += d * d;
			s4 += d * d * d * d;
		}
		if (s2 == 0) {
			return Double.NaN;
		}
		double r = n * s4 / (s2 * s2);
		return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
	}

	/**
	 * Quantile by R's default method (type 7): linear interpolation between order
	 * statistics at {@code h = (n−1)p}.
	 */
	public static double quantile(double[] x, double p) {
		double[] s = present(x);
		if (s.length == 0) {
			return Double.NaN;
		}
		Arrays.sort(s);
		double h = (s.length - 1) * p;
		int lo = (int) Math.floor(h);
		int hi = Math.min(lo + 1, s.length - 1);
		return s[lo] + (h - lo) * (s[hi] - s[lo]);
	}

}
