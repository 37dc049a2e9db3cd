package cn.lianshang.policy;

import java.time.LocalDate;
import java.util.List;

import cn.lianshang.policy.model.Evaluation;
import cn.lianshang.policy.model.Fact;
import cn.lianshang.policy.model.TraceEntry;

/**
 * One enterprise against one policy: {@code outcome} ({@code eligible} /
 * {@code ineligible} / {@code unknown}) and a {@code trace} with one entry per leaf
 * clause, as API-CONTRACT.md fixes them, plus plain-Chinese sentences, the near miss and
 * the facts to supply.
 */
record EligibilityResult(long policyId, String uscc, LocalDate on, boolean inForce, int eligibilityVersion,
		String outcome, String summary, String nearMiss, List<Trace> trace, List<Missing> toSupply) {

	record Trace(String clause, String article, String outcome, List<String> factsUsed, List<String> factsMissing,
			String requirement, String sentence, String heldBy) {

		static Trace of(TraceEntry t) {
			return new Trace(t.clause(), t.article(), t.outcome().label(), t.factsUsed(), t.factsMissing(),
					t.requirement(), t.sentence(), t.heldBy());
		}

	}

	/** A fact the decision waits for, and the department that holds it. */
	record Missing(String fact, String label, String heldBy) {

		static Missing of(Fact f) {
			return new Missing(f.key(), f.label(), f.heldBy());
		}

	}

	static EligibilityResult of(long policyId, String uscc, LocalDate on, boolean inForce, int version, Evaluation e) {
		String nearMiss = e.nearMiss().orElse(null);
		List<Missing> missing = e.missingFacts().stream().map(Missing::of).toList();
		String summary = switch (e.outcome()) {
			case PASS -> "符合本政策的全部条件。";
			case FAIL -> nearMiss != null ? "暂不符合本政策条件，" + nearMiss + "。" : "不符合本政策条件。";
			case UNKNOWN -> "暂无法确定是否符合，需补充："
					+ String.join("、", missing.stream().map(m -> m.label() + "（" + m.heldBy() + "）").toList()) + "。";
		};
		return new EligibilityResult(policyId, uscc, on, inForce, version, e.outcome().decision(), summary, nearMiss,
				e.trace().stream().map(Trace::of).toList(), missing);
	}

}
