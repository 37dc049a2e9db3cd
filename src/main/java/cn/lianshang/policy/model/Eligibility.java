package cn.lianshang.policy.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Three-valued evaluation of a clause tree (Kleene logic): {@code all} fails if any child
 * fails, is unknown if any is unknown, else passes; {@code any} is its dual; {@code not}
 * swaps pass and fail and keeps unknown. Every leaf is evaluated (no short cut), so the
 * trace shows every condition and every missing fact.
 */
public final class Eligibility {

	private Eligibility() {
	}

	public static Evaluation evaluate(Clause root, EnterpriseFacts facts, LocalDate on) {
		return evaluate(root, facts, on, Names.CODES);
	}

	public static Evaluation evaluate(Clause root, EnterpriseFacts facts, LocalDate on, Names names) {
		Objects.requireNonNull(root, "clause");
		Objects.requireNonNull(facts, "facts");
		Objects.requireNonNull(on, "date");
		List<TraceEntry> trace = new ArrayList<>();
		Outcome outcome = walk(root, facts, on, names, false, trace);
		return new Evaluation(outcome, trace);
	}

	/**
	 * The outcome alone, equal to {@code evaluate(root, facts, on).outcome()} but without
	 * a trace: no sentence is built, and a subtree stops at the first child that decides
	 * it ({@code all} at a fail, {@code any} at a pass; Kleene logic allows it). For
	 * deciding many enterprises or many policies, as the push does; the calculator and
	 * the API use {@link #evaluate}.
	 */
	public static Outcome outcome(Clause root, EnterpriseFacts facts, LocalDate on) {
		Objects.requireNonNull(facts, "facts");
		Objects.requireNonNull(on, "date");
		return decide(Objects.requireNonNull(root, "clause"), facts, on);
	}

	private static Outcome decide(Clause c, EnterpriseFacts facts, LocalDate on) {
		if (c instanceof Clause.All a) {
			Outcome o = Outcome.PASS;
			for (Clause child : a.all()) {
				Outcome x = decide(child, facts, on);
				if (x == Outcome.FAIL) {
					return Outcome.FAIL;
				}
				if (x == Outcome.UNKNOWN) {
					o = Outcome.UNKNOWN;
				}
			}
			return o;
		}
		if (c instanceof Clause.Any a) {
			Outcome o = Outcome.FAIL;
			for (Clause child : a.any()) {
				Outcome x = decide(child, facts, on);
				if (x == Outcome.PASS) {
					return Outcome.PASS;
				}
				if (x == Outcome.UNKNOWN) {
					o = Outcome.UNKNOWN;
				}
			}
			return o;
		}
		if (c instanceof Clause.Not n) {
			return decide(n.not(), facts, on).not();
		}
		return ((Clause.Leaf) c).test(facts, on);
	}

	/**
	 * The facts of the leaves that come out unknown, each once: what
	 * {@code evaluate(root, facts, on).missingFacts()} names, without a trace.
	 */
	public static Set<Fact> unknownFacts(Clause root, EnterpriseFacts facts, LocalDate on) {
		Set<Fact> out = EnumSet.noneOf(Fact.class);
		for (Clause.Leaf leaf : root.leaves()) {
			if (leaf.test(facts, on) == Outcome.UNKNOWN) {
				out.add(leaf.fact());
			}
		}
		return out;
	}

	private static Outcome walk(Clause c, EnterpriseFacts facts, LocalDate on, Names names, boolean negated,
			List<TraceEntry> trace) {
		if (c instanceof Clause.All a) {
			Outcome o = Outcome.PASS;
			for (Clause child : a.all()) {
				o = o.and(walk(child, facts, on, names, negated, trace));
			}
			return o;
		}
		if (c instanceof Clause.Any a) {
			Outcome o = Outcome.FAIL;
			for (Clause child : a.any()) {
				o = o.or(walk(child, facts, on, names, negated, trace));
			}
			return o;
		}
		if (c instanceof Clause.Not n) {
			return walk(n.not(), facts, on, names, !negated, trace).not();
		}
		Clause.Leaf leaf = (Clause.Leaf) c;
		Finding finding = leaf.check(facts, on, names);
		trace.add(entry(leaf, finding, negated, names));
		return finding.outcome();
	}

	private static TraceEntry entry(Clause.Leaf leaf, Finding f, boolean negated, Names names) {
		String article = Articles.label(leaf.article());
		String requirement = leaf.requirement(names);
		Fact fact = leaf.fact();
		Outcome contribution = negated ? f.outcome().not() : f.outcome();
		String sentence;
		if (f.outcome() == Outcome.UNKNOWN) {
			String subject = f.observed() == null ? "未能确认" + fact.label() : f.note();
			sentence = subject + "（需由" + fact.heldBy() + "提供），" + article + (negated ? "排除" : "要求") + "：" + requirement;
		}
		else if (!negated) {
			sentence = f.observed() + "，" + (f.outcome() == Outcome.PASS ? "符合" : "不符合") + article + "要求"
					+ (f.outcome() == Outcome.PASS ? "" : "（" + requirement + "）");
		}
		else {
			sentence = f.observed() + "，" + (f.outcome() == Outcome.PASS ? "属于" : "不属于") + article + "排除的情形（"
					+ requirement + "），" + (contribution == Outcome.PASS ? "符合要求" : "不符合要求");
		}
		List<String> missing = f.outcome() == Outcome.UNKNOWN ? List.of(fact.key()) : List.of();
		return new TraceEntry(typeName(leaf), article, contribution, f.used(), missing, requirement, sentence,
				f.outcome() == Outcome.UNKNOWN ? fact.heldBy() : null, negated);
	}

	/** The JSON type name of a leaf. */
	public static String typeName(Clause c) {
		return ClauseTypes.nameOf(c.getClass());
	}

}
