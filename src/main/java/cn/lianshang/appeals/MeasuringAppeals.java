package cn.lianshang.appeals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Role;
import cn.lianshang.access.Scope;
import cn.lianshang.appeals.model.AppealFacts;
import cn.lianshang.appeals.model.AppealMetrics;
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

	MeasuringAppeals(Appeals appeals, Regions regions, CurrentUser currentUser) {
		this.appeals = appeals;
		this.regions = regions;
		this.currentUser = currentUser;
	}

	record Row(String division, String name, long received, long dispatched, long acceptedOnTime, long closed,
			long closedOnTime, long resolved, long satisfied, long reopened, long returned, Double acceptedOnTimeRate,
			Double closedRate, Double closedOnTimeRate, Double resolvedRate, Double satisfiedRate, Double reopenedRate,
			Double returnedRate) {

		static Row of(Region r, AppealMetrics m) {
			return new Row(r.code(), r.name(), m.received(), m.dispatched(), m.acceptedOnTime(), m.closed(),
					m.closedOnTime(), m.resolved(), m.satisfied(), m.reopened(), m.returned(), m.acceptedOnTimeRate(),
					m.closedRate(), m.closedOnTimeRate(), m.resolvedRate(), m.satisfiedRate(), m.reopenedRate(),
					m.returnedRate());
		}

	}

	record Report(LocalDate from, LocalDate to, List<Row> divisions) {
	}

	@Transactional(readOnly = true)
	Report measure(String division, LocalDate from, LocalDate to) {
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
		List<Row> result = new ArrayList<>();
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
			}
			result.add(Row.of(r, AppealMetrics.of(facts)));
		}
		return new Report(start, end, result);
	}

}
