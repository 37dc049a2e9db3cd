package cn.lianshang.policy.model;

import java.util.List;

/**
 * One leaf clause's part in a decision.
 *
 * @param clause the clause type ({@code rdShare}, {@code scale} ...)
 * @param article the article cited, e.g. 第四条
 * @param outcome the leaf's contribution to eligibility (already flipped when the leaf
 * sits under a {@code not})
 * @param factsUsed the facts read, {@code key=value}
 * @param factsMissing the facts that were needed but not known (fact keys)
 * @param requirement what the article requires, in plain Chinese
 * @param sentence the entry as one plain-Chinese sentence for the enterprise
 * @param heldBy for a missing fact, the department that holds it
 * @param negated whether the leaf is an exclusion (sits under an odd number of
 * {@code not})
 */
public record TraceEntry(String clause, String article, Outcome outcome, List<String> factsUsed,
		List<String> factsMissing, String requirement, String sentence, String heldBy, boolean negated) {

	public TraceEntry {
		factsUsed = List.copyOf(factsUsed);
		factsMissing = List.copyOf(factsMissing);
	}

}
