package cn.lianshang.policy.model;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A columnar pre-filter over many enterprises' facts: one {@link BitSet} per value of the
 * definite facts (every division and industry code on an enterprise's path, each scale,
 * each qualification) plus one per fact for "known". A clause tree is evaluated over the
 * bitsets in three-valued logic as a pair (surely passes, surely fails); a leaf on a fact
 * not indexed here (employees, revenue, founding date, credit ...) is treated as unknown
 * for every enterprise. Kleene logic is monotone in what is known, so an enterprise the
 * bitsets find surely failing fails the full evaluation too: {@link #candidates(Clause)}
 * never drops an enterprise whose outcome could be eligible or unknown, and the survivors
 * are then evaluated one by one with {@link Eligibility} (with traces).
 */
public final class FactColumns {

	private final int size;

	private final Map<String, BitSet> divisions = new HashMap<>();

	private final BitSet divisionKnown = new BitSet();

	private final Map<String, BitSet> industries = new HashMap<>();

	private final BitSet industryKnown = new BitSet();

	private final Map<CompanySize, BitSet> scales = new HashMap<>();

	private final BitSet scaleKnown = new BitSet();

	private final Map<String, BitSet> qualifications = new HashMap<>();

	private final BitSet qualificationsKnown = new BitSet();

	private FactColumns(int size) {
		this.size = size;
	}

	/** The columns of these facts; enterprise {@code i} is bit {@code i}. */
	public static FactColumns of(List<EnterpriseFacts> facts) {
		FactColumns c = new FactColumns(facts.size());
		for (int i = 0; i < facts.size(); i++) {
			EnterpriseFacts f = facts.get(i);
			if (f.divisionPath() != null) {
				c.divisionKnown.set(i);
				segments(f.divisionPath(), c.divisions, i);
			}
			if (f.industryPath() != null) {
				c.industryKnown.set(i);
				segments(f.industryPath(), c.industries, i);
			}
			if (f.size() != null) {
				c.scaleKnown.set(i);
				c.scales.computeIfAbsent(f.size(), k -> new BitSet()).set(i);
			}
			Set<String> held = f.qualifications();
			if (held != null) {
				c.qualificationsKnown.set(i);
				for (String q : held) {
					c.qualifications.computeIfAbsent(q, k -> new BitSet()).set(i);
				}
			}
		}
		return c;
	}

	private static void segments(String path, Map<String, BitSet> index, int i) {
		int from = 0;
		while (from < path.length()) {
			int slash = path.indexOf('/', from);
			int to = slash < 0 ? path.length() : slash;
			if (to > from) {
				index.computeIfAbsent(path.substring(from, to), k -> new BitSet()).set(i);
			}
			from = to + 1;
		}
	}

	public int size() {
		return size;
	}

	/**
	 * The enterprises whose outcome under {@code root} may be eligible or unknown: every
	 * enterprise but those the indexed facts show surely failing.
	 */
	public BitSet candidates(Clause root) {
		BitSet out = new BitSet(size);
		out.set(0, size);
		out.andNot(tri(root).fail());
		return out;
	}

	/** Enterprises that surely pass and surely fail; the rest are unknown here. */
	private record Tri(BitSet pass, BitSet fail) {

	}

	private Tri tri(Clause c) {
		if (c instanceof Clause.All a) {
			BitSet pass = all();
			BitSet fail = new BitSet();
			for (Clause child : a.all()) {
				Tri t = tri(child);
				pass.and(t.pass());
				fail.or(t.fail());
			}
			return new Tri(pass, fail);
		}
		if (c instanceof Clause.Any a) {
			BitSet pass = new BitSet();
			BitSet fail = all();
			for (Clause child : a.any()) {
				Tri t = tri(child);
				pass.or(t.pass());
				fail.and(t.fail());
			}
			return new Tri(pass, fail);
		}
		if (c instanceof Clause.Not n) {
			Tri t = tri(n.not());
			return new Tri(t.fail(), t.pass());
		}
		if (c instanceof Clause.DivisionIn d) {
			return leaf(union(divisions, d.codes()), divisionKnown);
		}
		if (c instanceof Clause.IndustryUnder d) {
			return leaf(union(industries, d.codes().stream().map(Clause::bareIndustryCode).toList()), industryKnown);
		}
		if (c instanceof Clause.ScaleIs s) {
			return leaf(copy(scales.get(s.scale())), scaleKnown);
		}
		if (c instanceof Clause.QualificationHeld q) {
			return leaf(union(qualifications, q.anyOf()), qualificationsKnown);
		}
		// a fact not indexed: unknown for every enterprise here
		return new Tri(new BitSet(), new BitSet());
	}

	private static Tri leaf(BitSet pass, BitSet known) {
		BitSet fail = copy(known);
		fail.andNot(pass);
		return new Tri(pass, fail);
	}

	private static BitSet union(Map<String, BitSet> index, List<String> codes) {
		BitSet out = new BitSet();
		for (String code : codes) {
			BitSet b = index.get(code);
			if (b != null) {
				out.or(b);
			}
		}
		return out;
	}

	private static BitSet copy(BitSet b) {
		return b == null ? new BitSet() : (BitSet) b.clone();
	}

	private BitSet all() {
		BitSet b = new BitSet(size);
		b.set(0, size);
		return b;
	}

}
