package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.matching.Matching;
import cn.lianshang.matching.model.Scenario;
import cn.lianshang.matching.model.Taxonomy;
import cn.lianshang.matching.model.Tolerance;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * The rules every demand and offer obeys: who may post for whom, codes from the taxonomy,
 * text within limits, tolerances and dates within range. Each check adds a
 * {@link FieldProblem}; the use case stores nothing unless the list stays empty.
 */
@Component
class PostingRules {

	static final int MAX_TITLE = 100;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_CODES = 20;

	static final int MAX_UNIT = 8;

	static final double MIN_UM = 0.1;

	static final double MAX_UM = 10_000;

	static final double MAX_SIZE_MM = 100_000;

	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	static final int MAX_LEAD_DAYS = 730;

	static final int MAX_DUE_YEARS = 3;

	private final CurrentUser currentUser;

	private final EnterpriseRegistry registry;

	private final Regions regions;

	private final Taxonomy taxonomy;

	PostingRules(CurrentUser currentUser, EnterpriseRegistry registry, Regions regions, Matching matching) {
		this.currentUser = currentUser;
		this.registry = registry;
		this.regions = regions;
		this.taxonomy = matching.taxonomy();
	}

	/**
	 * The enterprise a post is made for. An enterprise account posts for itself only
	 * (naming another is a 403, not a 400: the request is understood and refused); an
	 * administrator names any registered enterprise.
	 */
	Optional<Owner> owner(String requested, List<FieldProblem> problems) {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		String uscc;
		if (user.role() == Role.ENTERPRISE) {
			if (requested != null && !requested.isBlank() && !requested.trim().equals(user.uscc())) {
				throw new AccessDeniedException("an enterprise posts for itself only");
			}
			uscc = user.uscc();
		}
		else if (user.role() == Role.ADMIN) {
			if (requested == null || requested.isBlank()) {
				problems.add(new FieldProblem("enterpriseUscc", "required"));
				return Optional.empty();
			}
			uscc = requested.trim();
		}
		else {
			throw new AccessDeniedException("only enterprises and administrators post");
		}
		Optional<EnterpriseView> enterprise = registry.findOptional(uscc);
		if (enterprise.isEmpty()) {
			problems.add(new FieldProblem("enterpriseUscc", "marketplace.enterprise.unknown", uscc));
			return Optional.empty();
		}
		EnterpriseView e = enterprise.get();
		String path = regions.find(e.divisionCode()).map(Region::path).orElse(e.divisionCode() + "/");
		return Optional.of(new Owner(e.uscc(), e.name(), e.divisionCode(), path, e.latitude(), e.longitude()));
	}

	void scenario(Scenario scenario, List<FieldProblem> problems) {
		if (scenario == null) {
			problems.add(new FieldProblem("scenario", "required"));
		}
		else if (!scenario.supported()) {
			problems.add(new FieldProblem("scenario", "marketplace.scenario.unsupported", scenario.name()));
		}
	}

	String title(String title, List<FieldProblem> problems) {
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", "required"));
			return null;
		}
		String t = title.strip();
		if (t.length() > MAX_TITLE) {
			problems.add(new FieldProblem("title", "too-long", MAX_TITLE));
		}
		return t;
	}

	String description(String description, List<FieldProblem> problems) {
		if (description == null || description.isBlank()) {
			return null;
		}
		String d = description.strip();
		if (d.length() > MAX_DESCRIPTION) {
			problems.add(new FieldProblem("description", "too-long", MAX_DESCRIPTION));
		}
		return d;
	}

	/**
	 * Codes or synonyms of one vocabulary, resolved to codes; every unknown entry is a
	 * problem.
	 */
	List<String> codes(String field, List<String> given, Taxonomy.Vocabulary vocabulary, String unknownCode,
			List<FieldProblem> problems) {
		Set<String> codes = new LinkedHashSet<>();
		if (given.size() > MAX_CODES) {
			problems.add(new FieldProblem(field, "marketplace.codes.too-many", MAX_CODES));
			return List.of();
		}
		for (String g : given) {
			Optional<String> code = vocabulary.resolve(g);
			if (code.isPresent()) {
				codes.add(code.get());
			}
			else {
				problems.add(new FieldProblem(field, unknownCode, g));
			}
		}
		return new ArrayList<>(codes);
	}

	List<String> processes(List<String> given, List<FieldProblem> problems) {
		return codes("processes", given, taxonomy.processes(), "marketplace.process.unknown", problems);
	}

	List<String> materials(List<String> given, List<FieldProblem> problems) {
		return codes("materials", given, taxonomy.materials(), "marketplace.material.unknown", problems);
	}

	List<String> categories(String field, List<String> given, List<FieldProblem> problems) {
		return codes(field, given, taxonomy.categories(), "marketplace.category.unknown", problems);
	}

	List<String> certifications(List<String> given, List<FieldProblem> problems) {
		return codes("certifications", given, taxonomy.certifications(), "marketplace.certification.unknown", problems);
	}

	Taxonomy.Normalised fromText(String title, String description) {
		return taxonomy.normalise((title == null ? "" : title) + " " + (description == null ? "" : description));
	}

	void tolerance(Integer it, Double um, List<FieldProblem> problems) {
		if (it != null && (it < Tolerance.FINEST || it > Tolerance.COARSEST)) {
			problems.add(new FieldProblem("toleranceIt", "marketplace.tolerance.it", Tolerance.FINEST,
					Tolerance.COARSEST, it));
		}
		if (um != null && (um.isNaN() || um < MIN_UM || um > MAX_UM)) {
			problems.add(new FieldProblem("toleranceUm", "marketplace.tolerance.um", MIN_UM, MAX_UM, um));
		}
	}

	void dimensions(String field, List<Double> mm, List<FieldProblem> problems) {
		if (mm == null || mm.isEmpty()) {
			return;
		}
		if (mm.size() != 3 || mm.stream().anyMatch(v -> v == null || v.isNaN() || v <= 0 || v > MAX_SIZE_MM)) {
			problems.add(new FieldProblem(field, "marketplace.dimensions", MAX_SIZE_MM));
		}
	}

	/**
	 * An amount that must be positive (or, with {@code zeroAllowed}, not negative) and
	 * not absurd.
	 */
	void amount(String field, BigDecimal value, boolean zeroAllowed, List<FieldProblem> problems) {
		if (value == null) {
			return;
		}
		if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0) || value.compareTo(MAX_AMOUNT) > 0) {
			problems.add(new FieldProblem(field, "marketplace.amount", MAX_AMOUNT.toPlainString()));
		}
	}

	String unit(String unit, Scenario scenario, List<FieldProblem> problems) {
		if (unit == null || unit.isBlank()) {
			return scenario == Scenario.MATERIAL ? "吨" : "件";
		}
		String u = unit.strip();
		if (u.length() > MAX_UNIT) {
			problems.add(new FieldProblem("unit", "too-long", MAX_UNIT));
		}
		return u;
	}

	void dueDate(LocalDate due, LocalDate today, List<FieldProblem> problems) {
		if (due == null) {
			return;
		}
		if (due.isBefore(today)) {
			problems.add(new FieldProblem("dueDate", "marketplace.due-date.past", due.toString()));
		}
		else if (due.isAfter(today.plusYears(MAX_DUE_YEARS))) {
			problems.add(new FieldProblem("dueDate", "marketplace.due-date.far", MAX_DUE_YEARS));
		}
	}

	String deliveryArea(String area, Owner owner, List<FieldProblem> problems) {
		if (area == null || area.isBlank()) {
			return owner == null ? null : owner.divisionCode();
		}
		String a = area.trim();
		if (!regions.exists(a)) {
			problems.add(new FieldProblem("deliveryArea", "division.unknown", a));
		}
		return a;
	}

	static final BigDecimal MAX_AREA_M2 = new BigDecimal("1000000");

	static final BigDecimal MAX_HEIGHT_M = new BigDecimal("100");

	static final BigDecimal MAX_CRANE_T = new BigDecimal("1000");

	static final BigDecimal MAX_POWER_KVA = new BigDecimal("100000");

	static final BigDecimal MAX_FLOOR_LOAD_T = new BigDecimal("100");

	static final int MAX_UNITS = 1000;

	static final int MAX_LEASE_YEARS = 3;

	/**
	 * The lease terms of a PLANT or EQUIPMENT post, checked and trimmed (fields are named
	 * {@code lease.areaM2} ...): null for other scenarios. A plant needs its area, a
	 * piece of equipment its type; both need a period that has not ended, at most
	 * {@value #MAX_LEASE_YEARS} years long.
	 * @param offer an offer (the period is availability) or a demand (the period wanted,
	 * which may not start in the past)
	 */
	LeaseTerms lease(Scenario scenario, LeaseTerms lease, boolean offer, LocalDate today, List<FieldProblem> problems) {
		if (scenario == null || !scenario.leasing()) {
			return null;
		}
		if (lease == null) {
			problems.add(new FieldProblem("lease", "required"));
			return null;
		}
		boolean plant = scenario == Scenario.PLANT;
		if (plant && offer && lease.areaM2() == null) {
			problems.add(new FieldProblem("lease.areaM2", "required"));
		}
		measure("lease.areaM2", lease.areaM2(), MAX_AREA_M2, problems);
		measure("lease.clearHeightM", lease.clearHeightM(), MAX_HEIGHT_M, problems);
		measure("lease.craneT", lease.craneT(), MAX_CRANE_T, problems);
		measure("lease.powerKva", lease.powerKva(), MAX_POWER_KVA, problems);
		measure("lease.floorLoadT", lease.floorLoadT(), MAX_FLOOR_LOAD_T, problems);
		amount("lease.price", lease.price(), true, problems);
		String type = lease.equipmentType() == null || lease.equipmentType().isBlank() ? null
				: lease.equipmentType().strip();
		if (!plant && type == null) {
			problems.add(new FieldProblem("lease.equipmentType", "required"));
		}
		if (type != null && type.length() > 40) {
			problems.add(new FieldProblem("lease.equipmentType", "too-long", 40));
		}
		String spec = lease.specification() == null || lease.specification().isBlank() ? null
				: lease.specification().strip();
		if (spec != null && spec.length() > 100) {
			problems.add(new FieldProblem("lease.specification", "too-long", 100));
		}
		String address = lease.address() == null || lease.address().isBlank() ? null : lease.address().strip();
		if (address != null && address.length() > 200) {
			problems.add(new FieldProblem("lease.address", "too-long", 200));
		}
		Integer units = lease.units();
		if (units != null && (units < 1 || units > (plant ? 1 : MAX_UNITS))) {
			problems.add(new FieldProblem("lease.units", "range", 1, plant ? 1 : MAX_UNITS));
		}
		if (lease.from() == null) {
			problems.add(new FieldProblem("lease.from", "required"));
		}
		if (lease.to() == null) {
			problems.add(new FieldProblem("lease.to", "required"));
		}
		if (lease.from() != null && lease.to() != null) {
			if (lease.to().isBefore(lease.from())) {
				problems.add(new FieldProblem("lease.to", "marketplace.lease.order"));
			}
			else if (lease.to().isAfter(lease.from().plusYears(MAX_LEASE_YEARS))) {
				problems.add(new FieldProblem("lease.to", "marketplace.lease.too-long", MAX_LEASE_YEARS));
			}
			if (offer ? lease.to().isBefore(today) : lease.from().isBefore(today)) {
				problems.add(new FieldProblem(offer ? "lease.to" : "lease.from", "marketplace.due-date.past",
						(offer ? lease.to() : lease.from()).toString()));
			}
		}
		return new LeaseTerms(lease.areaM2(), lease.clearHeightM(), lease.craneT(), lease.powerKva(),
				lease.floorLoadT(), plant ? null : type, spec, plant ? Integer.valueOf(1) : units == null ? 1 : units,
				plant ? null : lease.withOperator(), lease.price(), address, lease.from(), lease.to());
	}

	/** A measure that, when given, is above 0 and at most {@code max}. */
	private static void measure(String field, BigDecimal value, BigDecimal max, List<FieldProblem> problems) {
		if (value != null && (value.signum() <= 0 || value.compareTo(max) > 0)) {
			problems.add(new FieldProblem(field, "marketplace.lease.measure", max.toPlainString()));
		}
	}

}
