package cn.lianshang.metro.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import cn.lianshang.metro.data.CityEvaluation;
import cn.lianshang.metro.data.DataValueView;
import cn.lianshang.metro.data.Period;
import cn.lianshang.metro.data.RecordingValues;
import cn.lianshang.metro.data.ValueKey;
import cn.lianshang.metro.evaluation.OutlierTreatment;
import cn.lianshang.metro.progress.ProgressStatus;
import cn.lianshang.metro.projects.KeyProjectView;
import cn.lianshang.metro.projects.TrackingProjects;
import cn.lianshang.metro.targets.PlanTargets;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;

/**
 * The annual evaluation report of one year, the same for its HTML and its PDF form: the
 * six-dimension scores and the ranking of the cities and the zone
 * ({@link CityEvaluation}, min-max normalisation), the method written out with this
 * year's figures (indicators, weights, outlier treatment, TOPSIS), the plan targets with
 * their Open SDG status, the key projects, and where the values come from (how many are
 * synthetic demo values, how many come from a seed document or another source). Texts in
 * the caller's language.
 */
@Service
class AnnualReport {

	/** The most key projects a report lists. */
	static final int MAX_PROJECTS = 60;

	private final CityEvaluation evaluation;

	private final RecordingValues recording;

	private final PlanTargets targets;

	private final TrackingProjects projects;

	private final Messages messages;

	AnnualReport(CityEvaluation evaluation, RecordingValues recording, PlanTargets targets, TrackingProjects projects,
			Messages messages) {
		this.evaluation = evaluation;
		this.recording = recording;
		this.targets = targets;
		this.projects = projects;
		this.messages = messages;
	}

	/** How many values a source contributed. */
	record SourceCount(String source, long values, boolean demo) {

	}

	/**
	 * Where the evaluated values come from: all values of the year, the synthetic demo
	 * ones among them, and the sources with their counts (most first).
	 */
	record Provenance(int values, int demoValues, List<SourceCount> sources) {

		public boolean synthetic() {
			return demoValues > 0;
		}

	}

	/** One status of the target bar and how many targets have it. */
	record StatusCount(ProgressStatus status, long count) {

	}

	/**
	 * The report; {@code result} is null (and {@code problem} says why) when the year has
	 * too little data to evaluate.
	 */
	record Report(int year, String title, CityEvaluation.Result result, String problem,
			List<CityEvaluation.Score> ranked, List<String> dimensionNames, List<String> method,
			List<PlanTargets.Target> targets, List<StatusCount> statuses, List<KeyProjectView> projects,
			long projectCount, Provenance provenance) {

	}

	Report build(int year) {
		CityEvaluation.Result result = null;
		String problem = null;
		try {
			result = evaluation.evaluate(year, "minmax");
		}
		catch (InvalidInputException e) {
			problem = messages.get("error." + e.problems().get(0).code(), e.problems().get(0).args());
		}
		List<CityEvaluation.Score> ranked = result == null ? List.of()
				: result.scores().stream().sorted(Comparator.comparingInt(CityEvaluation.Score::rank)).toList();
		List<String> dimensionNames = result == null ? List.of()
				: result.dimensions().stream().map(d -> messages.get("metro.dimension." + d)).toList();
		List<PlanTargets.Target> all = targets.targets(null);
		Map<ProgressStatus, Long> counts = new EnumMap<>(ProgressStatus.class);
		all.forEach(t -> counts.merge(t.status(), 1L, Long::sum));
		List<StatusCount> statuses = new ArrayList<>();
		for (ProgressStatus s : ProgressStatus.values()) {
			statuses.add(new StatusCount(s, counts.getOrDefault(s, 0L)));
		}
		var page = projects.search(null, null, null, PageRequest.of(0, MAX_PROJECTS));
		return new Report(year, messages.get("metro.report.title", String.valueOf(year)), result, problem, ranked,
				dimensionNames, result == null ? List.of() : method(result), all, statuses, page.getContent(),
				page.getTotalElements(), provenance(year, result));
	}

	private Provenance provenance(int year, CityEvaluation.Result result) {
		Map<ValueKey, DataValueView> values = recording.ofPeriod(Period.year(year));
		List<String> used = result == null ? List.of()
				: result.indicators().stream().map(CityEvaluation.Used::code).toList();
		List<String> units = result == null ? List.of()
				: result.units().stream().map(CityEvaluation.Unit::code).toList();
		Map<String, Long> bySource = new LinkedHashMap<>();
		Map<String, Boolean> demo = new LinkedHashMap<>();
		int count = 0;
		int demoCount = 0;
		for (DataValueView v : values.values()) {
			if (!used.contains(v.indicator()) || !units.contains(v.orgUnit())) {
				continue;
			}
			count++;
			demoCount += v.demo() ? 1 : 0;
			bySource.merge(v.source(), 1L, Long::sum);
			demo.merge(v.source(), v.demo(), Boolean::logicalOr);
		}
		List<SourceCount> sources = bySource.entrySet()
			.stream()
			.map(e -> new SourceCount(e.getKey(), e.getValue(), demo.get(e.getKey())))
			.sorted(Comparator.comparingLong(SourceCount::values).reversed())
			.collect(Collectors.toList());
		return new Provenance(count, demoCount, sources);
	}

	/** The method, one paragraph per stage, with this year's figures. */
	private List<String> method(CityEvaluation.Result r) {
		List<String> p = new ArrayList<>();
		p.add(messages.get("metro.report.method.data", String.valueOf(r.year()), r.units().size(),
				r.indicators().size(), r.excluded().size()));
		p.add(messages.get("metro.report.method.imputation"));
		String treated = r.treatment()
			.stream()
			.filter(OutlierTreatment.Record::treated)
			.map(OutlierTreatment.Record::indicator)
			.collect(Collectors.joining(", "));
		p.add(messages.get("metro.report.method.outliers") + " "
				+ (treated.isEmpty() ? messages.get("metro.report.method.outliers.none")
						: messages.get("metro.report.method.outliers.some", treated)));
		p.add(messages.get("metro.report.method.norm." + r.normalisation()));
		p.add(messages.get("metro.report.method.weights", r.dimensions().size()));
		p.add(messages.get("metro.report.method.aggregation"));
		p.add(messages.get("metro.report.method.topsis"));
		p.add(messages.get("metro.report.method.progress"));
		return p;
	}

}
