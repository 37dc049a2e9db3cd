package cn.lianshang.metro.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines children into their parent, level by level up the framework (COINr's
 * {@code Aggregate()}): level-2 aggregates from the normalised indicators, level 3 from
 * level 2, and so on. The weights are relative among siblings; a missing child is skipped
 * and the remaining weights are rescaled, as COINr's {@code a_amean} and {@code a_gmean}
 * do.
 */
public enum Aggregation {

	/** COINr {@code a_amean}: {@code Σ wᵢxᵢ / Σ wᵢ}. */
	ARITHMETIC {
		@Override
		public double combine(double[] x, double[] w) {
			double sw = 0;
			double s = 0;
			for (int i = 0; i < x.length; i++) {
				if (!Double.isNaN(x[i])) {
					sw += w[i];
					s += w[i] * x[i];
				}
			}
			return sw == 0 ? Double.NaN : s / sw;
		}
	},

	/**
	 * COINr {@code a_gmean}: {@code exp(Σ wᵢ ln xᵢ / Σ wᵢ)}; needs positive values (use a
	 * min-max normalisation with a lower bound above zero, e.g. [1, 100]).
	 */
	GEOMETRIC {
		@Override
		public double combine(double[] x, double[] w) {
			double sw = 0;
			double s = 0;
			for (int i = 0; i < x.length; i++) {
				if (!Double.isNaN(x[i])) {
					if (x[i] <= 0) {
						throw new IllegalArgumentException("the geometric mean needs positive values, got " + x[i]);
					}
					sw += w[i];
					s += w[i] * Math.log(x[i]);
				}
			}
			return sw == 0 ? Double.NaN : Math.exp(s / sw);
		}
	};

	/** Combines the values {@code x} with the relative weights {@code w}. */
	public abstract double combine(double[] x, double[] w);

	/**
	 * The normalised indicators with every aggregate appended as a column (levels 2 …
	 * top, in framework order), like COINr's {@code Aggregated} data set.
	 * @param weights weight of each node by code; nodes not named take the framework's
	 * weight
	 */
	public Matrix aggregate(Matrix normalised, Framework framework, Map<String, Double> weights) {
		Matrix current = normalised;
		for (int level = 2; level <= framework.topLevel(); level++) {
			Map<String, double[]> added = new LinkedHashMap<>();
			for (Indicator parent : framework.atLevel(level)) {
				List<Indicator> children = framework.childrenOf(parent.code());
				double[] w = children.stream().mapToDouble(c -> weights.getOrDefault(c.code(), c.weight())).toArray();
				double[] values = new double[current.rows()];
				for (int r = 0; r < current.rows(); r++) {
					double[] x = new double[children.size()];
					for (int k = 0; k < x.length; k++) {
						x[k] = current.get(r, current.columnOf(children.get(k).code()));
					}
					values[r] = combine(x, w);
				}
				added.put(parent.code(), values);
			}
			current = current.withColumns(added);
		}
		return current;
	}

	public Matrix aggregate(Matrix normalised, Framework framework) {
		return aggregate(normalised, framework, Map.of());
	}

}
