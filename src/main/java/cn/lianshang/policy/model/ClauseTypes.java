package cn.lianshang.policy.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code type} names of the clauses in JSON, one per record. */
public final class ClauseTypes {

	public static final Map<String, Class<? extends Clause>> BY_NAME;

	static {
		Map<String, Class<? extends Clause>> m = new LinkedHashMap<>();
		m.put("all", Clause.All.class);
		m.put("any", Clause.Any.class);
		m.put("not", Clause.Not.class);
		m.put("divisionIn", Clause.DivisionIn.class);
		m.put("industryUnder", Clause.IndustryUnder.class);
		m.put("scale", Clause.ScaleIs.class);
		m.put("employees", Clause.EmployeesBetween.class);
		m.put("revenue", Clause.RevenueBetween.class);
		m.put("founded", Clause.FoundedBetween.class);
		m.put("age", Clause.AgeYears.class);
		m.put("qualification", Clause.QualificationHeld.class);
		m.put("credit", Clause.CreditGood.class);
		m.put("rdShare", Clause.RdShareAtLeast.class);
		m.put("graduateHires", Clause.GraduateHiresAtLeast.class);
		m.put("firstSet", Clause.FirstSetRecognized.class);
		m.put("smartManufacturing", Clause.SmartManufacturingAtLeast.class);
		BY_NAME = java.util.Collections.unmodifiableMap(m);
	}

	private ClauseTypes() {
	}

	public static String nameOf(Class<?> type) {
		return BY_NAME.entrySet()
			.stream()
			.filter(e -> e.getValue() == type)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("not a clause type: " + type));
	}

}
