package cn.lianshang.appeals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;

/**
 * The administrator's upkeep of the dispatch rules (派单规则): list with filters, add,
 * remove; every change audited. A rule is a duplicate when another rule has the same
 * division, category and industry prefix (dispatch could not tell them apart but by id).
 * The last catch-all rule (no category, no industry prefix) covering a division cannot be
 * removed: dispatch would find no unit there.
 */
@Service
class DispatchRuleAdmin {

	/** 1–4 leading digits of a GB/T 4754 industry code (the column is varchar(4)). */
	static final Pattern INDUSTRY_PREFIX = Pattern.compile("\\d{1,4}");

	private final DispatchRules rules;

	private final Units units;

	private final Categories categories;

	private final Regions regions;

	private final AuditLog audit;

	DispatchRuleAdmin(DispatchRules rules, Units units, Categories categories, Regions regions, AuditLog audit) {
		this.rules = rules;
		this.units = units;
		this.categories = categories;
		this.regions = regions;
		this.audit = audit;
	}

	/** A rule as the pages and the audit log show it. */
	record RuleView(long id, String divisionCode, String divisionName, String categoryCode, String categoryName,
			String industryPrefix, String unitCode, String unitName, int priority) {
	}

	/** A choice in a form's list. */
	record Option(String code, String name) {
	}

	/** A new rule, every field as typed. */
	record NewRule(String divisionCode, String categoryCode, String industryPrefix, String unitCode) {
	}

	@Transactional(readOnly = true)
	Page<RuleView> search(String divisionCode, String categoryCode, Pageable pageable) {
		Specification<DispatchRule> spec = (root, query, cb) -> cb.conjunction();
		if (divisionCode != null && !divisionCode.isBlank()) {
			String d = divisionCode.trim();
			spec = spec.and((root, query, cb) -> cb.equal(root.get("divisionCode"), d));
		}
		if (categoryCode != null && !categoryCode.isBlank()) {
			String c = categoryCode.trim();
			spec = spec.and("ANY".equals(c) ? (root, query, cb) -> cb.isNull(root.get("categoryCode"))
					: (root, query, cb) -> cb.equal(root.get("categoryCode"), c));
		}
		Map<String, String> unitNames = unitNames();
		Map<String, String> categoryNames = categoryNames();
		return rules.findAll(spec, pageable).map(r -> view(r, unitNames, categoryNames));
	}

	@Transactional(readOnly = true)
	RuleView find(long id) {
		return rules.findById(id)
			.map(r -> view(r, unitNames(), categoryNames()))
			.orElseThrow(() -> new NotFoundException("dispatch-rule", Long.toString(id)));
	}

	@Transactional
	RuleView add(NewRule rule) {
		String division = trimToNull(rule.divisionCode());
		String category = trimToNull(rule.categoryCode());
		String prefix = trimToNull(rule.industryPrefix());
		String unit = trimToNull(rule.unitCode());
		List<FieldProblem> problems = new ArrayList<>();
		if (division == null) {
			problems.add(new FieldProblem("divisionCode", "required"));
		}
		else if (!regions.exists(division)) {
			problems.add(new FieldProblem("divisionCode", "appeals.division.unknown", division));
		}
		if (category != null && !categories.existsById(category)) {
			problems.add(new FieldProblem("categoryCode", "appeals.category.unknown", category));
		}
		if (prefix != null && !INDUSTRY_PREFIX.matcher(prefix).matches()) {
			problems.add(new FieldProblem("industryPrefix", "appeals.rule.industry-prefix.invalid", prefix));
		}
		if (unit == null) {
			problems.add(new FieldProblem("unitCode", "required"));
		}
		else if (!units.existsById(unit)) {
			problems.add(new FieldProblem("unitCode", "appeals.unit.unknown", unit));
		}
		if (problems.isEmpty()) {
			rules.findByDivisionCode(division)
				.stream()
				.filter(r -> Objects.equals(r.categoryCode(), category) && Objects.equals(r.industryPrefix(), prefix))
				.findFirst()
				.ifPresent(r -> problems.add(new FieldProblem("divisionCode", "appeals.rule.duplicate", r.id())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		DispatchRule saved = rules.saveAndFlush(new DispatchRule(division, category, prefix, unit, 100));
		RuleView view = view(saved, unitNames(), categoryNames());
		audit.record("appeals.dispatch-rule.add", "dispatch_rule", saved.id().toString(), null, view);
		return view;
	}

	@Transactional
	RuleView remove(long id) {
		DispatchRule rule = rules.findById(id)
			.orElseThrow(() -> new NotFoundException("dispatch-rule", Long.toString(id)));
		if (rule.categoryCode() == null && rule.industryPrefix() == null) {
			List<String> lineage = regions.lineage(rule.divisionCode()).stream().map(Region::code).toList();
			boolean anotherCatchAll = rules.findByDivisionCodeIn(lineage)
				.stream()
				.anyMatch(r -> !r.id().equals(rule.id()) && r.categoryCode() == null && r.industryPrefix() == null);
			if (!anotherCatchAll) {
				throw new ConflictException("appeals.rule.last-default", rule.divisionCode());
			}
		}
		RuleView view = view(rule, unitNames(), categoryNames());
		rules.delete(rule);
		audit.record("appeals.dispatch-rule.remove", "dispatch_rule", rule.id().toString(), view, null);
		return view;
	}

	/** Units for the form's list, by code. */
	@Transactional(readOnly = true)
	List<Option> units() {
		return units.findAll(org.springframework.data.domain.Sort.by("code"))
			.stream()
			.map(u -> new Option(u.code(), u.name()))
			.toList();
	}

	@Transactional(readOnly = true)
	List<Option> categories() {
		return categories.findAllByOrderBySortOrder().stream().map(c -> new Option(c.code(), c.name())).toList();
	}

	private RuleView view(DispatchRule r, Map<String, String> unitNames, Map<String, String> categoryNames) {
		return new RuleView(r.id(), r.divisionCode(), regions.fullName(r.divisionCode()), r.categoryCode(),
				r.categoryCode() == null ? null : categoryNames.get(r.categoryCode()), r.industryPrefix(), r.unitCode(),
				unitNames.get(r.unitCode()), r.priority());
	}

	private Map<String, String> unitNames() {
		Map<String, String> names = new LinkedHashMap<>();
		units.findAll().forEach(u -> names.put(u.code(), u.name()));
		return names;
	}

	private Map<String, String> categoryNames() {
		Map<String, String> names = new LinkedHashMap<>();
		categories.findAll().forEach(c -> names.put(c.code(), c.name()));
		return names;
	}

	private static String trimToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
