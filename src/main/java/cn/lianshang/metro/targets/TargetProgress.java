package cn.lianshang.metro.targets;

import java.util.List;

import cn.lianshang.metro.progress.ProgressMeasure;
import cn.lianshang.metro.progress.ProgressMeasure.Observation;
import cn.lianshang.metro.progress.ProgressMeasure.Progress;
import cn.lianshang.metro.progress.ProgressStatus;

/**
 * Picks the base and current value of a target from the figures that measure it and
 * applies {@link ProgressMeasure}. Current: the latest figure. Base: the target's own
 * base year and value when the seed gives both, otherwise the earliest figure before the
 * current one. An annual target (an amount for its year alone) is measured only by a
 * figure of that year. Plain Java.
 */
final class TargetProgress {

	/**
	 * A value used in the calculation and where it comes from ({@code figureId} null for
	 * the target's own base).
	 */
	record Point(int year, double value, String figureId) {

	}

	record Result(ProgressStatus status, String statusLabel, String statusLabelEn, String openSdgStatus, Double ratio,
			Point base, Point current, List<String> figureIds) {

	}

	private TargetProgress() {
	}

	static Result of(PlanFigure target, List<PlanFigure> measuring) {
		List<PlanFigure> usable = measuring.stream()
			.filter(f -> f.year() != null)
			.filter(f -> !target.annual() || f.year().equals(target.year()))
			.toList();
		List<String> ids = measuring.stream().map(PlanFigure::id).toList();
		if (target.year() == null) {
			return result(ProgressMeasure.Progress.ofInsufficientData(), null, null, ids);
		}
		PlanFigure latest = null;
		for (PlanFigure f : usable) {
			if (latest == null || f.year() >= latest.year()) {
				latest = f;
			}
		}
		Point current = latest == null ? null : new Point(latest.year(), latest.value().doubleValue(), latest.id());
		Point base = null;
		if (target.baseYear() != null && target.baseValue() != null) {
			base = new Point(target.baseYear(), target.baseValue().doubleValue(), null);
		}
		else if (current != null) {
			for (PlanFigure f : usable) {
				if (f.year() < current.year() && (base == null || f.year() < base.year())) {
					base = new Point(f.year(), f.value().doubleValue(), f.id());
				}
			}
		}
		Progress p = ProgressMeasure.assess(observation(base), observation(current),
				new Observation(target.year(), target.value().doubleValue()), target.comparison());
		return result(p, base, current, ids);
	}

	private static Result result(Progress p, Point base, Point current, List<String> ids) {
		ProgressStatus s = p.status();
		return new Result(s, s.label(), s.labelEn(), s.openSdg(), p.ratio(), base, current, ids);
	}

	private static Observation observation(Point p) {
		return p == null ? null : new Observation(p.year(), p.value());
	}

}
