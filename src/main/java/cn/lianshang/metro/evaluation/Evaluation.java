package cn.lianshang.metro.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of an evaluation run with every stage kept, named as COINr names its data
 * sets: {@code Raw}, {@code Denominated}, {@code Imputed}, {@code Screened},
 * {@code Treated}, {@code Normalised}, {@code Aggregated}.
 */
public record Evaluation(Map<String, Matrix> stages, List<String> screenedOut, List<OutlierTreatment.Record> treatment,
		Framework framework) {

	public static final List<String> STAGES = List.of("Raw", "Denominated", "Imputed", "Screened", "Treated",
			"Normalised", "Aggregated");

	public Evaluation {
		stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
		screenedOut = List.copyOf(screenedOut);
		treatment = List.copyOf(treatment);
	}

	public Matrix stage(String name) {
		Matrix m = stages.get(name);
		if (m == null) {
			throw new IllegalArgumentException("no stage " + name + "; stages are " + STAGES);
		}
		return m;
	}

	public Matrix aggregated() {
		return stage("Aggregated");
	}

	/** Ranks (1 = best) of the units on one column of the aggregated stage. */
	public int[] ranks(String column) {
		return Ranking.descending(aggregated().column(column));
	}

}
