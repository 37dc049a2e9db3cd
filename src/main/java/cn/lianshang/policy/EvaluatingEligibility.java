package cn.lianshang.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.policy.model.Clause;
import cn.lianshang.policy.model.Eligibility;
import cn.lianshang.policy.model.EnterpriseFacts;
import cn.lianshang.policy.model.Evaluation;
import cn.lianshang.policy.model.Names;

/**
 * Decides whether an enterprise qualifies: for one policy at a date (with the eligibility
 * version in force that date), or for every published policy in force (the 政策计算器). The
 * enterprise is read through the registry, so the caller's scope applies: an enterprise
 * account sees only itself, anything else is not found.
 */
@Service
public class EvaluatingEligibility {

	private final PublishingPolicy publishing;

	private final Policies policies;

	private final EnterpriseRegistry registry;

	private final FactSources facts;

	private final ClauseJson json;

	EvaluatingEligibility(PublishingPolicy publishing, Policies policies, EnterpriseRegistry registry,
			FactSources facts, ClauseJson json) {
		this.publishing = publishing;
		this.policies = policies;
		this.registry = registry;
		this.facts = facts;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public EligibilityResult evaluate(long policyId, String uscc, LocalDate on, CaseFacts supplied) {
		Policy p = publishing.visible(policyId);
		EnterpriseView enterprise = registry.find(uscc);
		LocalDate date = on == null ? LocalDate.now() : on;
		PolicyVersion version = p.versionAt(date);
		EnterpriseFacts known = facts.combine(facts.of(enterprise), supplied);
		Evaluation e = Eligibility.evaluate(json.read(version.eligibilityJson()), known, date, facts.names());
		return EligibilityResult.of(p.id(), enterprise.uscc(), date, p.inForceOn(date), version.versionNo(), e);
	}

	/** One policy in the calculator. */
	record Hit(long policyId, String title, String issuer, String documentNumber, BenefitKind benefitKind,
			String benefitAmount, HowToClaim howToClaim, String outcome, String nearMiss,
			List<EligibilityResult.Missing> toSupply, List<EligibilityResult.Trace> trace) {

	}

	/**
	 * The 政策计算器: every published policy in force on the date whose region covers the
	 * enterprise, split into eligible, near misses (差一项) and unknown (with what to
	 * supply); the rest is only counted.
	 */
	record Calculator(String uscc, String name, LocalDate on, int policiesConsidered, List<Hit> eligible,
			List<Hit> nearMisses, List<Hit> unknown, int ineligible) {

	}

	@Transactional(readOnly = true)
	public Calculator calculator(String uscc, LocalDate on, CaseFacts supplied) {
		EnterpriseView enterprise = registry.find(uscc);
		LocalDate date = on == null ? LocalDate.now() : on;
		EnterpriseFacts known = facts.combine(facts.of(enterprise), supplied);
		Names names = facts.names();
		List<Hit> eligible = new ArrayList<>();
		List<Hit> near = new ArrayList<>();
		List<Hit> unknown = new ArrayList<>();
		int ineligible = 0;
		int considered = 0;
		for (Policy p : policies.findInForce(date)) {
			if (!PublishingPolicy.METRO_PATH.equals(p.regionPath())
					&& (known.divisionPath() == null || !known.divisionPath().startsWith(p.regionPath()))) {
				continue;
			}
			considered++;
			Clause clause = json.read(p.versionAt(date).eligibilityJson());
			Evaluation e = Eligibility.evaluate(clause, known, date, names);
			Hit hit = new Hit(p.id(), p.title(), p.issuer(), p.documentNumber(), p.benefitKind(), p.benefitAmount(),
					p.howToClaim(), e.outcome().decision(), e.nearMiss().orElse(null),
					e.missingFacts().stream().map(EligibilityResult.Missing::of).toList(),
					e.trace().stream().map(EligibilityResult.Trace::of).toList());
			switch (e.outcome()) {
				case PASS -> eligible.add(hit);
				case UNKNOWN -> unknown.add(hit);
				case FAIL -> {
					if (hit.nearMiss() != null) {
						near.add(hit);
					}
					else {
						ineligible++;
					}
				}
			}
		}
		return new Calculator(enterprise.uscc(), enterprise.name(), date, considered, eligible, near, unknown,
				ineligible);
	}

}
