package cn.lianshang.policy.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What is known about one enterprise. Every component may be {@code null}: a missing
 * fact, which makes the clauses that read it {@link Outcome#UNKNOWN} — never false, never
 * zero. {@code qualifications} is {@code null} when unknown and empty when the enterprise
 * is known to hold none.
 *
 * @param divisionPath the division path, e.g. {@code 210100/210106/}
 * @param industryPath the GB/T 4754 lineage, e.g. {@code C/34/342/3421/}
 * @param seriousDishonesty whether a serious dishonesty record (严重失信) exists
 * @param rdSharePercent R&D expenditure as a percentage of revenue
 */
public record EnterpriseFacts(String divisionPath, String industryPath, CompanySize size, Integer employees,
		RevenueRange revenue, LocalDate foundedOn, Set<String> qualifications, Boolean seriousDishonesty,
		BigDecimal rdSharePercent, Integer graduateHires, Boolean firstSet, SmartManufacturing smartManufacturing) {

	public EnterpriseFacts {
		qualifications = qualifications == null ? null : Set.copyOf(qualifications);
	}

	/** Nothing known at all. */
	public static EnterpriseFacts none() {
		return new EnterpriseFacts(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public EnterpriseFacts withDivisionPath(String v) {
		return new EnterpriseFacts(v, industryPath, size, employees, revenue, foundedOn, qualifications,
				seriousDishonesty, rdSharePercent, graduateHires, firstSet, smartManufacturing);
	}

	public EnterpriseFacts withIndustryPath(String v) {
		return new EnterpriseFacts(divisionPath, v, size, employees, revenue, foundedOn, qualifications,
				seriousDishonesty, rdSharePercent, graduateHires, firstSet, smartManufacturing);
	}

	public EnterpriseFacts withSize(CompanySize v) {
		return new EnterpriseFacts(divisionPath, industryPath, v, employees, revenue, foundedOn, qualifications,
				seriousDishonesty, rdSharePercent, graduateHires, firstSet, smartManufacturing);
	}

	public EnterpriseFacts withEmployees(Integer v) {
		return new EnterpriseFacts(divisionPath, industryPath, size, v, revenue, foundedOn, qualifications,
				seriousDishonesty, rdSharePercent, graduateHires, firstSet, smartManufacturing);
	}

	public EnterpriseFacts withRevenue(RevenueRange v) {
		return new EnterpriseFacts(divisionPath, industryPath, size, employees, v, foundedOn, qualifications,
				seriousDishonesty, rdSharePercent, graduateHires, firstSet, smartManufacturing);
	}

	public EnterpriseFacts withFoundedOn(LocalDate v) {
		return new EnterpriseFacts(divisionPath, industryPath, size, employees, revenue, v, qualifications,
				seriousDishonesty, rdSharePercent, graduateHires, firstSet, smartManufacturing);
	}

	public EnterpriseFacts withQualifications(Set<String> v) {
		return new EnterpriseFacts(divisionPath, industryPath, size, employees, revenue, foundedOn, v,
				seriousDishonesty, rdSharePercent, graduateHires, firstSet, smartManufacturing);
	}

	public EnterpriseFacts withSeriousDishonesty(Boolean v) {
		return new EnterpriseFacts(divisionPath, industryPath, size, employees, revenue, foundedOn, qualifications, v,
				rdSharePercent, graduateHires, firstSet, smartManufacturing);
	}

	public EnterpriseFacts withRdSharePercent(BigDecimal v) {
		return new EnterpriseFacts(divisionPath, industryPath, size, employees, revenue, foundedOn, qualifications,
				seriousDishonesty, v, graduateHires, firstSet, smartManufacturing);
	}

	public EnterpriseFacts withGraduateHires(Integer v) {
		return new EnterpriseFacts(divisionPath, industryPath, size, employees, revenue, foundedOn, qualifications,
				seriousDishonesty, rdSharePercent, v, firstSet, smartManufacturing);
	}

	public EnterpriseFacts withFirstSet(Boolean v) {
		return new EnterpriseFacts(divisionPath, industryPath, size, employees, revenue, foundedOn, qualifications,
				seriousDishonesty, rdSharePercent, graduateHires, v, smartManufacturing);
	}

	public EnterpriseFacts withSmartManufacturing(SmartManufacturing v) {
		return new EnterpriseFacts(divisionPath, industryPath, size, employees, revenue, foundedOn, qualifications,
				seriousDishonesty, rdSharePercent, graduateHires, firstSet, v);
	}

	/**
	 * These facts, with every fact {@code supplied} knows filled in where this one knows
	 * nothing.
	 */
	public EnterpriseFacts supplementedBy(EnterpriseFacts s) {
		return new EnterpriseFacts(or(divisionPath, s.divisionPath), or(industryPath, s.industryPath), or(size, s.size),
				or(employees, s.employees), or(revenue, s.revenue), or(foundedOn, s.foundedOn),
				or(qualifications, s.qualifications), or(seriousDishonesty, s.seriousDishonesty),
				or(rdSharePercent, s.rdSharePercent), or(graduateHires, s.graduateHires), or(firstSet, s.firstSet),
				or(smartManufacturing, s.smartManufacturing));
	}

	private static <T> T or(T mine, T theirs) {
		return mine != null ? mine : theirs;
	}

}
