package cn.lianshang.appeals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException;

/**
 * 派单: finds the responsible unit for a location × category × industry. Candidate rules
 * are those of the location's division and every division above it whose category (if
 * any) and industry prefix (if any) match; the most specific wins: a named category over
 * "any", then the longer industry prefix, then the deeper division, then the lower
 * priority number, then the lower id. So what the matter is about decides before where it
 * is: a city department's rule for 用工招聘 takes a 铁西区 labour matter ahead of 铁西区's default
 * centre, while a 铁西区 rule for 审批办证 beats the city's. Every city, the zone and every
 * county has a default rule (its business-environment centre), so a known location always
 * finds a unit.
 * <p>
 * A matter that spans divisions in several cities gets the unit of its own location as
 * lead and the units found for the other divisions as co-handlers (协办).
 */
@Service
class DispatchingAppeal {

	private final JdbcTemplate jdbc;

	private final Units units;

	private final Regions regions;

	DispatchingAppeal(JdbcTemplate jdbc, Units units, Regions regions) {
		this.jdbc = jdbc;
		this.units = units;
		this.regions = regions;
	}

	/** The unit responsible, as an assignee with the path of its division. */
	Appeal.Assignee route(String divisionCode, String category, String industryCode) {
		List<Region> lineage = regions.lineage(divisionCode);
		if (lineage.isEmpty()) {
			throw InvalidInputException.of("divisionCode", "appeals.division.unknown", divisionCode);
		}
		Map<String, Integer> depth = new HashMap<>();
		for (int i = 0; i < lineage.size(); i++) {
			depth.put(lineage.get(i).code(), i);
		}
		Comparator<DispatchRule> mostSpecificFirst = Comparator
			.comparingInt((DispatchRule r) -> r.categoryCode() == null ? 1 : 0)
			.thenComparingInt(r -> r.industryPrefix() == null ? 0 : -r.industryPrefix().length())
			.thenComparingInt(r -> -depth.get(r.divisionCode()))
			.thenComparingInt(DispatchRule::priority)
			.thenComparing(DispatchRule::id);
		// one plain query for the candidate rules with their units (no entities: this
		// runs
		// for every filed appeal)
		String in = String.join(", ", java.util.Collections.nCopies(depth.size(), "?"));
		Map<Long, Appeal.Assignee> unitOf = new HashMap<>();
		List<DispatchRule> candidates = jdbc
			.query("select r.id, r.division_code, r.category_code, r.industry_prefix, r.unit_code, r.priority, u.name,"
					+ " u.division_code from dispatch_rule r join appeal_unit u on u.code = r.unit_code"
					+ " where r.division_code in (" + in + ")", (rs, i) -> {
						DispatchRule r = new DispatchRule(rs.getLong(1), rs.getString(2), rs.getString(3),
								rs.getString(4), rs.getString(5), rs.getInt(6));
						unitOf.put(r.id(), new Appeal.Assignee(r.unitCode(), rs.getString(7),
								regions.find(rs.getString(8)).map(Region::path).orElseThrow()));
						return r;
					}, depth.keySet().toArray());
		Optional<DispatchRule> best = candidates.stream()
			.filter(r -> r.matches(category, industryCode))
			.min(mostSpecificFirst);
		return unitOf
			.get(best.orElseThrow(() -> new IllegalStateException("no dispatch rule for " + divisionCode)).id());
	}

	/** Lead and co-handling units: one per other city among {@code otherDivisions}. */
	List<Appeal.Assignee> coHandlers(Appeal.Assignee lead, String locationDivision, List<String> otherDivisions,
			String category, String industryCode) {
		String leadTop = regions.find(locationDivision).map(Region::topCode).orElseThrow();
		Set<String> tops = new LinkedHashSet<>();
		List<Appeal.Assignee> co = new ArrayList<>();
		for (String d : otherDivisions == null ? List.<String>of() : otherDivisions) {
			Region r = regions.find(d)
				.orElseThrow(() -> InvalidInputException.of("coDivisions", "appeals.division.unknown", d));
			if (!r.topCode().equals(leadTop) && tops.add(r.topCode())) {
				Appeal.Assignee a = route(d, category, industryCode);
				if (!a.code().equals(lead.code())) {
					co.add(a);
				}
			}
		}
		return co;
	}

	Appeal.Assignee assignee(String unitCode) {
		Unit u = units.findById(unitCode)
			.orElseThrow(() -> InvalidInputException.of("unitCode", "appeals.unit.unknown", unitCode));
		String path = regions.find(u.divisionCode()).map(Region::path).orElseThrow();
		return new Appeal.Assignee(u.code(), u.name(), path);
	}

}
