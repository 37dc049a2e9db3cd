package cn.lianshang.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.lianshang.matching.model.Weights;

/**
 * {@code lianshang.matching.*}. Any weight left out keeps its default
 * ({@link Weights#DEFAULT}).
 *
 * @param weights the weight of each soft criterion
 * @param candidates how many candidates retrieval hands to the ranking (the top K of the
 * index query)
 */
@ConfigurationProperties("lianshang.matching")
public record MatchingSettings(WeightSettings weights, Integer candidates) {

	public static final int DEFAULT_CANDIDATES = 200;

	public MatchingSettings {
		weights = weights == null ? new WeightSettings(null, null, null, null, null, null, null, null, null, null)
				: weights;
		candidates = candidates == null || candidates < 1 ? DEFAULT_CANDIDATES : candidates;
	}

	public record WeightSettings(Double process, Double material, Double tolerance, Double size, Double certification,
			Double capacity, Double leadTime, Double distance, Double reputation, Double price) {

		public Weights toWeights() {
			Weights d = Weights.DEFAULT;
			return new Weights(or(process, d.process()), or(material, d.material()), or(tolerance, d.tolerance()),
					or(size, d.size()), or(certification, d.certification()), or(capacity, d.capacity()),
					or(leadTime, d.leadTime()), or(distance, d.distance()), or(reputation, d.reputation()),
					or(price, d.price()));
		}

		private static double or(Double value, double fallback) {
			return value == null ? fallback : value;
		}

	}

}
