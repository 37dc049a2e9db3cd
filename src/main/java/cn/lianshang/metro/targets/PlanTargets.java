package cn.lianshang.metro.targets;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.lianshang.metro.progress.ProgressStatus;

/**
 * The plan targets (with their progress status) and the progress figures of the seed
 * documents, for the metro web pages: the same figures and the same calculation as
 * {@link TargetsApi}, as public values.
 */
@Service
public class PlanTargets {

	/** The six dimensions of the plan, in the order the pages show them. */
	public static final List<String> DIMENSIONS = List.of("经济质效", "产业发展", "设施联通", "生态共保", "民生服务", "区域协调");

	/** The scopes a figure may have, in the order the pages offer them. */
	public static final List<String> SCOPES = List.of("都市圈", "沈阳市", "鞍山市", "抚顺市", "本溪市", "阜新市", "辽阳市", "铁岭市",
			"沈抚改革创新示范区", "全省");

	/**
	 * A target; {@code ratio} is the Open SDG ratio of actual to required growth, null
	 * when none was computed; {@code currentYear}/{@code currentValue} and
	 * {@code usedBaseYear}/{@code usedBaseValue} the values the status was computed from
	 * (null when missing); {@code demo} a synthetic demo value took part.
	 */
	public record Target(String id, String indicator, String indicatorEn, String unit, String scope, Integer year,
			BigDecimal value, String comparison, Integer baseYear, BigDecimal baseValue, String dimension,
			String binding, String sourceFile, String quote, ProgressStatus status, Double ratio, String indicatorCode,
			String orgUnit, Integer currentYear, Double currentValue, Integer usedBaseYear, Double usedBaseValue,
			boolean demo) {

	}

	/** A target linked to an indicator of the catalogue and an org unit. */
	public record Link(String target, String indicator, String orgUnit, String unit) {

	}

	/**
	 * A figure reported as reached; {@code measures} is the id of the target it measures,
	 * if any.
	 */
	public record Figure(String id, String indicator, String indicatorEn, String unit, String scope, Integer year,
			BigDecimal value, String comparison, String dimension, String measures, String sourceFile, String quote) {

	}

	private final PlanFigures figures;

	private final StoredValues stored;

	PlanTargets(PlanFigures figures, StoredValues stored) {
		this.figures = figures;
		this.stored = stored;
	}

	/** The targets linked to an indicator and org unit, in file order. */
	public List<Link> links() {
		return figures.linked().stream().map(t -> new Link(t.id(), t.indicatorCode(), t.orgUnit(), t.unit())).toList();
	}

	/**
	 * The targets of a scope, or all of them when {@code scope} is null or not one of
	 * {@link #SCOPES}.
	 */
	public List<Target> targets(String scope) {
		return figures.targets().stream().filter(f -> inScope(f, scope)).map(t -> {
			TargetProgress.Result p = figures.progress(t, stored);
			return new Target(t.id(), t.indicator(), t.indicatorEn(), t.unit(), t.scope(), t.year(), t.value(),
					t.comparison().symbol(), t.baseYear(), t.baseValue(), t.dimension(), t.binding(), t.sourceFile(),
					t.quote(), p.status(), p.ratio(), t.indicatorCode(), t.orgUnit(),
					p.current() == null ? null : p.current().year(), p.current() == null ? null : p.current().value(),
					p.base() == null ? null : p.base().year(), p.base() == null ? null : p.base().value(), p.demo());
		}).toList();
	}

	/** The progress figures of a scope, or all of them. */
	public List<Figure> progressFigures(String scope) {
		return figures.progressFigures()
			.stream()
			.filter(f -> inScope(f, scope))
			.map(f -> new Figure(f.id(), f.indicator(), f.indicatorEn(), f.unit(), f.scope(), f.year(), f.value(),
					f.comparison().symbol(), f.dimension(), f.measures(), f.sourceFile(), f.quote()))
			.toList();
	}

	private static boolean inScope(PlanFigure f, String scope) {
		return scope == null || !SCOPES.contains(scope) || scope.equals(f.scope());
	}

}
