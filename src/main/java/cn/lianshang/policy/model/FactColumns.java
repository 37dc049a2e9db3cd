package cn.lianshang.policy.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Many enterprises' facts in columns, and the three-valued evaluation of a clause tree
 * over all of them at once. Each {@link Fact} is a dictionary-encoded column: one code
 * per enterprise ({@code 0} = the fact is missing) into the fact's distinct values. A
 * leaf is decided once per distinct value by its own {@link Clause.Leaf#check} (a leaf
 * reads only its fact), then one pass over the codes gives two bitsets: the enterprises
 * for which it passes and those for which it is unknown (a missing fact, a revenue band
 * straddling a bound). The tree combines them in Kleene logic — {@code all}: pass = AND
 * of pass, unknown = AND of (pass OR unknown) ANDNOT pass; {@code any}: pass = OR of
 * pass, unknown = OR of unknown ANDNOT pass; {@code not}: pass = neither pass nor
 * unknown, unknown stays — so the outcome of every enterprise equals
 * {@link Eligibility}'s (tested on random trees). Leaf bitsets are cached per leaf and
 * date: policies share most of their leaves.
 */
public final class FactColumns {

	private static final Fact[] FACTS = Fact.values();

	private int size;

	private final Column[] columns = new Column[FACTS.length];

	private static final Outcome[] OUTCOMES = Outcome.values();

	private final Map<LeafOn, LeafBits> leaves = new ConcurrentHashMap<>();

	private FactColumns(int capacity) {
		for (int f = 0; f < FACTS.length; f++) {
			columns[f] = new Column(FACTS[f], capacity);
		}
	}

	/** The columns of these facts; enterprise {@code i} is bit {@code i}. */
	public static FactColumns of(List<EnterpriseFacts> facts) {
		FactColumns c = new FactColumns(Math.max(16, facts.size()));
		facts.forEach(c::add);
		return c;
	}

	/** Empty columns, to be filled with {@link #add}. */
	public static FactColumns withCapacity(int capacity) {
		return new FactColumns(Math.max(16, capacity));
	}

	/** Appends one enterprise (the next bit); clears the cached leaves. */
	public int add(EnterpriseFacts f) {
		int row = size++;
		for (Column c : columns) {
			c.append(row, f);
		}
		leaves.clear();
		return row;
	}

	/**
	 * Replaces the facts of enterprise {@code row} (a registry change): its codes and its
	 * bit in every cached leaf on a fact whose value changed, so later evaluations see
	 * the new facts without rebuilding. A leaf's outcome per distinct value is kept with
	 * its bitsets, so this is a look-up per leaf (a value new to the column is decided
	 * once). Not to be called while an evaluation runs.
	 */
	public void update(int row, EnterpriseFacts f) {
		if (row < 0 || row >= size) {
			throw new IndexOutOfBoundsException(row);
		}
		int changed = 0;
		for (int i = 0; i < columns.length; i++) {
			Column c = columns[i];
			int before = c.codes[row];
			c.set(row, f);
			if (c.codes[row] != before) {
				changed |= 1 << i;
			}
		}
		if (changed == 0) {
			return;
		}
		int facts = changed;
		leaves.forEach((key, bits) -> {
			int fact = key.leaf().fact().ordinal();
			if ((facts & (1 << fact)) != 0) {
				Outcome o = bits.outcome(columns[fact], columns[fact].codes[row], key);
				bits.pass().set(row, o == Outcome.PASS);
				bits.unknown().set(row, o == Outcome.UNKNOWN);
			}
		});
	}

	/** Forgets the cached leaf bitsets (they are rebuilt on the next evaluation). */
	public void clearCache() {
		leaves.clear();
	}

	public int size() {
		return size;
	}

	/** How many distinct values each fact has here (for reports). */
	public Map<Fact, Integer> distinctValues() {
		Map<Fact, Integer> out = new HashMap<>();
		for (Column c : columns) {
			out.put(c.fact, c.values.size() - 1);
		}
		return out;
	}

	/**
	 * Bytes held by the codes and the cached leaf bitsets (an estimate of the arrays).
	 */
	public long bytes() {
		long b = 0;
		for (Column c : columns) {
			b += 4L * c.codes.length;
		}
		return b + leaves.size() * 2L * (size / 8 + 8);
	}

	/** The outcome of {@code root} for every enterprise, on {@code on}. */
	public Result evaluate(Clause root, LocalDate on) {
		Tri t = tri(root, on);
		BitSet fail = universe();
		fail.andNot(t.pass());
		fail.andNot(t.unknown());
		return new Result(t.pass(), fail, t.unknown());
	}

	/**
	 * The enterprises whose outcome under {@code root} is eligible or unknown: every
	 * enterprise but those surely failing.
	 */
	public BitSet candidates(Clause root, LocalDate on) {
		Tri t = tri(root, on);
		BitSet out = (BitSet) t.pass().clone();
		out.or(t.unknown());
		return out;
	}

	/** Eligible, ineligible and unknown enterprises: disjoint, together every one. */
	public record Result(BitSet eligible, BitSet ineligible, BitSet unknown) {

	}

	/** Enterprises for which a clause passes, and for which it is unknown. */
	private record Tri(BitSet pass, BitSet unknown) {

	}

	private record LeafOn(Clause.Leaf leaf, LocalDate on) {

	}

	/**
	 * A leaf's bitsets and its outcome for each distinct value of its fact (an
	 * {@link Outcome} ordinal per code), which {@link #update} reads.
	 */
	private static final class LeafBits {

		private final BitSet pass;

		private final BitSet unknown;

		private byte[] outcomes;

		LeafBits(BitSet pass, BitSet unknown, byte[] outcomes) {
			this.pass = pass;
			this.unknown = unknown;
			this.outcomes = outcomes;
		}

		BitSet pass() {
			return pass;
		}

		BitSet unknown() {
			return unknown;
		}

		Outcome outcome(Column c, int code, LeafOn key) {
			if (code >= outcomes.length) {
				int from = outcomes.length;
				outcomes = Arrays.copyOf(outcomes, c.values.size());
				for (int v = from; v < outcomes.length; v++) {
					outcomes[v] = (byte) key.leaf().test(c.only(v), key.on()).ordinal();
				}
			}
			return OUTCOMES[outcomes[code]];
		}

	}

	private Tri tri(Clause c, LocalDate on) {
		if (c instanceof Clause.All a) {
			BitSet pass = universe();
			BitSet notFail = universe();
			for (Clause child : a.all()) {
				Tri t = tri(child, on);
				pass.and(t.pass());
				BitSet nf = (BitSet) t.pass().clone();
				nf.or(t.unknown());
				notFail.and(nf);
			}
			notFail.andNot(pass);
			return new Tri(pass, notFail);
		}
		if (c instanceof Clause.Any a) {
			BitSet pass = new BitSet(size);
			BitSet unknown = new BitSet(size);
			for (Clause child : a.any()) {
				Tri t = tri(child, on);
				pass.or(t.pass());
				unknown.or(t.unknown());
			}
			unknown.andNot(pass);
			return new Tri(pass, unknown);
		}
		if (c instanceof Clause.Not n) {
			Tri t = tri(n.not(), on);
			BitSet pass = universe();
			pass.andNot(t.pass());
			pass.andNot(t.unknown());
			return new Tri(pass, (BitSet) t.unknown().clone());
		}
		Clause.Leaf leaf = (Clause.Leaf) c;
		LeafBits cached = leaves.computeIfAbsent(new LeafOn(leaf, on), k -> leaf(leaf, on));
		return new Tri((BitSet) cached.pass().clone(), (BitSet) cached.unknown().clone());
	}

	private LeafBits leaf(Clause.Leaf leaf, LocalDate on) {
		Column c = columns[leaf.fact().ordinal()];
		int distinct = c.values.size();
		byte[] outcomes = new byte[distinct];
		long[] passes = new long[distinct];
		long[] unknowns = new long[distinct];
		for (int code = 0; code < distinct; code++) {
			Outcome o = leaf.test(c.only(code), on);
			outcomes[code] = (byte) o.ordinal();
			passes[code] = o == Outcome.PASS ? 1 : 0;
			unknowns[code] = o == Outcome.UNKNOWN ? 1 : 0;
		}
		int[] codes = c.codes;
		int words = (size + 63) >>> 6;
		long[] pass = new long[words];
		long[] unknown = new long[words];
		for (int w = 0; w < words; w++) {
			int base = w << 6;
			int end = Math.min(size, base + 64);
			long p = 0;
			long u = 0;
			for (int i = base; i < end; i++) {
				int code = codes[i];
				p |= passes[code] << (i - base);
				u |= unknowns[code] << (i - base);
			}
			pass[w] = p;
			unknown[w] = u;
		}
		return new LeafBits(BitSet.valueOf(pass), BitSet.valueOf(unknown), outcomes);
	}

	private BitSet universe() {
		BitSet b = new BitSet(size);
		b.set(0, size);
		return b;
	}

	/** One fact's codes and its dictionary ({@code values[0]} is "missing"). */
	private static final class Column {

		final Fact fact;

		int[] codes;

		final List<Object> values = new ArrayList<>();

		final Map<Object, Integer> index = new HashMap<>();

		Column(Fact fact, int capacity) {
			this.fact = fact;
			this.codes = new int[capacity];
			values.add(null);
		}

		void append(int row, EnterpriseFacts f) {
			if (row == codes.length) {
				codes = Arrays.copyOf(codes, codes.length * 2);
			}
			set(row, f);
		}

		void set(int row, EnterpriseFacts f) {
			Object v = value(fact, f);
			codes[row] = v == null ? 0 : index.computeIfAbsent(v, k -> {
				values.add(k);
				return values.size() - 1;
			});
		}

		/** Facts knowing only this column's value {@code code}. */
		EnterpriseFacts only(int code) {
			return with(fact, EnterpriseFacts.none(), values.get(code));
		}

	}

	static Object value(Fact fact, EnterpriseFacts f) {
		return switch (fact) {
			case DIVISION -> f.divisionPath();
			case INDUSTRY -> f.industryPath();
			case SCALE -> f.size();
			case EMPLOYEES -> f.employees();
			case REVENUE -> f.revenue();
			case FOUNDED -> f.foundedOn();
			case QUALIFICATIONS -> f.qualifications();
			case CREDIT -> f.seriousDishonesty();
			case RD_SHARE -> f.rdSharePercent();
			case GRADUATE_HIRES -> f.graduateHires();
			case FIRST_SET -> f.firstSet();
			case SMART_MANUFACTURING -> f.smartManufacturing();
		};
	}

	@SuppressWarnings("unchecked")
	static EnterpriseFacts with(Fact fact, EnterpriseFacts f, Object v) {
		return switch (fact) {
			case DIVISION -> f.withDivisionPath((String) v);
			case INDUSTRY -> f.withIndustryPath((String) v);
			case SCALE -> f.withSize((CompanySize) v);
			case EMPLOYEES -> f.withEmployees((Integer) v);
			case REVENUE -> f.withRevenue((RevenueRange) v);
			case FOUNDED -> f.withFoundedOn((LocalDate) v);
			case QUALIFICATIONS -> f.withQualifications((java.util.Set<String>) v);
			case CREDIT -> f.withSeriousDishonesty((Boolean) v);
			case RD_SHARE -> f.withRdSharePercent((java.math.BigDecimal) v);
			case GRADUATE_HIRES -> f.withGraduateHires((Integer) v);
			case FIRST_SET -> f.withFirstSet((Boolean) v);
			case SMART_MANUFACTURING -> f.withSmartManufacturing((SmartManufacturing) v);
		};
	}

}
