package cn.lianshang.policy.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The decision for one enterprise under one clause tree, with one trace entry per leaf.
 */
public record Evaluation(Outcome outcome, List<TraceEntry> trace) {

	public Evaluation {
		trace = List.copyOf(trace);
	}

	public boolean eligible() {
		return outcome == Outcome.PASS;
	}

	/**
	 * For an ineligible result that fails on exactly one leaf, with nothing unknown:
	 * "差一项：…". Empty otherwise.
	 */
	public Optional<String> nearMiss() {
		if (outcome != Outcome.FAIL || trace.stream().anyMatch(t -> t.outcome() == Outcome.UNKNOWN)) {
			return Optional.empty();
		}
		List<TraceEntry> failing = trace.stream().filter(t -> t.outcome() == Outcome.FAIL).toList();
		if (failing.size() != 1) {
			return Optional.empty();
		}
		TraceEntry f = failing.get(0);
		return Optional
			.of("差一项：" + (f.negated() ? "不属于“" + f.requirement() + "”" : f.requirement()) + "（" + f.article() + "）");
	}

	/** The facts that would have to be supplied to decide, each once. */
	public Set<Fact> missingFacts() {
		Set<Fact> facts = new LinkedHashSet<>();
		for (TraceEntry t : trace) {
			for (String key : t.factsMissing()) {
				for (Fact f : Fact.values()) {
					if (f.key().equals(key)) {
						facts.add(f);
					}
				}
			}
		}
		return facts;
	}

}
