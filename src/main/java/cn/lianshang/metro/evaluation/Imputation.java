package cn.lianshang.metro.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Fills missing values column by column (COINr's {@code Impute(impute_by = "column")}).
 * The choices, each named as in COINr:
 * <ul>
 * <li>{@link ColumnMean} — {@code i_mean}: the mean of the column's present values;</li>
 * <li>{@link ColumnMedian} — {@code i_median}: their median;</li>
 * <li>{@link GroupMean} — {@code i_mean_grp}: the mean of the present values of the units
 * in the same group (e.g. {@code EurAsia_group}); units without a group are left as they
 * are, and a group with no present value stays missing.</li>
 * </ul>
 */
public sealed interface Imputation {

	Matrix apply(Matrix data, Map<String, Map<String, String>> groups);

	/** Leaves the data as it is. */
	record None() implements Imputation {

		@Override
		public Matrix apply(Matrix data, Map<String, Map<String, String>> groups) {
			return data;
		}

	}

	record ColumnMean() implements Imputation {

		@Override
		public Matrix apply(Matrix data, Map<String, Map<String, String>> groups) {
			return fill(data, col -> replaceMissing(col, Statistics.mean(col)));
		}

	}

	record ColumnMedian() implements Imputation {

		@Override
		public Matrix apply(Matrix data, Map<String, Map<String, String>> groups) {
			return fill(data, col -> replaceMissing(col, Statistics.median(col)));
		}

	}

	/**
	 * @param groupColumn the name of the grouping (a key of the groups map handed to
	 * {@link #apply})
	 */
	record GroupMean(String groupColumn) implements Imputation {

		@Override
		public Matrix apply(Matrix data, Map<String, Map<String, String>> groups) {
			Map<String, String> groupOf = groups.get(groupColumn);
			if (groupOf == null) {
				throw new IllegalArgumentException("no grouping " + groupColumn);
			}
			Map<String, List<Integer>> members = new LinkedHashMap<>();
			for (int r = 0; r < data.rows(); r++) {
				String g = groupOf.get(data.units().get(r));
				if (g != null) {
					members.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
				}
			}
			return fill(data, col -> {
				double[] out = col.clone();
				for (List<Integer> rows : members.values()) {
					double[] sub = rows.stream().mapToDouble(r -> col[r]).toArray();
					double m = Statistics.mean(sub);
					for (int r : rows) {
						if (Double.isNaN(out[r])) {
							out[r] = m;
						}
					}
				}
				return out;
			});
		}

	}

	private static double[] replaceMissing(double[] col, double value) {
		double[] out = col.clone();
		for (int r = 0; r < out.length; r++) {
			if (Double.isNaN(out[r])) {
				out[r] = value;
			}
		}
		return out;
	}

	private static Matrix fill(Matrix data, UnaryOperator<double[]> perColumn) {
		Map<String, double[]> out = new LinkedHashMap<>();
		for (String c : data.columns()) {
			out.put(c, perColumn.apply(data.column(c)));
		}
		return Matrix.ofColumns(data.units(), out);
	}

}
