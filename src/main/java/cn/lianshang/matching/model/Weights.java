package cn.lianshang.matching.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much each soft criterion counts (the defaults add up to 1). Only relative sizes
 * matter: a match's score is the weighted mean of the criteria that apply to it (price,
 * for one, applies only when both sides name one), so it lies in 0–1.
 */
public record Weights(double process, double material, double tolerance, double size, double certification,
		double capacity, double leadTime, double distance, double reputation, double price) {

	public static final Weights DEFAULT = new Weights(0.25, 0.15, 0.12, 0.05, 0.08, 0.10, 0.10, 0.10, 0.03, 0.02);

	public Weights {
		for (double w : new double[] { process, material, tolerance, size, certification, capacity, leadTime, distance,
				reputation, price }) {
			if (w < 0 || Double.isNaN(w)) {
				throw new IllegalArgumentException("weights must be non-negative");
			}
		}
	}

	public double of(String criterion) {
		return switch (criterion) {
			case Criteria.PROCESS -> process;
			case Criteria.MATERIAL -> material;
			case Criteria.TOLERANCE -> tolerance;
			case Criteria.SIZE -> size;
			case Criteria.CERTIFICATION -> certification;
			case Criteria.CAPACITY -> capacity;
			case Criteria.LEAD_TIME -> leadTime;
			case Criteria.DISTANCE -> distance;
			case Criteria.REPUTATION -> reputation;
			case Criteria.PRICE -> price;
			default -> throw new IllegalArgumentException("unknown criterion " + criterion);
		};
	}

	public Map<String, Double> asMap() {
		Map<String, Double> m = new LinkedHashMap<>();
		for (String c : Criteria.ALL) {
			m.put(c, of(c));
		}
		return m;
	}

}
