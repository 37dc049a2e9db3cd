package cn.lianshang.metro.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.lianshang.metro.progress.ProgressMeasure;
import cn.lianshang.metro.progress.ProgressMeasure.Observation;
import cn.lianshang.metro.progress.ProgressMeasure.Progress;
import cn.lianshang.metro.progress.ProgressStatus;

/**
 * Picks the base and current value of a target and applies {@link ProgressMeasure}, as
 * Open SDG (sdg-build) does.
 * <p>
 * The series: the progress figures of the seeds that measure the target, and, when the
 * target is linked to an indicator and org unit, the yearly values stored for them. One
 * value per year; when a year has several, a stored value entered as real data wins over
 * a seed's figure, and a seed's figure over a synthetic demo value. An annual target (an
 * amount for its year alone) is measured only by a value of that year.
 * <p>
 * Current: the value of the latest year. Base: the target's own base year and value when
 * the seed gives both; otherwise the value of the base year (the target's base year, or
 * {@link #DEFAULT_BASE_YEAR}, the last year before the 14th five-year plan that the
 * seeds' targets belong to) or, when that year has no value, of the first year after it
 * that has one (as sdg-build puts it, if the base year is not in the available data, the
 * next available year). Values before the base year play no part. Plain Java.
 */
final class TargetProgress {

	/** The base year of a target whose seed names none (十四五: 2021–2025, base 2020). */
	static final int DEFAULT_BASE_YEAR = 2020;

	/** Where a value of the calculation comes from. */
	enum Origin {

		/** The target's own base value, as the seed states it. */
		TARGET_BASE,
		/** A progress figure of a seed ({@code figureId}). */
		SEED_FIGURE,
		/** A value stored in the indicator data ({@code demo} if synthetic). */
		STORED_VALUE

	}

	/**
	 * A value used in the calculation and where it comes from ({@code figureId} only for
	 * a seed figure; {@code source} the stored value's source).
	 */
	record Point(int year, double value, String figureId, Origin origin, boolean demo, String source) {

		int rank() {
			return switch (origin) {
				case STORED_VALUE -> demo ? 0 : 2;
				case SEED_FIGURE, TARGET_BASE -> 1;
			};
		}

	}

	/**
	 * {@code indicatorCode} and {@code orgUnit}: the link whose stored values were read
	 * (null when the target is not linked); {@code demo}: a demo value took part.
	 */
	record Result(ProgressStatus status, String statusLabel, String statusLabelEn, String openSdgStatus, Double ratio,
			Point base, Point current, List<String> figureIds, String indicatorCode, String orgUnit, int baseYear,
			boolean demo) {

	}

	private TargetProgress() {
	}

	/** The seeds' figures alone. */
	static Result of(PlanFigure target, List<PlanFigure> measuring) {
		return of(target, measuring, List.of());
	}

	static Result of(PlanFigure target, List<PlanFigure> measuring, List<StoredValues.Value> stored) {
		List<String> ids = measuring.stream().map(PlanFigure::id).toList();
		int baseYear = target.baseYear() != null ? target.baseYear() : DEFAULT_BASE_YEAR;
		if (target.year() == null) {
			return result(Progress.ofInsufficientData(), null, null, ids, target, baseYear);
		}
		Map<Integer, Point> series = new TreeMap<>();
		for (PlanFigure f : measuring) {
			if (f.year() != null) {
				put(series, new Point(f.year(), f.value().doubleValue(), f.id(), Origin.SEED_FIGURE, false, null));
			}
		}
		for (StoredValues.Value v : stored) {
			put(series, new Point(v.year(), v.value().doubleValue(), null, Origin.STORED_VALUE, v.demo(), v.source()));
		}
		List<Point> usable = new ArrayList<>();
		for (Point p : series.values()) {
			if (!target.annual() || p.year() == target.year()) {
				usable.add(p);
			}
		}
		Point current = usable.isEmpty() ? null : usable.get(usable.size() - 1);
		Point base = null;
		if (target.baseYear() != null && target.baseValue() != null) {
			base = new Point(target.baseYear(), target.baseValue().doubleValue(), null, Origin.TARGET_BASE, false,
					null);
		}
		else {
			base = usable.stream().filter(p -> p.year() >= baseYear).findFirst().orElse(null);
		}
		Progress p = ProgressMeasure.assess(observation(base), observation(current),
				new Observation(target.year(), target.value().doubleValue()), target.comparison());
		return result(p, base, current, ids, target, baseYear);
	}

	private static void put(Map<Integer, Point> series, Point p) {
		Point there = series.get(p.year());
		if (there == null || p.rank() > there.rank()) {
			series.put(p.year(), p);
		}
	}

	private static Result result(Progress p, Point base, Point current, List<String> ids, PlanFigure target,
			int baseYear) {
		ProgressStatus s = p.status();
		boolean demo = (base != null && base.demo()) || (current != null && current.demo());
		return new Result(s, s.label(), s.labelEn(), s.openSdg(), p.ratio(), base, current, ids, target.indicatorCode(),
				target.orgUnit(), baseYear, demo);
	}

	private static Observation observation(Point p) {
		return p == null ? null : new Observation(p.year(), p.value());
	}

}
