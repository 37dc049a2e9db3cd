package cn.lianshang.appeals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Role;
import cn.lianshang.access.Scope;
import cn.lianshang.appeals.model.AppealFacts;
import cn.lianshang.appeals.model.AppealMetrics;
import cn.lianshang.appeals.model.HandlingTime;
import cn.lianshang.appeals.model.WorkingCalendar;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.NotFoundException;

/**
 * The metrics per division: the appeals filed in the period whose location lies within
 * the division, counted as {@link AppealMetrics} defines. Without a division the rows are
 * the caller's whole scope (the seven cities and the zone for an administrator, the
 * handler's own division) and the units directly below it.
 */
@Service
class MeasuringAppeals {

	static final int MAX_PERIOD_DAYS = 3660;

	private final Appeals appeals;

	private final Regions regions;

	private final CurrentUser currentUser;

	private final WorkingDays workingDays;

	MeasuringAppeals(Appeals appeals, Regions regions, CurrentUser currentUser, WorkingDays workingDays) {
		this.workingDays = workingDays;
		this.appeals = appeals;
		this.regions = regions;
		this.currentUser = currentUser;
	}

	record Row(String division, String name, long received, long dispatched, long acceptedOnTime, long closed,
			long closedOnTime, long resolved, long satisfied, long reopened, long returned, Double acceptedOnTimeRate,
			Double closedRate, Double closedOnTimeRate, Double resolvedRate, Double satisfiedRate, Double reopenedRate,
			Double returnedRate, Double meanHandlingDays, Integer medianHandlingDays, Integer p90HandlingDays) {

		static Row of(Region r, AppealMetrics m, HandlingTime t) {
			return new Row(r.code(), r.name(), m.received(), m.dispatched(), m.acceptedOnTime(), m.closed(),
					m.closedOnTime(), m.resolved(), m.satisfied(), m.reopened(), m.returned(), m.acceptedOnTimeRate(),
					m.closedRate(), m.closedOnTimeRate(), m.resolvedRate(), m.satisfiedRate(), m.reopenedRate(),
					m.returnedRate(), t.mean(), t.median(), t.p90());
		}

	}

	/**
	 * The figures of one responsible (lead) unit: the appeals of the report's population
	 * whose lead unit it is now. {@code unit} is null for appeals that have none now
	 * (returned, waiting to be dispatched again).
	 */
	record UnitRow(String unit, String name, long received, long dispatched, long acceptedOnTime, long closed,
			long closedOnTime, long resolved, long satisfied, long reopened, long returned, Double acceptedOnTimeRate,
			Double closedRate, Double closedOnTimeRate, Double resolvedRate, Double satisfiedRate, Double reopenedRate,
			Double returnedRate, Double meanHandlingDays, Integer medianHandlingDays, Integer p90HandlingDays) {

		static UnitRow of(String code, String name, AppealMetrics m, HandlingTime t) {
			return new UnitRow(code, name, m.received(), m.dispatched(), m.acceptedOnTime(), m.closed(),
					m.closedOnTime(), m.resolved(), m.satisfied(), m.reopened(), m.returned(), m.acceptedOnTimeRate(),
					m.closedRate(), m.closedOnTimeRate(), m.resolvedRate(), m.satisfiedRate(), m.reopenedRate(),
					m.returnedRate(), t.mean(), t.median(), t.p90());
		}

	}

	/** One month of the period (by the month of filing, UTC+8). */
	record MonthRow(YearMonth month, long received, long closed, long returned, long reopened, Double closedOnTimeRate,
			Double satisfiedRate, Integer p90HandlingDays) {
	}

	record Report(LocalDate from, LocalDate to, List<Row> divisions, List<UnitRow> units) {
	}

	/** The dashboard: the report and its months. */
	record Dashboard(Report report, List<MonthRow> months) {
	}

	@Transactional(readOnly = true)
	Dashboard dashboard(LocalDate from, LocalDate to) {
		Collected c = collect(null, from, to);
		WorkingCalendar calendar = workingDays.calendar();
		Map<YearMonth, List<AppealFacts>> byMonth = new TreeMap<>();
		for (YearMonth m = YearMonth.from(c.report().from()); !m.isAfter(YearMonth.from(c.report().to())); m = m
			.plusMonths(1)) {
			byMonth.put(m, new ArrayList<>());
		}
		for (AppealFacts f : c.facts()) {
			byMonth
				.computeIfAbsent(YearMonth.from(f.filedAt().atZoneSameInstant(AppealMetrics.ZONE)),
						k -> new ArrayList<>())
				.add(f);
		}
		List<MonthRow> months = new ArrayList<>();
		byMonth.forEach((month, facts) -> {
			AppealMetrics m = AppealMetrics.of(facts);
			months.add(new MonthRow(month, m.received(), m.closed(), m.returned(), m.reopened(), m.closedOnTimeRate(),
					m.satisfiedRate(), HandlingTime.of(facts, calendar).p90()));
		});
		return new Dashboard(c.report(), months);
	}

	@Transactional(readOnly = true)
	Report measure(String division, LocalDate from, LocalDate to) {
		return collect(division, from, to).report();
	}

	/** The report and the facts of its whole population. */
	private record Collected(Report report, List<AppealFacts> facts) {
	}

	private Collected collect(String division, LocalDate from, LocalDate to) {
		LocalDate end = to == null ? LocalDate.now(AppealMetrics.ZONE) : to;
		LocalDate start = from == null ? end.minusDays(29) : from;
		if (start.isAfter(end) || start.plusDays(MAX_PERIOD_DAYS).isBefore(end)) {
			throw InvalidInputException.of("from", "appeals.period", MAX_PERIOD_DAYS);
		}
		Scope scope = currentUser.scope();
		if (currentUser.hasRole(Role.ENTERPRISE) || currentUser.hasRole(Role.RESIDENT)
				|| scope.kind() == Scope.Kind.NONE || scope.kind() == Scope.Kind.ENTERPRISE) {
			throw new AccessDeniedException("metrics");
		}
		Region scopeRoot = scope.kind() == Scope.Kind.DIVISION ? regions.find(scope.divisionCode()).orElseThrow()
				: null;
		List<Region> rows = new ArrayList<>();
		if (division != null && !division.isBlank()) {
			Region r = regions.find(division.trim())
				.filter(x -> scopeRoot == null || x.isWithin(scopeRoot))
				.orElseThrow(() -> new NotFoundException("region", division));
			rows.add(r);
			rows.addAll(regions.childrenOf(r.code()));
		}
		else if (scopeRoot != null) {
			rows.add(scopeRoot);
			rows.addAll(regions.childrenOf(scopeRoot.code()));
		}
		else {
			rows.addAll(regions.topLevel());
		}
		OffsetDateTime since = start.atStartOfDay().atOffset(AppealMetrics.ZONE);
		OffsetDateTime until = end.plusDays(1).atStartOfDay().atOffset(AppealMetrics.ZONE);
		// one query per top row (its children are subsets of it)
		WorkingCalendar calendar = workingDays.calendar();
		List<Row> result = new ArrayList<>();
		List<AppealFacts> all = new ArrayList<>();
		List<AppealFacts> parentFacts = null;
		Region parent = null;
		for (Region r : rows) {
			List<AppealFacts> facts;
			if (parent != null && r.isWithin(parent)) {
				facts = parentFacts.stream().filter(f -> f.locationPath().startsWith(r.path())).toList();
			}
			else {
				facts = appeals.facts(r.path() + "%", since, until);
				parent = r;
				parentFacts = facts;
				all.addAll(facts);
			}
			result.add(Row.of(r, AppealMetrics.of(facts), HandlingTime.of(facts, calendar)));
		}
		return new Collected(new Report(start, end, result, units(all, calendar)), all);
	}

	/** Per lead unit, the most appeals first. */
	private static List<UnitRow> units(List<AppealFacts> facts, WorkingCalendar calendar) {
		Map<String, List<AppealFacts>> byUnit = new LinkedHashMap<>();
		Map<String, String> names = new HashMap<>();
		for (AppealFacts f : facts) {
			String key = f.unitCode() == null ? "" : f.unitCode();
			byUnit.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
			if (f.unitName() != null) {
				names.put(key, f.unitName());
			}
		}
		List<UnitRow> rows = new ArrayList<>();
		byUnit.forEach((code, list) -> rows.add(UnitRow.of(code.isEmpty() ? null : code,
				code.isEmpty() ? "（待派单）" : names.get(code), AppealMetrics.of(list), HandlingTime.of(list, calendar))));
		rows.sort(Comparator.comparingLong(UnitRow::received)
			.reversed()
			.thenComparing(r -> r.unit() == null ? "~" : r.unit()));
		return rows;
	}

}
