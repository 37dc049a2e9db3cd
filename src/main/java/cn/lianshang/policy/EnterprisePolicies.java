package cn.lianshang.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Scope;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * The 政策计算器 of one enterprise in a form other modules can show (the enterprise's service
 * page, the 360° view): policies it is eligible for, near misses (差一项) and unknowns with
 * what to supply and which department holds it. The enterprise is read through the
 * registry, so the caller's scope applies (not found otherwise).
 */
@Service
public class EnterprisePolicies {

	/** A fact the decision waits for, and the department that holds it. */
	public record ToSupply(String fact, String label, String heldBy) {

	}

	/**
	 * A policy in the calculator; {@code nearMiss} is the one failing condition of a near
	 * miss.
	 */
	public record PolicyHit(long policyId, String title, String issuer, String documentNumber, String benefitKind,
			String benefitAmount, String howToClaim, String outcome, String nearMiss, List<ToSupply> toSupply) {

	}

	/** The calculator's answer; {@code ineligible} is only counted. */
	public record Eligibility(LocalDate on, int policiesConsidered, List<PolicyHit> eligible,
			List<PolicyHit> nearMisses, List<PolicyHit> unknown, int ineligible) {

	}

	/**
	 * A push of a policy to the enterprise; {@code step} is the furthest funnel step
	 * reached (pushed, opened, confirmed, applied, paid; null while not sent).
	 */
	public record PushHit(long pushId, long policyId, String title, boolean automatic, String state, String step,
			OffsetDateTime stepAt, BigDecimal paidAmount) {

	}

	/**
	 * Policy uptake (政策兑现) of the enterprise: its pushes through the funnel, the amount
	 * paid, and the newest pushes.
	 */
	public record Uptake(long pushes, long automatic, long opened, long confirmed, long applied, long paid,
			BigDecimal paidAmount, List<PushHit> latest) {

	}

	private final EvaluatingEligibility evaluating;

	private final PolicyPushes pushes;

	private final Policies policies;

	private final CurrentUser currentUser;

	private final Regions regions;

	EnterprisePolicies(EvaluatingEligibility evaluating, PolicyPushes pushes, Policies policies,
			CurrentUser currentUser, Regions regions) {
		this.evaluating = evaluating;
		this.pushes = pushes;
		this.policies = policies;
		this.currentUser = currentUser;
		this.regions = regions;
	}

	/**
	 * The enterprise's pushes in the caller's reach, a condition of the query: staff of
	 * the whole area or of the enterprise's division see every push (also those queued or
	 * waiting for the credit check); the enterprise itself sees the pushes it was sent,
	 * as on {@code /my/policy-pushes}; anyone else nothing.
	 */
	@Transactional(readOnly = true)
	public Uptake uptake(String uscc, int latest) {
		Scope scope = currentUser.scope();
		boolean all = scope.kind() == Scope.Kind.ALL;
		String prefix = scope.kind() == Scope.Kind.DIVISION
				? regions.find(scope.divisionCode()).map(Region::path).orElse(NOWHERE) : NOWHERE;
		String own = scope.kind() == Scope.Kind.ENTERPRISE && scope.uscc() != null ? scope.uscc() : NOWHERE;
		boolean pushedOnly = scope.kind() != Scope.Kind.ALL && scope.kind() != Scope.Kind.DIVISION;
		Object[] f = pushes.funnelOfEnterprise(uscc, all, prefix, own, pushedOnly)
			.stream()
			.findFirst()
			.orElse(new Object[7]);
		List<PolicyPush> newest = latest <= 0 ? List.of()
				: pushes.findOfEnterprise(uscc, all, prefix, own, pushedOnly, PageRequest.of(0, Math.min(latest, 100)));
		Map<Long, String> titles = new HashMap<>();
		policies.findAllById(newest.stream().map(PolicyPush::policyId).distinct().toList())
			.forEach(p -> titles.put(p.id(), p.title()));
		List<PushHit> hits = newest.stream().map(p -> hit(p.view(), titles.get(p.policyId()))).toList();
		return new Uptake(count(f[0]), count(f[6]), count(f[1]), count(f[2]), count(f[3]), count(f[4]),
				f[5] == null ? BigDecimal.ZERO : new BigDecimal(f[5].toString()), hits);
	}

	/**
	 * A division path that no enterprise has: the branch of the condition that is off.
	 */
	private static final String NOWHERE = "-";

	private static long count(Object o) {
		return o == null ? 0 : ((Number) o).longValue();
	}

	private static PushHit hit(PushView v, String title) {
		String step = null;
		OffsetDateTime at = null;
		PushView.Step[] steps = { v.pushed(), v.opened(), v.confirmed(), v.applied(), v.paid() };
		String[] names = { "pushed", "opened", "confirmed", "applied", "paid" };
		for (int i = 0; i < steps.length; i++) {
			if (steps[i] != null && steps[i].at() != null) {
				step = names[i];
				at = steps[i].at();
			}
		}
		return new PushHit(v.id(), v.policyId(), title, v.automatic(), v.state().name(), step, at, v.paidAmount());
	}

	/** Every published policy in force today whose region covers the enterprise. */
	public Eligibility of(String uscc) {
		EvaluatingEligibility.Calculator c = evaluating.calculator(uscc, null, null);
		return new Eligibility(c.on(), c.policiesConsidered(), hits(c.eligible()), hits(c.nearMisses()),
				hits(c.unknown()), c.ineligible());
	}

	private static List<PolicyHit> hits(List<EvaluatingEligibility.Hit> hits) {
		return hits.stream()
			.map(h -> new PolicyHit(h.policyId(), h.title(), h.issuer(), h.documentNumber(),
					h.benefitKind() == null ? null : h.benefitKind().name(), h.benefitAmount(),
					h.howToClaim() == null ? null : h.howToClaim().name(), h.outcome(), h.nearMiss(),
					h.toSupply().stream().map(m -> new ToSupply(m.fact(), m.label(), m.heldBy())).toList()))
			.toList();
	}

}
