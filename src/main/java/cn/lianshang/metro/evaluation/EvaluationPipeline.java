package cn.lianshang.metro.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the stages of a composite-indicator evaluation in COINr's order — denominate,
 * impute, screen, treat, normalise, aggregate — and keeps each stage's output.
 */
public final class EvaluationPipeline {

	private EvaluationPipeline() {
	}

	public static Evaluation run(UnitData data, Framework framework, EvaluationPlan plan) {
		List<String> codes = framework.indicatorCodes();
		Map<String, Matrix> stages = new LinkedHashMap<>();
		Matrix raw = data.indicators().selectColumns(codes);
		stages.put("Raw", raw);
		Matrix denominated = data.denominators() == null ? raw
				: Denomination.apply(raw, data.denominators(), framework);
		stages.put("Denominated", denominated);
		Matrix imputed = plan.imputation().apply(denominated, data.groups());
		stages.put("Imputed", imputed);
		Screening.Screened screened = Screening.byAvailability(imputed, plan.availabilityThreshold());
		stages.put("Screened", screened.data());
		List<OutlierTreatment.Record> log = List.of();
		Matrix treated = screened.data();
		if (plan.treatment() != null) {
			OutlierTreatment.Treated t = OutlierTreatment.apply(treated, plan.treatment());
			treated = t.data();
			log = t.log();
		}
		stages.put("Treated", treated);
		Matrix normalised = plan.normalisation().apply(treated, framework);
		stages.put("Normalised", normalised);
		stages.put("Aggregated", plan.aggregation().aggregate(normalised, framework, plan.weights()));
		return new Evaluation(stages, screened.removed(), log, framework);
	}

}
