package cn.lianshang.policy;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

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

	private final EvaluatingEligibility evaluating;

	EnterprisePolicies(EvaluatingEligibility evaluating) {
		this.evaluating = evaluating;
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
