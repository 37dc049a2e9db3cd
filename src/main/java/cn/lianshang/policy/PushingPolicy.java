package cn.lianshang.policy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.enterprise.EnterpriseQuery;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.notification.Notifying;
import cn.lianshang.policy.model.Clause;
import cn.lianshang.policy.model.Eligibility;
import cn.lianshang.policy.model.EnterpriseFacts;
import cn.lianshang.policy.model.Fact;
import cn.lianshang.policy.model.FactColumns;
import cn.lianshang.policy.model.Outcome;

/**
 * Precise push. When a policy is published or amended, every active enterprise in its
 * region is evaluated against the version in force today; when an enterprise is
 * registered or changed, it is evaluated against every policy in force. An enterprise
 * that has become eligible and was never pushed this policy gets a push (one per policy
 * version and enterprise: a unique constraint), a message in its inbox and an email. At
 * most {@code weeklyCap} pushes reach an enterprise in a calendar week; the rest wait in
 * the queue ({@link PushState#QUEUED}) and go out, oldest first, in a later week.
 * <p>
 * 免申即享 policies add a credit screen: an enterprise eligible on every other condition
 * whose credit status is known good is asked to confirm its intent; one whose credit
 * status is unknown is not passed but listed for a manual check
 * ({@link PushState#CREDIT_CHECK}); a serious dishonesty record excludes it.
 * <p>
 * Runs on any node are serialized by a row lock ({@code policy_push_lock}), so the cap
 * holds across nodes. Each run over a policy is audited (one record with its counts), and
 * so is each enterprise's run that pushed something.
 */
@Service
public class PushingPolicy {

	private static final Logger log = LoggerFactory.getLogger(PushingPolicy.class);

	private final Policies policies;

	private final PolicyPushes pushes;

	private final EnterpriseRegistry registry;

	private final FactSources facts;

	private final ClauseJson json;

	private final Notifying notifying;

	private final SystemActor system;

	private final PushSettings settings;

	private final AuditLog audit;

	private final JdbcTemplate jdbc;

	private final PolicyClock clock;

	PushingPolicy(Policies policies, PolicyPushes pushes, EnterpriseRegistry registry, FactSources facts,
			ClauseJson json, Notifying notifying, SystemActor system, PushSettings settings, AuditLog audit,
			JdbcTemplate jdbc, PolicyClock clock) {
		this.clock = clock;
		this.policies = policies;
		this.pushes = pushes;
		this.registry = registry;
		this.facts = facts;
		this.json = json;
		this.notifying = notifying;
		this.system = system;
		this.settings = settings;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** What one run did. */
	public record Run(long evaluated, int pushed, int queued, int creditCheck, int alreadyPushed, long millis) {

	}

	/** One enterprise that should get a push, and in which state it starts. */
	record Candidate(String uscc, String divisionPath, PushState state) {

	}

	// ---------------------------------------------------------------- deciding

	/**
	 * Whether a push is due for these facts: {@code PUSHED} (send it),
	 * {@code CREDIT_CHECK} (免申即享, credit unknown), or empty. Decided without a trace
	 * ({@link Eligibility#outcome}): a push names the policy, not the reasons.
	 */
	static Optional<PushState> decide(Clause clause, boolean automatic, EnterpriseFacts f, LocalDate on) {
		Outcome outcome = Eligibility.outcome(clause, f, on);
		if (!automatic) {
			return outcome == Outcome.PASS ? Optional.of(PushState.PUSHED) : Optional.empty();
		}
		if (outcome == Outcome.PASS) {
			if (f.seriousDishonesty() == null) {
				return Optional.of(PushState.CREDIT_CHECK);
			}
			return f.seriousDishonesty() ? Optional.empty() : Optional.of(PushState.PUSHED);
		}
		if (outcome == Outcome.UNKNOWN && Eligibility.unknownFacts(clause, f, on).equals(ONLY_CREDIT)) {
			return Optional.of(PushState.CREDIT_CHECK);
		}
		return Optional.empty();
	}

	private static final Set<Fact> ONLY_CREDIT = Set.of(Fact.CREDIT);

	static boolean covers(Policy p, String divisionPath) {
		return PublishingPolicy.METRO_PATH.equals(p.regionPath())
				|| (divisionPath != null && divisionPath.startsWith(p.regionPath()));
	}

	// ---------------------------------------------------------------- runs

	/** A policy version to evaluate over the registry, and what it found. */
	private record Target(Policy policy, int versionNo, Clause clause, boolean automatic, String reason,
			List<Candidate> found) {

	}

	/**
	 * Evaluates every active enterprise against every policy in force whose current
	 * version has not been run yet (just published or amended), in one pass over the
	 * registry, and pushes. Each policy version is run once: its run is recorded in
	 * {@code policy_push_run}, so a second event for it finds nothing to do.
	 */
	@Transactional
	public Run pushPending() {
		long start = System.nanoTime();
		lock();
		LocalDate today = clock.today();
		Set<String> done = new HashSet<>(
				jdbc.queryForList("select policy_id || ':' || version_no from policy_push_run", String.class));
		List<Target> targets = new ArrayList<>();
		for (Policy p : policies.findInForce(today)) {
			PolicyVersion v = p.versionAt(today);
			if (!done.contains(p.id() + ":" + v.versionNo())) {
				targets.add(target(p, v, (v.versionNo() == 1 ? "policy.publish v" : "policy.amend v") + v.versionNo()));
			}
		}
		return run(targets, today, start);
	}

	private Target target(Policy p, PolicyVersion v, String reason) {
		return new Target(p, v.versionNo(), json.read(v.eligibilityJson()), p.howToClaim() == HowToClaim.AUTOMATIC,
				reason, new ArrayList<>());
	}

	/**
	 * The run of a version's effective-date timer ({@link EffectiveDatePushes}): pushes
	 * that version as of its effective date (or today, if later), as a push on publish
	 * would, unless another version is in force then (a later amendment superseded it),
	 * the policy is not in force then (withdrawn, expired), or the version was already
	 * run. Audited, whatever it found.
	 */
	@Transactional
	public Run pushEffective(EffectiveDateTimer timer) {
		long start = System.nanoTime();
		lock();
		Optional<Policy> found = policies.findById(timer.policyId());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("version", timer.versionNo());
		Run run = new Run(0, 0, 0, 0, 0, 0);
		String outcome;
		if (found.isEmpty()) {
			outcome = "gone";
		}
		else {
			Policy p = found.get();
			Optional<PolicyVersion> version = p.versions()
				.stream()
				.filter(v -> v.versionNo() == timer.versionNo())
				.findFirst();
			LocalDate today = clock.today();
			LocalDate on = version.map(v -> v.effectiveFrom().isAfter(today) ? v.effectiveFrom() : today).orElse(today);
			after.put("on", on);
			if (version.isEmpty()) {
				outcome = "gone";
			}
			else if (!p.inForceOn(on)) {
				outcome = "not-in-force";
			}
			else if (p.versionAt(on).versionNo() != timer.versionNo()) {
				outcome = "superseded";
				after.put("inForce", p.versionAt(on).versionNo());
			}
			else if (jdbc.queryForObject("select count(*) from policy_push_run where policy_id = ? and version_no = ?",
					Long.class, p.id(), timer.versionNo()) > 0) {
				outcome = "already-run";
			}
			else {
				outcome = "pushed";
				run = run(List.of(target(p, version.get(), "policy.effective v" + timer.versionNo())), on, start);
				after.put("pushed", run.pushed());
				after.put("queued", run.queued());
				after.put("creditCheck", run.creditCheck());
			}
		}
		after.put("outcome", outcome);
		audit.recordAs("system", "policy.effective", "policy", String.valueOf(timer.policyId()), null, after);
		log.info("effective-date timer of policy {} v{}: {}", timer.policyId(), timer.versionNo(), outcome);
		return run;
	}

	/**
	 * Evaluates every active enterprise against the targets as of {@code today}, in one
	 * pass over the registry, pushes, and records each target's run.
	 */
	private Run run(List<Target> targets, LocalDate today, long start) {
		if (targets.isEmpty()) {
			return new Run(0, 0, 0, 0, 0, 0);
		}
		// in chunks: the registry's facts into bitset columns, which drop the enterprises
		// surely failing a policy; the survivors get the full evaluation
		List<String> usccs = new ArrayList<>(CHUNK);
		List<EnterpriseFacts> chunk = new ArrayList<>(CHUNK);
		long evaluated = system.call(() -> registry
			.forEach(new EnterpriseQuery(null, null, null, null, null, EnterpriseStatus.ACTIVE, "uscc", 0, 200), e -> {
				usccs.add(e.uscc());
				chunk.add(facts.of(e));
				if (chunk.size() == CHUNK) {
					evaluate(targets, usccs, chunk, today);
				}
			}));
		evaluate(targets, usccs, chunk, today);
		long evaluatedMillis = (System.nanoTime() - start) / 1_000_000;
		// the registry's scroll clears the persistence context: nothing is written before
		// this point
		int pushed = 0;
		int queued = 0;
		int credit = 0;
		int skipped = 0;
		for (Target t : targets) {
			Policy p = t.policy();
			String reason = t.reason();
			Set<String> already = new HashSet<>(pushes.findUsccsByPolicy(p.id()));
			Run r = write(p, t.versionNo(), t.found(), already, reason, evaluated, start, true);
			jdbc.update(
					"insert into policy_push_run (policy_id, version_no, reason, finished_at, evaluated, pushed,"
							+ " queued, credit_check, millis) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					p.id(), t.versionNo(), reason, OffsetDateTime.now(), evaluated, r.pushed(), r.queued(),
					r.creditCheck(), r.millis());
			pushed += r.pushed();
			queued += r.queued();
			credit += r.creditCheck();
			skipped += r.alreadyPushed();
		}
		Run run = new Run(evaluated, pushed, queued, credit, skipped, (System.nanoTime() - start) / 1_000_000);
		log.info(
				"push run: {} policies × {} active enterprises evaluated in {} ms; {} pushed, {} queued, {} to credit check; {} ms in all",
				targets.size(), evaluated, evaluatedMillis, pushed, queued, credit, run.millis());
		return run;
	}

	/** Enterprises evaluated together over one set of bitset columns. */
	static final int CHUNK = 8192;

	/**
	 * Finds the candidates of every target among a chunk of enterprises, then empties the
	 * chunk. The {@link FactColumns} pre-filter drops only enterprises whose evaluation
	 * surely fails, for which {@link #decide} finds nothing; the others are decided one
	 * by one, in registry order.
	 */
	static void evaluate(List<Target> targets, List<String> usccs, List<EnterpriseFacts> chunk, LocalDate today) {
		if (chunk.isEmpty()) {
			return;
		}
		FactColumns columns = FactColumns.of(chunk);
		for (Target t : targets) {
			BitSet candidates = columns.candidates(t.clause(), today);
			for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
				EnterpriseFacts f = chunk.get(i);
				String uscc = usccs.get(i);
				if (covers(t.policy(), f.divisionPath())) {
					decide(t.clause(), t.automatic(), f, today)
						.ifPresent(s -> t.found().add(new Candidate(uscc, f.divisionPath(), s)));
				}
			}
		}
		usccs.clear();
		chunk.clear();
	}

	/** Evaluates one enterprise against every policy in force and pushes. */
	@Transactional
	public Run pushEnterprise(String uscc, String reason) {
		long start = System.nanoTime();
		LocalDate today = clock.today();
		List<Policy> inForce = policies.findInForce(today);
		if (inForce.isEmpty()) {
			return new Run(0, 0, 0, 0, 0, 0);
		}
		lock();
		Optional<EnterpriseView> view = system.call(() -> registry.findOptional(uscc));
		if (view.isEmpty() || view.get().status() != EnterpriseStatus.ACTIVE) {
			return new Run(0, 0, 0, 0, 0, 0);
		}
		EnterpriseFacts f = facts.of(view.get());
		Set<Long> pushedBefore = null;
		int pushed = 0;
		int queued = 0;
		int credit = 0;
		int already = 0;
		for (Policy p : inForce) {
			if (!covers(p, f.divisionPath())) {
				continue;
			}
			PolicyVersion version = p.versionAt(today);
			Optional<PushState> state = decide(json.read(version.eligibilityJson()),
					p.howToClaim() == HowToClaim.AUTOMATIC, f, today);
			if (state.isEmpty()) {
				continue;
			}
			if (pushedBefore == null) {
				pushedBefore = pushes.findPolicyIdsByUscc(uscc);
			}
			if (pushedBefore.contains(p.id())) {
				already++;
				continue;
			}
			Run r = write(p, version.versionNo(), List.of(new Candidate(uscc, f.divisionPath(), state.get())), Set.of(),
					reason, 1, start, false);
			pushed += r.pushed();
			queued += r.queued();
			credit += r.creditCheck();
		}
		return new Run(1, pushed, queued, credit, already, (System.nanoTime() - start) / 1_000_000);
	}

	private Run write(Policy p, int versionNo, List<Candidate> candidates, Set<String> already, String reason,
			long evaluated, long start, boolean auditAlways) {
		OffsetDateTime now = OffsetDateTime.now();
		Map<String, Long> week = weekCounts(now.toInstant());
		int pushed = 0;
		int queued = 0;
		int credit = 0;
		int skipped = 0;
		for (Candidate c : candidates) {
			if (already.contains(c.uscc())) {
				skipped++;
				continue;
			}
			PolicyPush push = pushes.save(new PolicyPush(p.id(), versionNo, c.uscc(), c.divisionPath(),
					p.howToClaim() == HowToClaim.AUTOMATIC,
					c.state() == PushState.PUSHED ? PushState.QUEUED : c.state(), reason, now));
			if (c.state() == PushState.CREDIT_CHECK) {
				credit++;
			}
			else if (deliver(push, p, week, now)) {
				pushed++;
			}
			else {
				queued++;
			}
		}
		Run run = new Run(evaluated, pushed, queued, credit, skipped, (System.nanoTime() - start) / 1_000_000);
		if (auditAlways || pushed + queued + credit > 0) {
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("version", versionNo);
			after.put("reason", reason);
			after.put("evaluated", evaluated);
			after.put("pushed", pushed);
			after.put("queued", queued);
			after.put("creditCheck", credit);
			audit.recordAs("system", "policy.push", "policy", String.valueOf(p.id()), null, after);
		}
		return run;
	}

	/**
	 * Sends the push unless the enterprise reached its weekly cap (then it stays queued).
	 * {@code week} holds the pushes of this week per enterprise and is kept up to date.
	 */
	boolean deliver(PolicyPush push, Policy p, Map<String, Long> week, OffsetDateTime now) {
		long sent = week.getOrDefault(push.uscc(), 0L);
		if (sent >= settings.weeklyCap()) {
			push.queued();
			return false;
		}
		String benefit = p.benefitAmount() == null ? "" : p.benefitAmount();
		String body = push.automatic()
				? "贵企业符合《" + p.title() + "》（" + p.documentNumber() + "）的条件，可免申即享：" + benefit
						+ " 无需填写申请表，请在“我的政策推送”中确认享受意向。"
				: "贵企业符合《" + p.title() + "》（" + p.documentNumber() + "）的申请条件：" + benefit + " 申报方式与联系人见政策详情。";
		long id = notifying.send(new Notifying.Message(push.uscc(), null, "policy", "policy-push:" + push.id(),
				"政策推送：" + p.title(), body, settings.baseLink() + "#push-" + push.id()));
		push.pushed(id, now);
		week.put(push.uscc(), sent + 1);
		return true;
	}

	/**
	 * The start of the calendar week (Monday 00:00 in the settings' zone) of an instant.
	 */
	OffsetDateTime weekStart(Instant at) {
		LocalDate monday = at.atZone(settings.zone())
			.toLocalDate()
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return monday.atStartOfDay(settings.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	Map<String, Long> weekCounts(Instant at) {
		Map<String, Long> counts = new HashMap<>();
		for (Object[] row : pushes.countPushedSince(weekStart(at))) {
			counts.put((String) row[0], (Long) row[1]);
		}
		return counts;
	}

	/** Serializes push runs on every node. */
	private void lock() {
		jdbc.queryForList("select id from policy_push_lock where id = 1 for update");
	}

	// ---------------------------------------------------------------- the queue

	@Scheduled(fixedDelayString = "${lianshang.policy.push.release-interval:PT10M}",
			initialDelayString = "${lianshang.policy.push.release-interval:PT10M}")
	void releaseOnSchedule() {
		try {
			int n = releaseQueued(Instant.now());
			if (n > 0) {
				log.info("released {} queued policy pushes", n);
			}
		}
		catch (RuntimeException e) {
			log.warn("releasing queued policy pushes failed: {}", e.toString());
		}
	}

	/**
	 * Sends queued pushes, oldest first, to enterprises below their cap in the week of
	 * {@code now}; pushes of policies no longer in force stay queued.
	 */
	@Transactional
	public int releaseQueued(Instant now) {
		lock();
		Map<String, Long> week = weekCounts(now);
		LocalDate today = now.atZone(settings.zone()).toLocalDate();
		Map<Long, Optional<Policy>> byId = new HashMap<>();
		int released = 0;
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		for (PolicyPush push : pushes.findQueued(PageRequest.of(0, 1000))) {
			Optional<Policy> p = byId.computeIfAbsent(push.policyId(), policies::findById);
			if (p.isEmpty() || !p.get().inForceOn(today)) {
				continue;
			}
			if (deliver(push, p.get(), week, at)) {
				audit.recordAs("system", "policy.push.release", "policy_push", String.valueOf(push.id()), "QUEUED",
						"PUSHED");
				released++;
			}
		}
		return released;
	}

}
