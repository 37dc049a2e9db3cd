package cn.lianshang.metro.evaluation;

import java.util.Map;

/**
 * The method choices of one evaluation run. {@code treatment} may be {@code null} to skip
 * outlier treatment; {@code weights} overrides framework weights by node code (e.g.
 * entropy weights for the indicators).
 */
public record EvaluationPlan(Imputation imputation, double availabilityThreshold, OutlierTreatment.Settings treatment,
		Normalisation normalisation, Aggregation aggregation, Map<String, Double> weights) {

	public EvaluationPlan {
		weights = Map.copyOf(weights);
	}

	/**
	 * COINr's {@code build_example_coin()}: group-mean imputation by the given grouping,
	 * screening at 90 % data availability, default treatment, min-max to [0, 100],
	 * weighted arithmetic mean.
	 */
	public static EvaluationPlan coinrExample(String groupColumn) {
		return new EvaluationPlan(new Imputation.GroupMean(groupColumn), 0.9, OutlierTreatment.DEFAULTS,
				Normalisation.MinMax.percent(), Aggregation.ARITHMETIC, Map.of());
	}

	public EvaluationPlan with(Normalisation n, Aggregation a, Map<String, Double> w) {
		return new EvaluationPlan(imputation, availabilityThreshold, treatment, n, a, w);
	}

}
