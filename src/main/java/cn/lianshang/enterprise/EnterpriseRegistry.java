package cn.lianshang.enterprise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.search.loading.dsl.SearchLoadingOptionsStep;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.EnterpriseDirectory;
import cn.lianshang.access.Scope;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import jakarta.persistence.EntityManager;

/**
 * The registry's use cases: register, change, find, search. Every read carries the
 * caller's {@link Scope} into its query (SQL or search index); every change is validated
 * as a whole, audited and published as an event.
 */
@Service
public class EnterpriseRegistry implements EnterpriseDirectory {

	static final int MAX_NAME = 100;

	static final int MAX_ADDRESS = 200;

	static final int MAX_EMPLOYEES = 2_000_000;

	static final Pattern USCC_PREFIX = Pattern.compile("[0-9A-HJ-NP-RTUWXY]{2,18}");

	private final Enterprises enterprises;

	private final Qualifications qualifications;

	private final Regions regions;

	private final Industries industries;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private volatile Set<String> knownQualifications;

	EnterpriseRegistry(Enterprises enterprises, Qualifications qualifications, Regions regions, Industries industries,
			CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events, EntityManager entityManager) {
		this.enterprises = enterprises;
		this.qualifications = qualifications;
		this.regions = regions;
		this.industries = industries;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.entityManager = entityManager;
	}

	// ---------------------------------------------------------------- validation

	/**
	 * Every rule the draft breaks, field by field; an empty list means it can be stored.
	 */
	public List<FieldProblem> validate(EnterpriseDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		Uscc.check(d.uscc()).ifPresent(rule -> problems.add(new FieldProblem("uscc", rule.code(), d.uscc())));
		if (d.name() == null || d.name().isBlank()) {
			problems.add(new FieldProblem("name", "required"));
		}
		else if (d.name().trim().length() > MAX_NAME) {
			problems.add(new FieldProblem("name", "too-long", MAX_NAME));
		}
		if (d.divisionCode() == null || d.divisionCode().isBlank()) {
			problems.add(new FieldProblem("divisionCode", "required"));
		}
		else if (!regions.exists(d.divisionCode())) {
			problems.add(new FieldProblem("divisionCode", "division.unknown", d.divisionCode()));
		}
		if (d.industryCode() == null || d.industryCode().isBlank()) {
			problems.add(new FieldProblem("industryCode", "required"));
		}
		else {
			Optional<IndustryClass> industry = industries.find(d.industryCode());
			if (industry.isEmpty()) {
				problems.add(new FieldProblem("industryCode", "industry.unknown", d.industryCode()));
			}
			else if (industry.get().level() != IndustryClass.Level.CLASS) {
				problems.add(new FieldProblem("industryCode", "industry.not-class", d.industryCode()));
			}
		}
		if (d.address() != null && d.address().length() > MAX_ADDRESS) {
			problems.add(new FieldProblem("address", "too-long", MAX_ADDRESS));
		}
		if ((d.latitude() == null) != (d.longitude() == null)) {
			problems.add(new FieldProblem(d.latitude() == null ? "latitude" : "longitude", "coordinates.pair"));
		}
		else if (d.latitude() != null && !inMetropolitanArea(d.latitude(), d.longitude())) {
			problems.add(new FieldProblem("latitude", "coordinates.outside"));
		}
		if (d.employees() != null && (d.employees() < 0 || d.employees() > MAX_EMPLOYEES)) {
			problems.add(new FieldProblem("employees", "range", 0, MAX_EMPLOYEES));
		}
		if (d.foundedOn() != null
				&& (d.foundedOn().isAfter(LocalDate.now()) || d.foundedOn().isBefore(LocalDate.of(1800, 1, 1)))) {
			problems.add(new FieldProblem("foundedOn", "founded.range"));
		}
		if (d.qualifications() != null) {
			Set<String> known = knownQualifications();
			for (String q : d.qualifications()) {
				if (!known.contains(q)) {
					problems.add(new FieldProblem("qualifications", "qualification.unknown", q));
				}
			}
		}
		return problems;
	}

	/**
	 * A generous box around the seven cities (latitude 39.5–43.6, longitude 120.9–125.9).
	 */
	static boolean inMetropolitanArea(double lat, double lon) {
		return lat >= 39.5 && lat <= 43.6 && lon >= 120.9 && lon <= 125.9;
	}

	/**
	 * The qualification codes: a reference table that only a migration changes, so read
	 * once.
	 */
	Set<String> knownQualifications() {
		Set<String> known = knownQualifications;
		if (known == null) {
			Set<String> codes = new HashSet<>();
			qualifications.findAll().forEach(q -> codes.add(q.view().code()));
			known = Set.copyOf(codes);
			knownQualifications = known;
		}
		return known;
	}

	public List<QualificationView> qualifications() {
		return qualifications.findAllByOrderBySortOrder().stream().map(Qualification::view).toList();
	}

	// ---------------------------------------------------------------- changes

	@Transactional
	public EnterpriseView register(EnterpriseDraft draft) {
		List<FieldProblem> problems = validate(draft);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (enterprises.existsByUscc(draft.uscc())) {
			throw new ConflictException("enterprise.duplicate", draft.uscc());
		}
		Enterprise e = enterprises.save(create(normalize(draft), false, OffsetDateTime.now()));
		EnterpriseView view = view(e);
		audit.record("enterprise.register", "enterprise", e.uscc(), null, view);
		events.publishEvent(new EnterpriseRegistered(e.uscc(), e.divisionCode(), e.industryCode()));
		return view;
	}

	/**
	 * Registers many drafts that have already been validated, in the caller's transaction
	 * (import, demo data).
	 */
	@Transactional
	List<Enterprise> registerAll(List<EnterpriseDraft> drafts, boolean demo, String action) {
		OffsetDateTime now = OffsetDateTime.now();
		List<Enterprise> created = new ArrayList<>(drafts.size());
		for (EnterpriseDraft d : drafts) {
			created.add(create(normalize(d), demo, now));
		}
		enterprises.saveAll(created);
		for (Enterprise e : created) {
			audit.record(action, "enterprise", e.uscc(), null, view(e));
			events.publishEvent(new EnterpriseRegistered(e.uscc(), e.divisionCode(), e.industryCode()));
		}
		return created;
	}

	/**
	 * Changes an enterprise within the caller's scope. {@code expectedVersion}, when
	 * given, must match (optimistic locking: two editors cannot overwrite each other).
	 */
	@Transactional
	public EnterpriseView change(String uscc, EnterpriseDraft draft, Integer expectedVersion) {
		Enterprise e = findEntity(uscc);
		if (expectedVersion != null && expectedVersion != e.version()) {
			throw new ConflictException("enterprise.stale", uscc);
		}
		EnterpriseDraft d = normalize(new EnterpriseDraft(uscc, draft.name(), draft.divisionCode(),
				draft.industryCode(), draft.address(), draft.latitude(), draft.longitude(), draft.scale(),
				draft.employees(), draft.revenueBand(), draft.foundedOn(), draft.status(), draft.qualifications()));
		List<FieldProblem> problems = validate(d);
		Scope scope = currentUser.scope();
		if (scope.kind() == Scope.Kind.DIVISION && regions.exists(d.divisionCode())
				&& !regions.isWithin(d.divisionCode(), scope.divisionCode())) {
			// a handler cannot move an enterprise out of the jurisdiction (into someone
			// else's)
			problems.add(new FieldProblem("divisionCode", "division.outside-jurisdiction", d.divisionCode()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		EnterpriseView before = view(e);
		e.apply(d, regions.find(d.divisionCode()).orElseThrow().path(),
				industries.find(d.industryCode()).orElseThrow().path(), OffsetDateTime.now());
		enterprises.flush();
		EnterpriseView after = view(e);
		Set<String> fields = changedFields(before, after);
		if (!fields.isEmpty()) {
			audit.record("enterprise.change", "enterprise", uscc, before, after);
			events.publishEvent(new EnterpriseChanged(uscc, fields));
		}
		return after;
	}

	private Enterprise create(EnterpriseDraft d, boolean demo, OffsetDateTime now) {
		Region region = regions.find(d.divisionCode()).orElseThrow();
		IndustryClass industry = industries.find(d.industryCode()).orElseThrow();
		return new Enterprise(d, region.path(), industry.path(), demo, now);
	}

	/**
	 * Fills what can be derived: the bare class code for {@code C3421}, the division's
	 * centroid when no coordinates are given, sorted unique qualifications.
	 */
	EnterpriseDraft normalize(EnterpriseDraft d) {
		String industry = industries.find(d.industryCode()).map(IndustryClass::code).orElse(d.industryCode());
		Double lat = d.latitude();
		Double lon = d.longitude();
		if (lat == null && lon == null) {
			Optional<Region> region = regions.find(d.divisionCode());
			if (region.isPresent()) {
				lat = region.get().latitude();
				lon = region.get().longitude();
			}
		}
		List<String> quals = d.qualifications() == null ? List.of() : List
			.copyOf(new LinkedHashSet<>(d.qualifications().stream().filter(Objects::nonNull).sorted().toList()));
		String address = d.address() == null || d.address().isBlank() ? null : d.address().trim();
		return new EnterpriseDraft(d.uscc(), d.name() == null ? null : d.name().trim(), d.divisionCode(), industry,
				address, lat, lon, d.scale(), d.employees(), d.revenueBand(), d.foundedOn(), d.status(), quals);
	}

	private static Set<String> changedFields(EnterpriseView a, EnterpriseView b) {
		Map<String, Object[]> pairs = new LinkedHashMap<>();
		pairs.put("name", new Object[] { a.name(), b.name() });
		pairs.put("divisionCode", new Object[] { a.divisionCode(), b.divisionCode() });
		pairs.put("industryCode", new Object[] { a.industryCode(), b.industryCode() });
		pairs.put("address", new Object[] { a.address(), b.address() });
		pairs.put("location", new Object[] { a.latitude() + "," + a.longitude(), b.latitude() + "," + b.longitude() });
		pairs.put("scale", new Object[] { a.scale(), b.scale() });
		pairs.put("employees", new Object[] { a.employees(), b.employees() });
		pairs.put("revenueBand", new Object[] { a.revenueBand(), b.revenueBand() });
		pairs.put("foundedOn", new Object[] { a.foundedOn(), b.foundedOn() });
		pairs.put("status", new Object[] { a.status(), b.status() });
		pairs.put("qualifications", new Object[] { a.qualifications(), b.qualifications() });
		Set<String> changed = new LinkedHashSet<>();
		pairs.forEach((k, v) -> {
			if (!Objects.equals(v[0], v[1])) {
				changed.add(k);
			}
		});
		return changed;
	}

	// ---------------------------------------------------------------- reads

	/**
	 * One enterprise, if it lies in the caller's scope (404 otherwise, whether or not it
	 * exists).
	 */
	@Transactional(readOnly = true)
	public EnterpriseView find(String uscc) {
		return view(findEntity(uscc));
	}

	@Transactional(readOnly = true)
	public Optional<EnterpriseView> findOptional(String uscc) {
		return findInScope(uscc).map(this::view);
	}

	private Enterprise findEntity(String uscc) {
		return findInScope(uscc).orElseThrow(() -> new NotFoundException("enterprise", uscc));
	}

	private Optional<Enterprise> findInScope(String uscc) {
		ScopeCondition c = ScopeCondition.of(currentUser.scope(), regions);
		return enterprises.findInScope(uscc, c.all(), c.pathPrefix(), c.ownUscc());
	}

	/**
	 * The public facts of a registered enterprise, not limited to the caller's scope (see
	 * {@link EnterpriseFacts}).
	 */
	@Transactional(readOnly = true)
	public Optional<EnterpriseFacts> facts(String uscc) {
		return uscc == null ? Optional.empty() : enterprises.findFactsByUscc(uscc.trim());
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isRegistered(String uscc) {
		return enterprises.existsByUscc(uscc);
	}

	/** Searches the index; the caller's scope is a filter of the index query itself. */
	@Transactional(readOnly = true)
	public PageResponse<EnterpriseView> search(EnterpriseQuery query) {
		SearchSession session = Search.session(entityManager);
		SearchResult<Enterprise> result = session.search(Enterprise.class)
			.where(f -> predicate(f, query, currentUser.scope()))
			.sort(f -> sort(f, query))
			.loading(o -> ((SearchLoadingOptionsStep) o).fetchSize(query.size()))
			.fetch(query.page() * query.size(), query.size());
		long total = result.total().hitCount();
		return PageResponse.of(result.hits().stream().map(this::view).toList(), query.page(), query.size(), total);
	}

	/**
	 * Streams every enterprise matching the query in the caller's scope, in chunks
	 * (export).
	 */
	@Transactional(readOnly = true)
	public long forEach(EnterpriseQuery query, Consumer<EnterpriseView> consumer) {
		SearchSession session = Search.session(entityManager);
		long count = 0;
		try (var scroll = session.search(Enterprise.class)
			.where(f -> predicate(f, query, currentUser.scope()))
			.sort(f -> sort(f, query))
			.scroll(500)) {
			for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
				for (Enterprise e : chunk.hits()) {
					consumer.accept(view(e));
					count++;
				}
				entityManager.clear();
			}
		}
		return count;
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, EnterpriseQuery q, Scope scope) {
		BooleanPredicateClausesStep<?> root = f.bool();
		root.must(f.matchAll());
		switch (scope.kind()) {
			case ALL -> {
			}
			case DIVISION -> root.filter(f.match().field("divisions").matching(scope.divisionCode()));
			case ENTERPRISE -> root.filter(f.match().field("uscc").matching(scope.uscc()));
			case NONE -> root.filter(f.not(f.matchAll()));
		}
		String text = q.q() == null ? "" : q.q().trim();
		if (!text.isEmpty()) {
			String upper = text.toUpperCase(java.util.Locale.ROOT);
			if (USCC_PREFIX.matcher(upper).matches() && upper.chars().anyMatch(Character::isDigit)) {
				root.must(f.bool()
					.should(f.match().field("uscc").matching(upper).boost(10))
					.should(f.wildcard().field("uscc").matching(upper + "*")));
			}
			else {
				root.must(f.simpleQueryString()
					.field("name")
					.matching(escape(text))
					.defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND));
			}
		}
		if (q.division() != null && !q.division().isBlank()) {
			root.filter(f.match().field("divisions").matching(q.division().trim()));
		}
		if (q.industry() != null && !q.industry().isBlank()) {
			String code = industries.find(q.industry()).map(IndustryClass::code).orElse(q.industry().trim());
			root.filter(f.match().field("industries").matching(code));
		}
		if (q.qualification() != null && !q.qualification().isBlank()) {
			root.filter(f.match().field("qualifications").matching(q.qualification().trim()));
		}
		if (q.scale() != null) {
			root.filter(f.match().field("scale").matching(q.scale()));
		}
		if (q.status() != null) {
			root.filter(f.match().field("status").matching(q.status()));
		}
		return root;
	}

	/**
	 * Simple-query-string syntax characters are taken literally: users type names, not
	 * queries.
	 */
	private static String escape(String text) {
		StringBuilder sb = new StringBuilder();
		for (char c : text.toCharArray()) {
			if ("+|-\"*()~\\".indexOf(c) >= 0) {
				sb.append('\\');
			}
			sb.append(c);
		}
		return sb.toString();
	}

	private SortFinalStep sort(SearchSortFactory f, EnterpriseQuery q) {
		String s = q.sort() == null || q.sort().isBlank() ? (q.q() == null || q.q().isBlank() ? "name" : "relevance")
				: q.sort().trim();
		boolean desc = s.startsWith("-");
		String key = desc ? s.substring(1) : s;
		return switch (key) {
			case "name" -> desc ? f.field("name_sort").desc().then().field("uscc")
					: f.field("name_sort").asc().then().field("uscc");
			case "founded" -> desc ? f.field("foundedOn").desc().missing().last().then().field("uscc")
					: f.field("foundedOn").asc().missing().last().then().field("uscc");
			case "employees" -> desc ? f.field("employees").desc().missing().last().then().field("uscc")
					: f.field("employees").asc().missing().last().then().field("uscc");
			case "updated" -> desc ? f.field("updatedAt").desc().then().field("uscc")
					: f.field("updatedAt").asc().then().field("uscc");
			case "uscc" -> desc ? f.field("uscc").desc() : f.field("uscc").asc();
			default -> f.score().then().field("uscc");
		};
	}

	/**
	 * Enterprise counts per division code, every level counted (for the region browser).
	 * Counts are public statistics, not registry records, so they are not scoped.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> countsByDivision() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Object[] row : enterprises.countByDivisionPath()) {
			for (String code : ((String) row[0]).split("/")) {
				counts.merge(code, (Long) row[1], Long::sum);
			}
		}
		return counts;
	}

	// ---------------------------------------------------------------- views

	EnterpriseView view(Enterprise e) {
		return new EnterpriseView(e.uscc(), e.name(), e.divisionCode(), regions.fullName(e.divisionCode()),
				e.industryCode(), industries.nameOf(e.industryCode()), e.address(), e.latitude(), e.longitude(),
				e.scale(), e.employees(), e.revenueBand(), e.foundedOn(), e.status(), List.copyOf(e.qualifications()),
				e.demo(), e.createdAt(), e.updatedAt(), e.version());
	}

}
