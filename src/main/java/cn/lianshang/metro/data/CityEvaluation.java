package cn.lianshang.metro.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.lianshang.metro.evaluation.Aggregation;
import cn.lianshang.metro.evaluation.Evaluation;
import cn.lianshang.metro.evaluation.EvaluationPipeline;
import cn.lianshang.metro.evaluation.EvaluationPlan;
import cn.lianshang.metro.evaluation.Framework;
import cn.lianshang.metro.evaluation.Imputation;
import cn.lianshang.metro.evaluation.Indicator;
import cn.lianshang.metro.evaluation.Matrix;
import cn.lianshang.metro.evaluation.Normalisation;
import cn.lianshang.metro.evaluation.OutlierTreatment;
import cn.lianshang.metro.evaluation.Ranking;
import cn.lianshang.metro.evaluation.Topsis;
import cn.lianshang.metro.evaluation.UnitData;
import cn.lianshang.metro.targets.PlanTargets;
import cn.lianshang.shared.web.InvalidInputException;

/**
 * The six-dimension evaluation of the cities and the zone from stored yearly values: the
 * matrix (units × city-level indicators of the catalogue) goes through the engine's
 * pipeline ({@link EvaluationPipeline}: column-mean imputation, screening at 50 %
 * availability, COINr's default outlier treatment, normalisation, weighted arithmetic
 * mean with equal weights within each dimension and across dimensions), every stage kept;
 * TOPSIS on the imputed values with the same effective weights is the alternative
 * ranking. Indicators with values for fewer than half of the units, or with the same
 * value everywhere, are left out and listed with the reason.
 */
@Service
public class CityEvaluation {

	/** Codes of the six dimensions, in the order of {@link PlanTargets#DIMENSIONS}. */
	public static final List<String> DIMENSION_KEYS = List.of("economy", "industry", "infrastructure", "ecology",
			"livelihood", "coordination");

	public static final String INDEX = "index";

	public record Unit(String code, String name) {

	}

	public record Used(String code, String name, String nameEn, String unit, String dimension, int direction,
			double weight, int present) {

	}

	public record Excluded(String code, String name, String nameEn, String reason, int present) {

	}

	/**
	 * One stage of the pipeline: its columns and, per unit, the values (null = missing).
	 */
	public record Stage(List<String> units, List<String> columns, List<List<Double>> rows) {

	}

	public record Score(String unit, String name, Map<String, Double> dimensions, double index, int rank, double topsis,
			int topsisRank) {

	}

	public record Result(int year, String normalisation, List<Unit> units, List<String> dimensions,
			List<Used> indicators, List<Excluded> excluded, Map<String, Stage> stages, List<String> screenedOut,
			List<OutlierTreatment.Record> treatment, List<Score> scores, int values, int demoValues) {

	}

	private final RecordingValues recording;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits units;

	CityEvaluation(RecordingValues recording, IndicatorCatalogue catalogue, OrgUnits units) {
		this.recording = recording;
		this.catalogue = catalogue;
		this.units = units;
	}

	/**
	 * The normalisations offered: {@code minmax} (default), {@code zscore}, {@code rank}.
	 */
	public static Normalisation normalisation(String name) {
		return switch (name == null ? "minmax" : name.toLowerCase(Locale.ROOT)) {
			case "minmax" -> Normalisation.MinMax.percent();
			case "zscore" -> Normalisation.ZScore.standard();
			case "rank" -> new Normalisation.Rank();
			default -> throw InvalidInputException.of("normalisation", "metro.evaluation.normalisation", name);
		};
	}

	/** The evaluation plan used for stored values. */
	public static EvaluationPlan plan(Normalisation normalisation) {
		return new EvaluationPlan(new Imputation.ColumnMean(), 0.5, OutlierTreatment.DEFAULTS, normalisation,
				Aggregation.ARITHMETIC, Map.of());
	}

	/**
	 * The data matrix of a year: cities and the zone × every city-level indicator (NaN
	 * where missing).
	 */
	public Matrix matrix(int year) {
		Map<ValueKey, DataValueView> values = recording.ofPeriod(Period.year(year));
		List<String> codes = units.cities().stream().map(OrgUnits.OrgUnit::code).toList();
		Map<String, double[]> columns = new LinkedHashMap<>();
		for (MetroIndicator i : catalogue.cityIndicators()) {
			double[] column = new double[codes.size()];
			for (int r = 0; r < codes.size(); r++) {
				DataValueView v = values.get(new ValueKey(i.code(), codes.get(r), String.valueOf(year)));
				column[r] = v == null ? Double.NaN : v.value().doubleValue();
			}
			columns.put(i.code(), column);
		}
		return Matrix.ofColumns(codes, columns);
	}

	public Result evaluate(int year, String normalisationName) {
		Normalisation normalisation = normalisation(normalisationName);
		Period period = Period.year(year);
		Matrix matrix = matrix(year);
		Map<ValueKey, DataValueView> stored = recording.ofPeriod(period);
		List<Used> used = new ArrayList<>();
		List<Excluded> excluded = new ArrayList<>();
		Map<String, List<MetroIndicator>> byDimension = new LinkedHashMap<>();
		for (MetroIndicator i : catalogue.cityIndicators()) {
			double[] x = matrix.column(i.code());
			double[] present = Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
			if (present.length * 2 < x.length || present.length < 2) {
				excluded.add(new Excluded(i.code(), i.name(), i.nameEn(), "too-few-values", present.length));
			}
			else if (Arrays.stream(present).distinct().count() == 1) {
				excluded.add(new Excluded(i.code(), i.name(), i.nameEn(), "no-variation", present.length));
			}
			else {
				byDimension.computeIfAbsent(dimensionKey(i), k -> new ArrayList<>()).add(i);
			}
		}
		if (byDimension.isEmpty()) {
			throw InvalidInputException.of("year", "metro.evaluation.no-data", year);
		}
		List<String> dimensions = DIMENSION_KEYS.stream().filter(byDimension::containsKey).toList();
		List<Indicator> nodes = new ArrayList<>();
		Map<String, Double> effective = new LinkedHashMap<>();
		for (String d : dimensions) {
			for (MetroIndicator i : byDimension.get(d)) {
				nodes.add(new Indicator(i.code(), 1, d, i.direction(), 1, null));
				double w = 1.0 / dimensions.size() / byDimension.get(d).size();
				effective.put(i.code(), w);
				int present = (int) Arrays.stream(matrix.column(i.code())).filter(v -> !Double.isNaN(v)).count();
				used.add(new Used(i.code(), i.name(), i.nameEn(), i.unit(), d, i.direction(), w, present));
			}
		}
		dimensions.forEach(d -> nodes.add(new Indicator(d, 2, INDEX, 1, 1, null)));
		nodes.add(new Indicator(INDEX, 3, null, 1, 1, null));
		Framework framework = new Framework(nodes);
		Evaluation run = EvaluationPipeline.run(new UnitData(matrix, null, Map.of()), framework, plan(normalisation));

		Matrix aggregated = run.aggregated();
		int[] ranks = run.ranks(INDEX);
		Matrix imputed = run.stage("Imputed").selectUnits(aggregated.units());
		List<String> codes = framework.indicatorCodes();
		double[][] x = imputed.selectColumns(codes).toArray();
		double[] w = codes.stream().mapToDouble(effective::get).toArray();
		int[] types = codes.stream().mapToInt(c -> framework.node(c).direction()).toArray();
		double[] closeness = Topsis.closeness(x, w, types, Topsis.Normalization.VECTOR);
		int[] topsisRanks = Ranking.descending(closeness);
		List<Score> scores = new ArrayList<>();
		for (int r = 0; r < aggregated.rows(); r++) {
			String unit = aggregated.units().get(r);
			Map<String, Double> dims = new LinkedHashMap<>();
			for (String d : dimensions) {
				dims.put(d, aggregated.get(unit, d));
			}
			scores.add(new Score(unit, units.name(unit), dims, aggregated.get(unit, INDEX), ranks[r], closeness[r],
					topsisRanks[r]));
		}
		Map<String, Stage> stages = new LinkedHashMap<>();
		run.stages().forEach((name, m) -> stages.put(name, stage(m)));
		int count = 0;
		int demo = 0;
		for (DataValueView v : stored.values()) {
			if (codes.contains(v.indicator()) && matrix.units().contains(v.orgUnit())) {
				count++;
				demo += v.demo() ? 1 : 0;
			}
		}
		List<Unit> unitList = matrix.units().stream().map(u -> new Unit(u, units.name(u))).toList();
		return new Result(year, normalisationName == null ? "minmax" : normalisationName.toLowerCase(Locale.ROOT),
				unitList, dimensions, used, excluded, stages, run.screenedOut(), run.treatment(), scores, count, demo);
	}

	static String dimensionKey(MetroIndicator i) {
		return DIMENSION_KEYS.get(PlanTargets.DIMENSIONS.indexOf(i.dimension()));
	}

	private static Stage stage(Matrix m) {
		List<List<Double>> rows = new ArrayList<>();
		for (int r = 0; r < m.rows(); r++) {
			List<Double> row = new ArrayList<>();
			for (double v : m.row(r)) {
				row.add(Double.isNaN(v) ? null : v);
			}
			rows.add(row);
		}
		return new Stage(m.units(), m.columns(), rows);
	}

}
