package cn.lianshang.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Role;
import cn.lianshang.access.Scope;
import cn.lianshang.policy.model.Clause;
import cn.lianshang.policy.model.ClauseValidation;
import cn.lianshang.policy.model.Eligibility;
import cn.lianshang.policy.model.Outcome;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;

/**
 * Creating, amending, publishing and withdrawing policies. A policy officer bound to a
 * division works only on policies whose region scope lies within it (a condition of the
 * query: others are not found); an officer without a division and an administrator work
 * on all. Publishing, and amending a published policy, run the golden cases first and
 * refuse if one fails. Every change is audited.
 */
@Service
public class PublishingPolicy {

	static final String METRO = "METRO";

	static final String METRO_PATH = "METRO/";

	static final int MAX_TITLE = 200;

	static final int MAX_SHORT = 100;

	static final int MAX_TEXT = 4000;

	private final Policies policies;

	private final ClauseJson json;

	private final FactSources facts;

	private final Regions regions;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final EffectiveDatePushes effectiveDates;

	private final PolicyClock clock;

	PublishingPolicy(Policies policies, ClauseJson json, FactSources facts, Regions regions, CurrentUser currentUser,
			AuditLog audit, org.springframework.context.ApplicationEventPublisher events,
			EffectiveDatePushes effectiveDates, PolicyClock clock) {
		this.events = events;
		this.effectiveDates = effectiveDates;
		this.clock = clock;
		this.policies = policies;
		this.json = json;
		this.facts = facts;
		this.regions = regions;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	// ---------------------------------------------------------------- jurisdiction

	/** Where an editor may work: everywhere, or below one division path. */
	record Reach(boolean editor, boolean all, String prefix) {

		/**
		 * A path prefix no region path starts with (not a NUL: PostgreSQL refuses it in
		 * text).
		 */
		static final String NOWHERE = "-/";

		static final Reach EVERYWHERE = new Reach(true, true, "");

		boolean covers(String regionPath) {
			return editor && (all || regionPath.startsWith(prefix));
		}

	}

	Reach reach() {
		boolean editor = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.POLICY_OFFICER);
		Scope scope = currentUser.scope();
		return switch (scope.kind()) {
			case ALL -> new Reach(editor, true, "");
			case DIVISION ->
				new Reach(editor, false, regions.find(scope.divisionCode()).map(Region::path).orElse(Reach.NOWHERE));
			default -> new Reach(false, false, Reach.NOWHERE);
		};
	}

	String regionPath(String regionScope) {
		if (METRO.equals(regionScope)) {
			return METRO_PATH;
		}
		return regions.find(regionScope).map(Region::path).orElse(null);
	}

	// ---------------------------------------------------------------- changes

	@Transactional
	public PolicyViews.Detail create(PolicyDraft draft) {
		return create(draft, reach(), false);
	}

	@Transactional
	PolicyViews.Detail create(PolicyDraft draft, Reach reach, boolean demo) {
		if (!reach.editor()) {
			throw new AccessDeniedException("not a policy editor");
		}
		Validated v = validate(draft);
		String path = regionPath(draft.terms().regionScope());
		if (!reach.covers(path)) {
			throw new AccessDeniedException("region scope outside the editor's jurisdiction");
		}
		Policy p = policies.save(new Policy(draft.terms(), path, v.articles(), json.write(v.clause()), v.cases(), demo,
				OffsetDateTime.now()));
		PolicyViews.Detail detail = detail(p, LocalDate.now());
		audit.record("policy.create", "policy", String.valueOf(p.id()), null, detail);
		return detail;
	}

	@Transactional
	public PolicyViews.Detail amend(long id, EligibilityChange change) {
		return amend(id, change, reach());
	}

	@Transactional
	PolicyViews.Detail amend(long id, EligibilityChange change, Reach reach) {
		Policy p = editable(id, reach);
		if (change.expectedVersion() != null && change.expectedVersion() != p.version()) {
			throw new ConflictException("policy.stale", id);
		}
		List<FieldProblem> problems = new ArrayList<>();
		Set<Integer> articles = new HashSet<>();
		p.articles().forEach(a -> articles.add(a.number()));
		Clause clause = clause(change.eligibility(), articles, problems);
		List<GoldenCase> cases = change.goldenCases() == null ? null : cases(change.goldenCases(), problems);
		PolicyVersion latest = p.latestVersion();
		LocalDate from = change.effectiveFrom() != null ? change.effectiveFrom()
				: p.status() == PolicyStatus.DRAFT ? latest.effectiveFrom() : clock.today();
		if (from.isBefore(latest.effectiveFrom())) {
			problems.add(new FieldProblem("effectiveFrom", "policy.version.backdated", latest.effectiveFrom()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		PolicyViews.Detail before = detail(p, from);
		p.amend(from, json.write(clause), cases, OffsetDateTime.now());
		if (p.status() == PolicyStatus.PUBLISHED) {
			requirePassingGoldenCases(p);
		}
		policies.flush();
		PolicyViews.Detail after = detail(p, from);
		audit.record("policy.amend", "policy", String.valueOf(id), before, after);
		if (p.status() == PolicyStatus.PUBLISHED) {
			PolicyVersion added = p.latestVersion();
			effectiveDates.armIfAhead(id, added.versionNo(), added.effectiveFrom());
			events.publishEvent(new PolicyPublished(id, added.versionNo(), "policy.amend v" + added.versionNo()));
		}
		return after;
	}

	@Transactional
	public PolicyViews.Detail publish(long id) {
		return publish(id, reach());
	}

	@Transactional
	PolicyViews.Detail publish(long id, Reach reach) {
		Policy p = editable(id, reach);
		if (p.status() != PolicyStatus.DRAFT) {
			throw new ConflictException("policy.state", p.status(), "publish");
		}
		requirePassingGoldenCases(p);
		p.publish(OffsetDateTime.now());
		policies.flush();
		PolicyViews.Detail after = detail(p, LocalDate.now());
		audit.record("policy.publish", "policy", String.valueOf(id), PolicyStatus.DRAFT.name(), after);
		// the push on publish evaluates the version in force today; a version in force
		// from a later date is pushed by its timer
		for (PolicyVersion v : p.versions()) {
			effectiveDates.armIfAhead(id, v.versionNo(), v.effectiveFrom());
		}
		int versionNo = p.latestVersion().versionNo();
		events.publishEvent(new PolicyPublished(id, versionNo, "policy.publish v" + versionNo));
		return after;
	}

	@Transactional
	public PolicyViews.Detail withdraw(long id) {
		Policy p = editable(id, reach());
		p.withdraw(OffsetDateTime.now());
		policies.flush();
		PolicyViews.Detail after = detail(p, LocalDate.now());
		audit.record("policy.withdraw", "policy", String.valueOf(id), PolicyStatus.PUBLISHED.name(), after);
		return after;
	}

	private Policy editable(long id, Reach reach) {
		if (!reach.editor()) {
			throw new AccessDeniedException("not a policy editor");
		}
		return policies.findEditable(id, reach.all(), reach.prefix())
			.orElseThrow(() -> new NotFoundException("policy", String.valueOf(id)));
	}

	// ---------------------------------------------------------------- golden cases

	private void requirePassingGoldenCases(Policy p) {
		if (p.goldenCases().isEmpty()) {
			throw new ConflictException("policy.golden-case.none", p.title());
		}
		for (PolicyViews.CaseResult r : runGoldenCases(p)) {
			if (!r.passed()) {
				throw new ConflictException("policy.golden-case.failed", r.name(), r.expected(), r.actual());
			}
		}
	}

	/** Every golden case under the policy's newest eligibility version. */
	List<PolicyViews.CaseResult> runGoldenCases(Policy p) {
		PolicyVersion latest = p.latestVersion();
		Clause clause = json.read(latest.eligibilityJson());
		List<PolicyViews.CaseResult> results = new ArrayList<>();
		for (GoldenCase c : p.goldenCases()) {
			LocalDate on = c.onDate() != null ? c.onDate() : latest.effectiveFrom();
			Outcome actual = Eligibility.evaluate(clause, facts.of(caseFacts(c)), on).outcome();
			results.add(new PolicyViews.CaseResult(c.name(), c.expected(), actual.decision(),
					actual.decision().equals(c.expected())));
		}
		return results;
	}

	CaseFacts caseFacts(GoldenCase c) {
		try {
			return json.mapper().readValue(c.factsJson(), CaseFacts.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("stored golden case cannot be read: " + c.name(), e);
		}
	}

	// ---------------------------------------------------------------- validation

	record Validated(List<PolicyArticle> articles, Clause clause, List<GoldenCase> cases) {

	}

	Validated validate(PolicyDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		Validated v = collect(d, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return v;
	}

	/**
	 * Checks a draft as a whole and adds every problem to {@code problems}; the clause is
	 * null when the tree could not be read.
	 */
	Validated collect(PolicyDraft d, List<FieldProblem> problems) {
		PolicyTerms t = d.terms();
		text(problems, "title", t.title(), MAX_TITLE, true);
		text(problems, "issuer", t.issuer(), MAX_SHORT, true);
		text(problems, "documentNumber", t.documentNumber(), MAX_SHORT, true);
		text(problems, "benefitAmount", t.benefitAmount(), 400, false);
		text(problems, "contact", t.contact(), 200, false);
		required(problems, "issueDate", t.issueDate());
		required(problems, "effectiveFrom", t.effectiveFrom());
		required(problems, "howToClaim", t.howToClaim());
		required(problems, "benefitKind", t.benefitKind());
		if (t.effectiveFrom() != null && t.effectiveTo() != null && t.effectiveTo().isBefore(t.effectiveFrom())) {
			problems.add(new FieldProblem("effectiveTo", "policy.dates.order", t.effectiveFrom(), t.effectiveTo()));
		}
		if (t.regionScope() == null) {
			problems.add(new FieldProblem("regionScope", "required"));
		}
		else if (!METRO.equals(t.regionScope()) && !regions.exists(t.regionScope())) {
			problems.add(new FieldProblem("regionScope", "division.unknown", t.regionScope()));
		}
		List<PolicyArticle> articles = new ArrayList<>();
		Set<Integer> numbers = new LinkedHashSet<>();
		if (d.articles() == null || d.articles().isEmpty()) {
			problems.add(new FieldProblem("articles", "required"));
		}
		else {
			for (int i = 0; i < d.articles().size(); i++) {
				PolicyDraft.ArticleDraft a = d.articles().get(i);
				String path = "articles[" + i + "]";
				if (a == null || a.number() == null || a.number() < 1) {
					problems.add(new FieldProblem(path + ".number", "required"));
					continue;
				}
				if (!numbers.add(a.number())) {
					problems.add(new FieldProblem(path + ".number", "policy.article.duplicate", a.number()));
				}
				String text = a.text() == null ? null : a.text().trim();
				text(problems, path + ".text", text, MAX_TEXT, true);
				articles.add(new PolicyArticle(a.number(), text));
			}
		}
		Clause clause = clause(d.eligibility(), numbers, problems);
		List<GoldenCase> cases = d.goldenCases() == null ? List.of() : cases(d.goldenCases(), problems);
		return new Validated(articles, clause, cases);
	}

	private Clause clause(com.fasterxml.jackson.databind.JsonNode node, Set<Integer> articles,
			List<FieldProblem> problems) {
		ClauseJson.Parsed parsed = json.parse(node, "eligibility");
		problems.addAll(parsed.problems());
		if (parsed.clause() == null) {
			return null;
		}
		for (ClauseValidation.Violation v : ClauseValidation.check(parsed.clause(), "eligibility",
				facts.vocabulary(articles))) {
			problems.add(new FieldProblem(v.path(), v.code(), v.args().toArray()));
		}
		return parsed.clause();
	}

	private List<GoldenCase> cases(List<PolicyDraft.GoldenCaseDraft> drafts, List<FieldProblem> problems) {
		List<GoldenCase> cases = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < drafts.size(); i++) {
			PolicyDraft.GoldenCaseDraft c = drafts.get(i);
			String path = "goldenCases[" + i + "]";
			if (c == null) {
				problems.add(new FieldProblem(path, "required"));
				continue;
			}
			String name = c.name() == null ? null : c.name().trim();
			text(problems, path + ".name", name, MAX_SHORT, true);
			if (name != null && !names.add(name)) {
				problems.add(new FieldProblem(path + ".name", "policy.golden-case.duplicate", name));
			}
			if (Outcome.ofDecision(c.expected()).isEmpty()) {
				problems.add(new FieldProblem(path + ".expected", "policy.golden-case.expected", c.expected()));
			}
			problems.addAll(facts.check(c.facts(), path + ".facts"));
			try {
				cases.add(new GoldenCase(name,
						json.mapper().writeValueAsString(c.facts() == null ? CaseFacts.none() : c.facts()),
						c.expected(), c.on()));
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException(e);
			}
		}
		return cases;
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "required"));
			}
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "too-long", max));
		}
	}

	private static void required(List<FieldProblem> problems, String field, Object value) {
		if (value == null) {
			problems.add(new FieldProblem(field, "required"));
		}
	}

	// ---------------------------------------------------------------- the editor

	/**
	 * Rewrites a draft as a whole: its terms, articles, clause tree and golden cases. A
	 * draft's newest eligibility version is replaced, not added to (nothing has been
	 * decided under a draft); while it has one version, that version follows the draft's
	 * effective date. Audited as {@code policy.revise}.
	 */
	@Transactional
	public PolicyViews.Detail revise(long id, PolicyDraft draft, Integer expectedVersion) {
		Reach reach = reach();
		Policy p = editable(id, reach);
		if (p.status() != PolicyStatus.DRAFT) {
			throw new ConflictException("policy.state", p.status(), "revise");
		}
		if (expectedVersion != null && expectedVersion != p.version()) {
			throw new ConflictException("policy.stale", id);
		}
		Validated v = validate(draft);
		String path = regionPath(draft.terms().regionScope());
		if (!reach.covers(path)) {
			throw new AccessDeniedException("region scope outside the editor's jurisdiction");
		}
		PolicyViews.Detail before = latestDetail(p);
		p.revise(draft.terms(), path, v.articles(), json.write(v.clause()), v.cases(), OffsetDateTime.now());
		policies.flush();
		PolicyViews.Detail after = latestDetail(p);
		audit.record("policy.revise", "policy", String.valueOf(id), before, after);
		return after;
	}

	/**
	 * What the editor's check shows before saving, publishing or amending: every problem
	 * at its path, the golden cases run against the tree (when the tree could be read),
	 * and the tree as plain Chinese.
	 */
	public record Check(List<FieldProblem> problems, List<PolicyViews.CaseRun> cases,
			PolicyViews.Condition conditions) {

		/** Nothing to fix, at least one golden case, and every case passes. */
		public boolean publishable() {
			return problems.isEmpty() && !cases.isEmpty() && cases.stream().allMatch(PolicyViews.CaseRun::passed);
		}

		public boolean failing() {
			return cases.stream().anyMatch(c -> !c.passed());
		}

	}

	/** Checks a new or edited draft without saving it. */
	@Transactional(readOnly = true)
	public Check check(PolicyDraft draft) {
		Reach reach = reach();
		if (!reach.editor()) {
			throw new AccessDeniedException("not a policy editor");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Validated v = collect(draft, problems);
		String scope = draft.terms().regionScope();
		String path = scope == null ? null : regionPath(scope);
		if (path != null && !reach.covers(path)) {
			problems.add(new FieldProblem("regionScope", "policy.region.outside", scope));
		}
		LocalDate on = draft.effectiveFrom() != null ? draft.effectiveFrom() : clock.today();
		return check(problems, v.clause(), v.cases(), on);
	}

	/**
	 * Checks an amendment of a policy's eligibility without saving it: the tree against
	 * the policy's articles, the golden cases (the new ones, or else the policy's own) at
	 * the new version's date.
	 */
	@Transactional(readOnly = true)
	public Check check(long id, EligibilityChange change) {
		Policy p = editable(id, reach());
		List<FieldProblem> problems = new ArrayList<>();
		Set<Integer> articles = new HashSet<>();
		p.articles().forEach(a -> articles.add(a.number()));
		Clause clause = clause(change.eligibility(), articles, problems);
		List<GoldenCase> cases = change.goldenCases() == null ? p.goldenCases() : cases(change.goldenCases(), problems);
		PolicyVersion latest = p.latestVersion();
		LocalDate from = change.effectiveFrom() != null ? change.effectiveFrom()
				: p.status() == PolicyStatus.DRAFT ? latest.effectiveFrom() : clock.today();
		if (from.isBefore(latest.effectiveFrom())) {
			problems.add(new FieldProblem("effectiveFrom", "policy.version.backdated", latest.effectiveFrom()));
		}
		return check(problems, clause, cases, from);
	}

	private Check check(List<FieldProblem> problems, Clause clause, List<GoldenCase> cases, LocalDate on) {
		boolean treeReadable = clause != null && problems.stream().noneMatch(p -> p.field().startsWith("eligibility"));
		if (!treeReadable) {
			return new Check(List.copyOf(problems), List.of(), null);
		}
		cn.lianshang.policy.model.Names names = facts.names();
		List<PolicyViews.CaseRun> runs = new ArrayList<>();
		for (GoldenCase c : cases) {
			LocalDate date = c.onDate() != null ? c.onDate() : on;
			cn.lianshang.policy.model.Evaluation e = Eligibility.evaluate(clause, facts.of(caseFacts(c)), date, names);
			EligibilityResult r = EligibilityResult.of(0, null, date, true, 0, e);
			runs.add(new PolicyViews.CaseRun(c.name(), c.expected(), r.outcome(), r.outcome().equals(c.expected()),
					date, r.summary(), r.trace().stream().map(EligibilityResult.Trace::sentence).toList()));
		}
		return new Check(List.copyOf(problems), runs, condition(clause, names));
	}

	/**
	 * The policies the caller may edit, a condition of the query (a county officer sees
	 * its county's only), newest change first; optionally of one status and with a word
	 * of the title.
	 */
	@Transactional(readOnly = true)
	public PageResponse<PolicyViews.Summary> listEditable(String q, PolicyStatus status, int page, int size) {
		Reach r = reach();
		if (!r.editor()) {
			throw new AccessDeniedException("not a policy editor");
		}
		List<PolicyStatus> statuses = status == null ? List.of(PolicyStatus.values()) : List.of(status);
		String words = q == null ? "" : q.trim();
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
				Sort.by("updatedAt").descending().and(Sort.by("id").descending()));
		return PageResponse.of(policies.findEditable(r.all(), r.prefix(), statuses, words, pageable), this::summary);
	}

	/**
	 * A policy the caller may edit, with its newest eligibility version (not today's).
	 */
	@Transactional(readOnly = true)
	public PolicyViews.Detail findEditable(long id) {
		return latestDetail(editable(id, reach()));
	}

	/**
	 * Whether the caller may edit the policy: the editor's own query (a county officer,
	 * its county's policies only), so that a page links to the editor only where the
	 * editor opens.
	 */
	@Transactional(readOnly = true)
	public boolean mayEdit(long id) {
		Reach r = reach();
		return r.editor() && policies.findEditable(id, r.all(), r.prefix()).isPresent();
	}

	/**
	 * The region scopes the caller may give a policy, code to name: the whole area and
	 * every division for an editor of everything, else the divisions within its own.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, String> regionScopesForEditor() {
		Reach r = reach();
		java.util.Map<String, String> scopes = new java.util.LinkedHashMap<>();
		if (!r.editor()) {
			return scopes;
		}
		if (r.all()) {
			scopes.put(METRO, regionName(METRO));
		}
		regions.all()
			.stream()
			.filter(x -> r.covers(x.path()))
			.sorted(java.util.Comparator.comparing(Region::path))
			.forEach(x -> scopes.put(x.code(), regionName(x.code())));
		return scopes;
	}

	private PolicyViews.Detail latestDetail(Policy p) {
		return detail(p, p.latestVersion().effectiveFrom());
	}

	// ---------------------------------------------------------------- reads

	@Transactional(readOnly = true)
	public PageResponse<PolicyViews.Summary> list(int page, int size, PolicyStatus status) {
		Reach r = reach();
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
				Sort.by("issueDate").descending().and(Sort.by("id")));
		var result = status == null ? policies.findVisible(r.editor(), r.all(), r.prefix(), pageable)
				: policies.findVisibleByStatus(status, r.editor(), r.all(), r.prefix(), pageable);
		return PageResponse.of(result, this::summary);
	}

	@Transactional(readOnly = true)
	public PolicyViews.Detail find(long id) {
		return detail(visible(id), LocalDate.now());
	}

	@Transactional(readOnly = true)
	public List<PolicyViews.CaseResult> goldenCaseResults(long id) {
		return runGoldenCases(visible(id));
	}

	Policy visible(long id) {
		Reach r = reach();
		return policies.findVisible(id, r.editor(), r.all(), r.prefix())
			.orElseThrow(() -> new NotFoundException("policy", String.valueOf(id)));
	}

	String regionName(String regionScope) {
		if (METRO.equals(regionScope)) {
			return "沈阳都市圈";
		}
		String name = regions.fullName(regionScope);
		return name.isEmpty() ? regionScope : name;
	}

	PolicyViews.Summary summary(Policy p) {
		return new PolicyViews.Summary(p.id(), p.title(), p.issuer(), p.documentNumber(), p.issueDate(),
				p.effectiveFrom(), p.effectiveTo(), p.regionScope(), regionName(p.regionScope()), p.howToClaim(),
				p.benefitKind(), p.benefitAmount(), p.status(), p.demo());
	}

	PolicyViews.Detail detail(Policy p, LocalDate on) {
		PolicyVersion current = p.versionAt(on);
		List<PolicyViews.Case> cases = p.goldenCases()
			.stream()
			.map(c -> new PolicyViews.Case(c.name(), c.expected(), c.onDate(), readTree(c.factsJson())))
			.toList();
		return new PolicyViews.Detail(p.id(), p.title(), p.issuer(), p.documentNumber(), p.issueDate(),
				p.effectiveFrom(), p.effectiveTo(), p.regionScope(), regionName(p.regionScope()), p.howToClaim(),
				p.benefitKind(), p.benefitAmount(), p.contact(), p.status(), p.demo(), p.version(),
				p.articles()
					.stream()
					.map(a -> new PolicyViews.Article(a.number(), cn.lianshang.policy.model.Articles.label(a.number()),
							a.text()))
					.toList(),
				current.versionNo(), readTree(current.eligibilityJson()),
				p.versions().stream().map(v -> new PolicyViews.VersionInfo(v.versionNo(), v.effectiveFrom())).toList(),
				cases);
	}

	private com.fasterxml.jackson.databind.JsonNode readTree(String text) {
		try {
			return json.mapper().readTree(text);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The published policies in force today whose title holds every word of {@code q},
	 * optionally of one region scope and one way to claim; newest first.
	 */
	@Transactional(readOnly = true)
	public PageResponse<PolicyViews.Summary> searchInForce(String q, String regionScope, HowToClaim howToClaim,
			int page, int size) {
		List<String> words = q == null ? List.of()
				: java.util.Arrays.stream(q.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
		List<PolicyViews.Summary> all = policies.findInForce(LocalDate.now())
			.stream()
			.filter(p -> words.stream().allMatch(w -> p.title().contains(w)))
			.filter(p -> regionScope == null || regionScope.equals(p.regionScope()))
			.filter(p -> howToClaim == null || howToClaim == p.howToClaim())
			.sorted(java.util.Comparator.comparing(Policy::issueDate).reversed().thenComparing(Policy::id))
			.map(this::summary)
			.toList();
		int s = Math.min(Math.max(size, 1), 200);
		int from = Math.min(Math.max(page, 0) * s, all.size());
		return PageResponse.of(all.subList(from, Math.min(from + s, all.size())), Math.max(page, 0), s, all.size());
	}

	/** The region scopes of the policies in force today, code to name, in code order. */
	@Transactional(readOnly = true)
	public java.util.Map<String, String> regionScopesInForce() {
		java.util.Map<String, String> scopes = new java.util.TreeMap<>();
		policies.findInForce(LocalDate.now()).forEach(p -> scopes.put(p.regionScope(), regionName(p.regionScope())));
		return scopes;
	}

	/**
	 * The eligibility in force today of a policy the caller may read, as a tree of
	 * plain-Chinese conditions.
	 */
	@Transactional(readOnly = true)
	public PolicyViews.Condition conditions(long id) {
		Policy p = visible(id);
		return condition(json.read(p.versionAt(LocalDate.now()).eligibilityJson()), facts.names());
	}

	static PolicyViews.Condition condition(Clause c, cn.lianshang.policy.model.Names names) {
		if (c instanceof Clause.All a) {
			return new PolicyViews.Condition("all", null, null,
					a.all().stream().map(x -> condition(x, names)).toList());
		}
		if (c instanceof Clause.Any a) {
			return new PolicyViews.Condition("any", null, null,
					a.any().stream().map(x -> condition(x, names)).toList());
		}
		if (c instanceof Clause.Not n) {
			return new PolicyViews.Condition("not", null, null, List.of(condition(n.not(), names)));
		}
		Clause.Leaf leaf = (Clause.Leaf) c;
		return new PolicyViews.Condition("leaf", leaf.requirement(names),
				cn.lianshang.policy.model.Articles.label(leaf.article()), List.of());
	}

	Optional<Policy> entity(long id) {
		return policies.findById(id);
	}

}
