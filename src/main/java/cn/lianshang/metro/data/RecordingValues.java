package cn.lianshang.metro.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * Entering data values: one at a time or a whole file (all or nothing), each checked
 * against the key rules (known indicator, org unit, period) and the {@link ValueRule}s,
 * stored one per key (a new value replaces the old), with a history step and an audit
 * record for every change. Also the validation report over stored values.
 */
@Service
public class RecordingValues {

	/**
	 * The most digits before and after the point that a value may have (numeric(20,6)).
	 */
	static final int MAX_INTEGER_DIGITS = 14;

	static final int MAX_SCALE = 6;

	static final int MAX_SOURCE = 500;

	static final int MAX_COMMENT = 1000;

	private final DataValues values;

	private final DataValueChanges changes;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits units;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	RecordingValues(DataValues values, DataValueChanges changes, IndicatorCatalogue catalogue, OrgUnits units,
			AuditLog audit, CurrentUser currentUser) {
		this.values = values;
		this.changes = changes;
		this.catalogue = catalogue;
		this.units = units;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/** One broken rule found in stored values. */
	public record Violation(String indicator, String orgUnit, String period, BigDecimal value, String rule,
			FieldProblem problem) {

	}

	/** Checks and stores one value; 400 with every problem if it breaks a rule. */
	@Transactional
	public DataValueView save(ValueEntry entry) {
		return saveAll(List.of(entry), false, "").get(0);
	}

	/**
	 * Checks every entry and stores them all, or none if any breaks a rule: the problems
	 * are reported as {@code rows[N].field} when a row prefix such as {@code rows} is
	 * given (file rows, numbered from {@code firstRow}).
	 */
	@Transactional
	public List<DataValueView> saveAll(List<ValueEntry> entries, boolean demo, String rowPrefix) {
		return saveAll(entries, demo, rowPrefix, 2);
	}

	@Transactional
	public List<DataValueView> saveAll(List<ValueEntry> entries, boolean demo, String rowPrefix, int firstRow) {
		return store(entries, demo, rowPrefix, firstRow, true);
	}

	/**
	 * Stores the demo values (checked like any others, each with its history step) under
	 * one audit record for the whole load, as the registry's demo load does.
	 */
	@Transactional
	public int loadDemo(List<ValueEntry> entries) {
		int n = store(entries, true, "demo", 0, false).size();
		audit.record("metro.value.demo-load", "metro_data_value", "demo", null,
				Map.of("values", n, "source", "synthetic demo data"));
		return n;
	}

	private List<DataValueView> store(List<ValueEntry> entries, boolean demo, String rowPrefix, int firstRow,
			boolean auditEach) {
		Prepared prepared = prepare(entries, rowPrefix, firstRow);
		if (!prepared.problems().isEmpty()) {
			throw new InvalidInputException(prepared.problems());
		}
		List<ValueRule.Checked> checked = prepared.checked();
		Map<ValueKey, DataValue> stored = prepared.stored();
		String actor = currentUser.actor();
		OffsetDateTime now = OffsetDateTime.now();
		List<DataValueView> saved = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			ValueEntry e = entries.get(i);
			ValueRule.Checked c = checked.get(i);
			ValueKey key = e.key();
			DataValue v = stored.get(key);
			DataValueView before = v == null ? null : v.view();
			if (v == null) {
				v = new DataValue(key.indicator(), key.orgUnit(), c.period(), actor, now);
			}
			v.set(c.value(), c.source().trim(), blankToNull(e.comment()), demo, actor, now);
			v = values.save(v);
			stored.put(key, v);
			changes.save(new DataValueChange(key, before == null ? "CREATE" : "UPDATE",
					before == null ? null : before.value(), c.value(), v.view().source(), v.view().comment(), actor,
					now));
			DataValueView after = v.view();
			if (auditEach) {
				audit.record(before == null ? "metro.value.create" : "metro.value.update", "metro_data_value",
						key.toString(), before, after);
			}
			saved.add(after);
		}
		return saved;
	}

	/**
	 * The problems of the entries, without storing anything (rows numbered as in
	 * {@link #saveAll(List, boolean, String, int)}).
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> problems(List<ValueEntry> entries, String rowPrefix, int firstRow) {
		return prepare(entries, rowPrefix, firstRow).problems();
	}

	private record Prepared(List<FieldProblem> problems, List<ValueRule.Checked> checked,
			Map<ValueKey, DataValue> stored) {

	}

	private Prepared prepare(List<ValueEntry> entries, String rowPrefix, int firstRow) {
		Set<String> periods = new TreeSet<>();
		entries.forEach(e -> Period.parse(e.period()).ifPresent(p -> periods.add(p.code())));
		ValueIndex index = new ValueIndex();
		Map<ValueKey, DataValue> stored = new HashMap<>();
		if (!periods.isEmpty()) {
			for (DataValue v : values.findByPeriodIn(periods)) {
				index.put(v.key(), v.value());
				stored.put(v.key(), v);
			}
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<ValueRule.Checked> checked = new ArrayList<>();
		Map<ValueKey, Integer> seen = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			ValueEntry e = entries.get(i);
			String prefix = rowPrefix.isEmpty() ? "" : rowPrefix + "[" + (i + firstRow) + "].";
			List<FieldProblem> found = new ArrayList<>();
			Optional<ValueRule.Checked> c = checkKey(e, found);
			if (c.isPresent()) {
				Integer earlier = seen.putIfAbsent(e.key(), i + firstRow);
				if (earlier != null) {
					found.add(new FieldProblem("period", "metro.value.duplicate-in-file", String.valueOf(earlier)));
				}
				index.put(e.key(), c.get().value());
			}
			found.forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.code(), p.args())));
			checked.add(c.orElse(null));
		}
		for (int i = 0; i < checked.size(); i++) {
			ValueRule.Checked c = checked.get(i);
			if (c == null) {
				continue;
			}
			String prefix = rowPrefix.isEmpty() ? "" : rowPrefix + "[" + (i + firstRow) + "].";
			for (ValueRule rule : ValueRule.values()) {
				rule.check(c, index, units)
					.ifPresent(p -> problems.add(new FieldProblem(prefix + p.field(), p.code(), p.args())));
			}
		}
		return new Prepared(problems, checked, stored);
	}

	private Optional<ValueRule.Checked> checkKey(ValueEntry e, List<FieldProblem> found) {
		Optional<MetroIndicator> indicator = Optional.empty();
		if (e.indicator() == null || e.indicator().isBlank()) {
			found.add(new FieldProblem("indicator", "metro.value.indicator-required"));
		}
		else {
			indicator = catalogue.find(e.indicator().trim());
			if (indicator.isEmpty()) {
				found.add(new FieldProblem("indicator", "metro.value.unknown-indicator", e.indicator()));
			}
		}
		boolean unitKnown = units.exists(e.orgUnit());
		if (!unitKnown) {
			found.add(new FieldProblem("orgUnit", "metro.value.unknown-org-unit", String.valueOf(e.orgUnit())));
		}
		else if (indicator.isPresent() && !indicator.get().cityLevel() && !OrgUnits.AREA.equals(e.orgUnit())) {
			found.add(new FieldProblem("orgUnit", "metro.value.area-only", e.indicator(), OrgUnits.AREA));
		}
		Optional<Period> period = Period.parse(e.period());
		if (period.isEmpty()) {
			found.add(new FieldProblem("period", "metro.value.bad-period", String.valueOf(e.period()),
					String.valueOf(Period.MIN_YEAR), String.valueOf(Period.MAX_YEAR)));
		}
		BigDecimal value = e.value();
		if (value == null) {
			found.add(new FieldProblem("value", "metro.value.value-required"));
		}
		else if (value.stripTrailingZeros().scale() > MAX_SCALE
				|| value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
			found.add(new FieldProblem("value", "metro.value.too-precise", value.toPlainString(), MAX_INTEGER_DIGITS,
					MAX_SCALE));
		}
		if (e.source() != null && e.source().length() > MAX_SOURCE) {
			found.add(new FieldProblem("source", "metro.value.too-long", String.valueOf(MAX_SOURCE)));
		}
		if (e.comment() != null && e.comment().length() > MAX_COMMENT) {
			found.add(new FieldProblem("comment", "metro.value.too-long", String.valueOf(MAX_COMMENT)));
		}
		if (!found.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ValueRule.Checked(indicator.get(), e.orgUnit(), period.get(), value, e.source()));
	}

	/**
	 * Every rule broken by the stored values of a period (rules can break later, when a
	 * total is entered).
	 */
	@Transactional(readOnly = true)
	public List<Violation> report(Period period) {
		ValueIndex index = new ValueIndex();
		List<DataValue> all = values.findByPeriodIn(List.of(period.code()));
		all.forEach(v -> index.put(v.key(), v.value()));
		List<Violation> violations = new ArrayList<>();
		for (DataValue v : all) {
			Optional<MetroIndicator> indicator = catalogue.find(v.indicator());
			if (indicator.isEmpty()) {
				continue;
			}
			ValueRule.Checked c = new ValueRule.Checked(indicator.get(), v.orgUnit(), period, v.value(),
					v.view().source());
			for (ValueRule rule : ValueRule.values()) {
				rule.check(c, index, units)
					.ifPresent(p -> violations
						.add(new Violation(v.indicator(), v.orgUnit(), v.period(), v.value(), rule.name(), p)));
			}
		}
		return violations;
	}

	@Transactional(readOnly = true)
	public Page<DataValueView> search(String indicator, String orgUnit, String period, Pageable pageable) {
		return values.search(blankToNull(indicator), blankToNull(orgUnit), blankToNull(period), pageable)
			.map(DataValue::view);
	}

	@Transactional(readOnly = true)
	public Optional<DataValueView> find(ValueKey key) {
		return values.findByIndicatorAndOrgUnitAndPeriod(key.indicator(), key.orgUnit(), key.period())
			.map(DataValue::view);
	}

	@Transactional(readOnly = true)
	public List<DataValueChange.View> history(ValueKey key) {
		return changes
			.findByIndicatorAndOrgUnitAndPeriodOrderByChangedAtAscIdAsc(key.indicator(), key.orgUnit(), key.period())
			.stream()
			.map(DataValueChange::view)
			.toList();
	}

	/** The values of one period, by key: the input of an evaluation. */
	@Transactional(readOnly = true)
	public Map<ValueKey, DataValueView> ofPeriod(Period period) {
		Map<ValueKey, DataValueView> map = new LinkedHashMap<>();
		values.findByPeriodIn(List.of(period.code())).forEach(v -> map.put(v.key(), v.view()));
		return map;
	}

	/** The years that have at least one yearly value, in order. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return values.yearlyPeriods().stream().map(Integer::valueOf).sorted().toList();
	}

	/** Every yearly value of one indicator. */
	@Transactional(readOnly = true)
	public List<DataValueView> yearly(String indicator) {
		return values.findByIndicatorAndPeriodType(indicator, Period.Type.YEAR.name())
			.stream()
			.map(DataValue::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public long demoCount() {
		return values.countByDemoTrue();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
