package cn.lianshang.metro.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The plan targets the seeds set ({@code GET /api/v1/metro/targets}, fixed in
 * API-CONTRACT.md) with their progress status, and the progress figures the seeds report
 * ({@code GET /api/v1/metro/progress-figures}). Any signed-in user.
 */
@RestController
@RequestMapping("/api/v1/metro")
@Tag(name = "metro", description = "都市圈监测：规划目标与进展 / metropolitan monitoring: plan targets and progress")
class TargetsApi {

	/**
	 * A target. The first eight fields are the fixed contract; {@code targetYear} is null
	 * where the seed names no year. {@code indicatorCode} and {@code orgUnit}: the
	 * indicator data that measure the target too (null when not linked).
	 */
	record TargetView(String indicator, String unit, String scope, Integer targetYear, BigDecimal targetValue,
			String comparison, String sourceFile, String quote, String id, String indicatorEn, Integer baseYear,
			BigDecimal baseValue, String dimension, String binding, boolean annual, String indicatorCode,
			String orgUnit, TargetProgress.Result progress) {

	}

	/**
	 * A figure the seeds report as reached; {@code measures} is the id of the target it
	 * measures, if any.
	 */
	record ProgressFigureView(String id, String indicator, String indicatorEn, String unit, String scope, Integer year,
			BigDecimal value, String comparison, String sourceFile, String quote, String dimension, String measures) {

	}

	private final PlanFigures figures;

	private final StoredValues stored;

	TargetsApi(PlanFigures figures, StoredValues stored) {
		this.figures = figures;
		this.stored = stored;
	}

	@GetMapping("/targets")
	@Operation(summary = "Plan targets from the seed documents, with their progress status (Open SDG method)",
			description = "Each target quotes the seed's own clause verbatim (quote, sourceFile). Filters: scope "
					+ "(都市圈, 沈阳市, …, 全省), dimension (one of the six: 经济质效, 产业发展, 设施联通, 生态共保, 民生服务, "
					+ "区域协调), year (the target year). progress.status: ACHIEVED, ON_TRACK, NEEDS_ACCELERATION, "
					+ "LIMITED_PROGRESS, DETERIORATION or INSUFFICIENT_DATA, from the seeds' progress figures and, for a "
					+ "target linked to an indicator and org unit (indicatorCode, orgUnit), the yearly values "
					+ "stored for them (progress.base / progress.current say which value was used; "
					+ "progress.demo: a synthetic demo value took part).")
	List<TargetView> targets(@RequestParam(required = false) String scope,
			@RequestParam(required = false) String dimension, @RequestParam(required = false) Integer year) {
		Predicate<PlanFigure> filter = filter(scope, dimension, year);
		return figures.targets().stream().filter(filter).map(this::view).toList();
	}

	@GetMapping("/targets/{id}")
	@Operation(summary = "One plan target with its progress status")
	TargetView target(@PathVariable String id) {
		return figures.find(id)
			.filter(PlanFigure::isTarget)
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("target", id));
	}

	@GetMapping("/progress-figures")
	@Operation(summary = "Progress figures reported in the seed documents (figures reached, e.g. 沈白高铁 78%)",
			description = "Same filters as /targets; year is the year the figure refers to.")
	List<ProgressFigureView> progressFigures(@RequestParam(required = false) String scope,
			@RequestParam(required = false) String dimension, @RequestParam(required = false) Integer year) {
		Predicate<PlanFigure> filter = filter(scope, dimension, year);
		return figures.progressFigures()
			.stream()
			.filter(filter)
			.map(f -> new ProgressFigureView(f.id(), f.indicator(), f.indicatorEn(), f.unit(), f.scope(), f.year(),
					f.value(), f.comparison().symbol(), f.sourceFile(), f.quote(), f.dimension(), f.measures()))
			.toList();
	}

	private TargetView view(PlanFigure t) {
		return new TargetView(t.indicator(), t.unit(), t.scope(), t.year(), t.value(), t.comparison().symbol(),
				t.sourceFile(), t.quote(), t.id(), t.indicatorEn(), t.baseYear(), t.baseValue(), t.dimension(),
				t.binding(), t.annual(), t.indicatorCode(), t.orgUnit(), figures.progress(t, stored));
	}

	private static Predicate<PlanFigure> filter(String scope, String dimension, Integer year) {
		List<FieldProblem> problems = new ArrayList<>();
		if (scope != null && !PlanFigures.SCOPES.contains(scope)) {
			problems.add(new FieldProblem("scope", "metro.targets.scope", scope));
		}
		if (dimension != null && !PlanFigures.DIMENSIONS.contains(dimension)) {
			problems.add(new FieldProblem("dimension", "metro.targets.dimension", dimension));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return f -> (scope == null || scope.equals(f.scope())) && (dimension == null || dimension.equals(f.dimension()))
				&& (year == null || year.equals(f.year()));
	}

}
