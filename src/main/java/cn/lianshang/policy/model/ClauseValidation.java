package cn.lianshang.policy.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a submitted clause tree as a whole and reports every problem with the JSON path
 * where it sits, e.g. {@code eligibility.all[2].min}.
 */
public final class ClauseValidation {

	public static final int MAX_DEPTH = 10;

	/**
	 * What codes exist: divisions, GB/T 4754 codes, qualifications, and the policy's
	 * article numbers.
	 */
	public interface Vocabulary {

		boolean divisionExists(String code);

		boolean industryExists(String code);

		boolean qualificationExists(String code);

		/**
		 * The policy's article numbers; empty if not known (then any positive number is
		 * accepted).
		 */
		default Set<Integer> articles() {
			return Set.of();
		}

	}

	/**
	 * One problem: where, which rule ({@code policy.clause.*}), and the offending value
	 * if any.
	 */
	public record Violation(String path, String code, List<Object> args) {

		static Violation of(String path, String code, Object... args) {
			return new Violation(path, code, List.of(args));
		}

	}

	private final Vocabulary vocabulary;

	private final List<Violation> violations = new ArrayList<>();

	private ClauseValidation(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	public static List<Violation> check(Clause root, String rootPath, Vocabulary vocabulary) {
		ClauseValidation v = new ClauseValidation(vocabulary);
		v.visit(root, rootPath, 1);
		return List.copyOf(v.violations);
	}

	private void add(String path, String code, Object... args) {
		violations.add(Violation.of(path, code, args));
	}

	private void visit(Clause c, String path, int depth) {
		if (c == null) {
			add(path, "policy.clause.required");
			return;
		}
		if (depth > MAX_DEPTH) {
			add(path, "policy.clause.too-deep", MAX_DEPTH);
			return;
		}
		if (c instanceof Clause.All a) {
			children(a.all(), path + ".all", depth);
		}
		else if (c instanceof Clause.Any a) {
			children(a.any(), path + ".any", depth);
		}
		else if (c instanceof Clause.Not n) {
			visit(n.not(), path + ".not", depth + 1);
		}
		else {
			leaf((Clause.Leaf) c, path);
		}
	}

	private void children(List<Clause> list, String path, int depth) {
		if (list == null || list.isEmpty()) {
			add(path, "policy.clause.empty");
			return;
		}
		for (int i = 0; i < list.size(); i++) {
			visit(list.get(i), path + "[" + i + "]", depth + 1);
		}
	}

	private void leaf(Clause.Leaf leaf, String path) {
		Integer article = leaf.article();
		if (article == null || article < 1) {
			add(path + ".article", "policy.clause.article-required");
		}
		else if (!vocabulary.articles().isEmpty() && !vocabulary.articles().contains(article)) {
			add(path + ".article", "policy.clause.article-unknown", article);
		}
		if (leaf instanceof Clause.DivisionIn d) {
			codes(d.codes(), path + ".codes", vocabulary::divisionExists, "policy.clause.division-unknown");
		}
		else if (leaf instanceof Clause.IndustryUnder i) {
			codes(i.codes(), path + ".codes", vocabulary::industryExists, "policy.clause.industry-unknown");
		}
		else if (leaf instanceof Clause.QualificationHeld q) {
			codes(q.anyOf(), path + ".anyOf", vocabulary::qualificationExists, "policy.clause.qualification-unknown");
		}
		else if (leaf instanceof Clause.ScaleIs s) {
			if (s.scale() == null) {
				add(path + ".scale", "policy.clause.required");
			}
		}
		else if (leaf instanceof Clause.EmployeesBetween e) {
			range(e.min(), e.max(), path);
		}
		else if (leaf instanceof Clause.RevenueBetween r) {
			range(r.min(), r.max(), path);
		}
		else if (leaf instanceof Clause.AgeYears a) {
			range(a.min(), a.max(), path);
		}
		else if (leaf instanceof Clause.FoundedBetween f) {
			if (f.from() == null && f.to() == null) {
				add(path, "policy.clause.range-open");
			}
			else if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
				add(path + ".from", "policy.clause.min-above-max", f.from(), f.to());
			}
		}
		else if (leaf instanceof Clause.RdShareAtLeast r) {
			if (r.min() == null) {
				add(path + ".min", "policy.clause.required");
			}
			else if (r.min().signum() < 0 || r.min().compareTo(BigDecimal.valueOf(100)) > 0) {
				add(path + ".min", "policy.clause.percent", r.min());
			}
		}
		else if (leaf instanceof Clause.GraduateHiresAtLeast g) {
			if (g.min() == null) {
				add(path + ".min", "policy.clause.required");
			}
			else if (g.min() < 1) {
				add(path + ".min", "policy.clause.negative", g.min());
			}
		}
		else if (leaf instanceof Clause.SmartManufacturingAtLeast s) {
			if (s.level() == null || s.level() == SmartManufacturing.NONE) {
				add(path + ".level", "policy.clause.required");
			}
		}
	}

	private void codes(List<String> codes, String path, java.util.function.Predicate<String> exists, String unknown) {
		if (codes == null || codes.isEmpty()) {
			add(path, "policy.clause.codes-empty");
			return;
		}
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			if (code == null || !exists.test(code)) {
				add(path + "[" + i + "]", unknown, String.valueOf(code));
			}
		}
	}

	private void range(Number min, Number max, String path) {
		if (min == null && max == null) {
			add(path, "policy.clause.range-open");
			return;
		}
		if (min != null && min.longValue() < 0) {
			add(path + ".min", "policy.clause.negative", min);
		}
		if (max != null && max.longValue() < 0) {
			add(path + ".max", "policy.clause.negative", max);
		}
		if (min != null && max != null && min.longValue() > max.longValue()) {
			add(path + ".min", "policy.clause.min-above-max", min, max);
		}
	}

}
