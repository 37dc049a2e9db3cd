package cn.lianshang.metro.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Brings indicators onto a common scale, column by column. As in COINr's
 * {@code Normalise()}, each column is first multiplied by its direction ({@code -1} for
 * "less is better"), so that after normalisation higher always means better. Missing
 * values stay missing.
 */
public sealed interface Normalisation {

	/** Normalises one direction-adjusted column. */
	double[] scale(double[] x);

	/**
	 * Applies this normalisation to every column, using each indicator's direction from
	 * the framework.
	 */
	default Matrix apply(Matrix data, Framework framework) {
		Map<String, double[]> out = new LinkedHashMap<>();
		for (String code : data.columns()) {
			int direction = framework.node(code).direction();
			double[] x = data.column(code);
			for (int i = 0; i < x.length; i++) {
				x[i] *= direction;
			}
			out.put(code, scale(x));
		}
		return Matrix.ofColumns(data.units(), out);
	}

	/** COINr {@code n_minmax(x, l_u)}: {@code (x − min)/(max − min) · (u − l) + l}. */
	record MinMax(double lower, double upper) implements Normalisation {

		public static MinMax percent() {
			return new MinMax(0, 100);
		}

		@Override
		public double[] scale(double[] x) {
			double min = Statistics.min(x);
			double max = Statistics.max(x);
			return Arrays.stream(x).map(v -> (v - min) / (max - min) * (upper - lower) + lower).toArray();
		}

	}

	/**
	 * COINr {@code n_zscore(x, m_sd)}: {@code (x − mean)/sd · sd' + mean'} with the
	 * sample sd.
	 */
	record ZScore(double mean, double sd) implements Normalisation {

		public static ZScore standard() {
			return new ZScore(0, 1);
		}

		@Override
		public double[] scale(double[] x) {
			double m = Statistics.mean(x);
			double s = Statistics.sd(x);
			return Arrays.stream(x).map(v -> (v - m) / s * sd + mean).toArray();
		}

	}

	/**
	 * Vector normalisation (as in TOPSIS): {@code x / sqrt(Σ x²)}. Applied to the
	 * direction-adjusted column, so a "less is better" indicator gets values ≤ 0 whose
	 * order is right for aggregation.
	 */
	record Vector() implements Normalisation {

		@Override
		public double[] scale(double[] x) {
			double ss = Arrays.stream(x).filter(v -> !Double.isNaN(v)).map(v -> v * v).sum();
			double norm = Math.sqrt(ss);
			return Arrays.stream(x).map(v -> v / norm).toArray();
		}

	}

	/**
	 * COINr {@code n_rank}: ranks from 1 (lowest) upward, ties get the average rank
	 * ({@code ties.method = "average"}).
	 */
	record Rank() implements Normalisation {

		@Override
		public double[] scale(double[] x) {
			Integer[] order = new Integer[x.length];
			int present = 0;
			for (int i = 0; i < x.length; i++) {
				if (!Double.isNaN(x[i])) {
					order[present++] = i;
				}
			}
			Integer[] idx = Arrays.copyOf(order, present);
			Arrays.sort(idx, Comparator.comparingDouble(i -> x[i]));
			double[] out = new double[x.length];
			Arrays.fill(out, Double.NaN);
			int k = 0;
			while (k < idx.length) {
				int j = k;
				while (j + 1 < idx.length && x[idx[j + 1]] == x[idx[k]]) {
					j++;
				}
				double avg = (k + 1 + j + 1) / 2.0;
				for (int t = k; t <= j; t++) {
					out[idx[t]] = avg;
				}
				k = j + 1;
			}
			return out;
		}

	}

}
