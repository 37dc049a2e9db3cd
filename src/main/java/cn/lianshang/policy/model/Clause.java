package cn.lianshang.policy.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy's eligibility: a tree of {@link All}, {@link Any} and {@link Not} over typed
 * {@link Leaf} clauses, each leaf citing the article (第N条) that states it. Stored as JSON
 * with a {@code type} property; evaluated by {@link Eligibility}.
 */
public sealed interface Clause {

	/** Every child must hold. */
	record All(List<Clause> all) implements Clause {

		public All {
			all = all == null ? null : List.copyOf(all);
		}

		public static All of(Clause... clauses) {
			return new All(List.of(clauses));
		}

	}

	/** At least one child must hold. */
	record Any(List<Clause> any) implements Clause {

		public Any {
			any = any == null ? null : List.copyOf(any);
		}

		public static Any of(Clause... clauses) {
			return new Any(List.of(clauses));
		}

	}

	/** The child must not hold (an exclusion: 不属于…的企业). */
	record Not(Clause not) implements Clause {

	}

	/**
	 * A condition on one enterprise fact. A leaf names the {@link Fact} it reads (one per
	 * leaf, so evaluation over many enterprises can use one bitset per fact value), the
	 * requirement in plain Chinese, and finds pass, fail or unknown for one enterprise.
	 */
	sealed interface Leaf extends Clause {

		Integer article();

		Fact fact();

		/** What the article requires, in plain Chinese ("研发投入占营业收入比例 ≥ 3%"). */
		String requirement(Names names);

		Finding check(EnterpriseFacts facts, LocalDate on, Names names);

		/**
		 * The outcome alone: what {@link #check} finds, without its sentence. The push
		 * and the bitset evaluation decide many enterprises and need no text.
		 */
		Outcome test(EnterpriseFacts facts, LocalDate on);

	}

	/**
	 * Registered in one of the divisions or anywhere below it (a city code covers its
	 * districts).
	 */
	record DivisionIn(List<String> codes, Integer article) implements Leaf {

		public DivisionIn {
			codes = codes == null ? null : List.copyOf(codes);
		}

		@Override
		public Fact fact() {
			return Fact.DIVISION;
		}

		@Override
		public String requirement(Names names) {
			return "注册地位于" + codes.stream().map(names::division).collect(Collectors.joining("、"));
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			if (facts.divisionPath() == null) {
				return Finding.missing();
			}
			List<String> path = segments(facts.divisionPath());
			String own = path.get(path.size() - 1);
			return Finding.of(codes.stream().anyMatch(path::contains), "注册地为" + names.division(own), "division=" + own);
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			String path = facts.divisionPath();
			if (path == null) {
				return Outcome.UNKNOWN;
			}
			for (String code : codes) {
				if (hasSegment(path, code, 0)) {
					return Outcome.PASS;
				}
			}
			return Outcome.FAIL;
		}

	}

	/**
	 * The industry class lies under one of the GB/T 4754 codes (a section letter,
	 * division, group or class).
	 */
	record IndustryUnder(List<String> codes, Integer article) implements Leaf {

		public IndustryUnder {
			codes = codes == null ? null : List.copyOf(codes);
		}

		@Override
		public Fact fact() {
			return Fact.INDUSTRY;
		}

		@Override
		public String requirement(Names names) {
			return "所属行业为" + codes.stream().map(names::industry).collect(Collectors.joining("、"));
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			if (facts.industryPath() == null) {
				return Finding.missing();
			}
			List<String> path = segments(facts.industryPath());
			String own = path.get(path.size() - 1);
			return Finding.of(codes.stream().map(Clause::bareIndustryCode).anyMatch(path::contains),
					"所属行业为" + names.industry(own), "industry=" + own);
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			String path = facts.industryPath();
			if (path == null) {
				return Outcome.UNKNOWN;
			}
			for (String code : codes) {
				String c = code.trim();
				if (hasSegment(path, c, c.length() > 2 && Character.isLetter(c.charAt(0)) ? 1 : 0)) {
					return Outcome.PASS;
				}
			}
			return Outcome.FAIL;
		}

	}

	/** 规上 or 规下. */
	record ScaleIs(CompanySize scale, Integer article) implements Leaf {

		@Override
		public Fact fact() {
			return Fact.SCALE;
		}

		@Override
		public String requirement(Names names) {
			return "企业规模为" + scale.label();
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			if (facts.size() == null) {
				return Finding.missing();
			}
			return Finding.of(facts.size() == scale, "企业规模为" + facts.size().label(), "scale=" + facts.size());
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			return facts.size() == null ? Outcome.UNKNOWN : pass(facts.size() == scale);
		}

	}

	/**
	 * Employees (参保职工) between {@code min} and {@code max}, both inclusive, either open.
	 */
	record EmployeesBetween(Integer min, Integer max, Integer article) implements Leaf {

		@Override
		public Fact fact() {
			return Fact.EMPLOYEES;
		}

		@Override
		public String requirement(Names names) {
			return "参保职工人数" + range(min, max, "人");
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			Integer n = facts.employees();
			if (n == null) {
				return Finding.missing();
			}
			return Finding.of((min == null || n >= min) && (max == null || n <= max), "参保职工人数为" + n + "人",
					"employees=" + n);
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			Integer n = facts.employees();
			return n == null ? Outcome.UNKNOWN : pass((min == null || n >= min) && (max == null || n <= max));
		}

	}

	/**
	 * Annual revenue between {@code min} and {@code max} 万元 (inclusive, either open).
	 * Registries publish a band, not a figure: the clause decides when the band lies
	 * wholly inside or wholly outside the range, and is unknown when the band straddles a
	 * bound.
	 */
	record RevenueBetween(Long min, Long max, Integer article) implements Leaf {

		@Override
		public Fact fact() {
			return Fact.REVENUE;
		}

		@Override
		public String requirement(Names names) {
			return "营业收入" + range(min, max, "万元");
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			RevenueRange r = facts.revenue();
			if (r == null) {
				return Finding.missing();
			}
			// the band holds the values fromWan ≤ v < toWan; the range holds min ≤ v ≤
			// max
			long lo = r.fromWan();
			long hi = r.toWan() - 1;
			boolean inside = (min == null || lo >= min) && (max == null || hi <= max);
			boolean outside = (min != null && hi < min) || (max != null && lo > max);
			String observed = "营业收入为" + r.text();
			String used = "revenue="
					+ (r.isExact() ? String.valueOf(lo) : lo + ".." + (r.toWan() == Long.MAX_VALUE ? "" : r.toWan()));
			if (inside || outside) {
				return new Finding(inside ? Outcome.PASS : Outcome.FAIL, observed, List.of(used), null);
			}
			return new Finding(Outcome.UNKNOWN, observed, List.of(used), "营业收入区间（" + r.text() + "）跨越要求的界限，无法确定");
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			RevenueRange r = facts.revenue();
			if (r == null) {
				return Outcome.UNKNOWN;
			}
			long lo = r.fromWan();
			long hi = r.toWan() - 1;
			if ((min == null || lo >= min) && (max == null || hi <= max)) {
				return Outcome.PASS;
			}
			return (min != null && hi < min) || (max != null && lo > max) ? Outcome.FAIL : Outcome.UNKNOWN;
		}

	}

	/** Founded between {@code from} and {@code to}, both inclusive, either open. */
	record FoundedBetween(LocalDate from, LocalDate to, Integer article) implements Leaf {

		@Override
		public Fact fact() {
			return Fact.FOUNDED;
		}

		@Override
		public String requirement(Names names) {
			if (from != null && to != null) {
				return "成立日期在" + from + "至" + to + "之间";
			}
			return from != null ? "成立日期不早于" + from : "成立日期不晚于" + to;
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			LocalDate d = facts.foundedOn();
			if (d == null) {
				return Finding.missing();
			}
			return Finding.of((from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to)), "成立于" + d,
					"foundedOn=" + d);
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			LocalDate d = facts.foundedOn();
			return d == null ? Outcome.UNKNOWN
					: pass((from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to)));
		}

	}

	/**
	 * Full years since founding, at the date of evaluation, between {@code min} and
	 * {@code max} (inclusive).
	 */
	record AgeYears(Integer min, Integer max, Integer article) implements Leaf {

		@Override
		public Fact fact() {
			return Fact.FOUNDED;
		}

		@Override
		public String requirement(Names names) {
			return "成立年限" + range(min, max, "年");
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			LocalDate d = facts.foundedOn();
			if (d == null) {
				return Finding.missing();
			}
			int years = d.isAfter(on) ? -1 : Period.between(d, on).getYears();
			return Finding.of(years >= 0 && (min == null || years >= min) && (max == null || years <= max),
					"成立于" + d + "（截至" + on + "满" + Math.max(years, 0) + "年）", "foundedOn=" + d);
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			LocalDate d = facts.foundedOn();
			if (d == null) {
				return Outcome.UNKNOWN;
			}
			int years = d.isAfter(on) ? -1 : Period.between(d, on).getYears();
			return pass(years >= 0 && (min == null || years >= min) && (max == null || years <= max));
		}

	}

	/** Holds at least one of the qualifications (HNTE, SRDI_SME, LITTLE_GIANT ...). */
	record QualificationHeld(List<String> anyOf, Integer article) implements Leaf {

		public QualificationHeld {
			anyOf = anyOf == null ? null : List.copyOf(anyOf);
		}

		@Override
		public Fact fact() {
			return Fact.QUALIFICATIONS;
		}

		@Override
		public String requirement(Names names) {
			return "持有" + anyOf.stream().map(names::qualification).collect(Collectors.joining("或")) + "资质";
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			if (facts.qualifications() == null) {
				return Finding.missing();
			}
			List<String> held = facts.qualifications().stream().sorted().toList();
			String observed = held.isEmpty() ? "未登记任何资质认定"
					: "持有" + held.stream().map(names::qualification).collect(Collectors.joining("、"));
			return Finding.of(anyOf.stream().anyMatch(held::contains), observed,
					"qualifications=" + String.join(",", held));
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			java.util.Set<String> held = facts.qualifications();
			if (held == null) {
				return Outcome.UNKNOWN;
			}
			for (String q : anyOf) {
				if (held.contains(q)) {
					return Outcome.PASS;
				}
			}
			return Outcome.FAIL;
		}

	}

	/** No serious dishonesty record (无严重失信记录). */
	record CreditGood(Integer article) implements Leaf {

		@Override
		public Fact fact() {
			return Fact.CREDIT;
		}

		@Override
		public String requirement(Names names) {
			return "无严重失信记录";
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			Boolean bad = facts.seriousDishonesty();
			if (bad == null) {
				return Finding.missing();
			}
			return Finding.of(!bad, bad ? "存在严重失信记录" : "无严重失信记录", "credit=" + (bad ? "DISHONEST" : "GOOD"));
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			Boolean bad = facts.seriousDishonesty();
			return bad == null ? Outcome.UNKNOWN : pass(!bad);
		}

	}

	/** R&D expenditure at least {@code min} percent of revenue. */
	record RdShareAtLeast(BigDecimal min, Integer article) implements Leaf {

		@Override
		public Fact fact() {
			return Fact.RD_SHARE;
		}

		@Override
		public String requirement(Names names) {
			return "研发投入占营业收入比例 ≥ " + min.stripTrailingZeros().toPlainString() + "%";
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			BigDecimal v = facts.rdSharePercent();
			if (v == null) {
				return Finding.missing();
			}
			String text = v.stripTrailingZeros().toPlainString();
			return Finding.of(v.compareTo(min) >= 0, "研发投入占营业收入比例为" + text + "%", "rdSharePercent=" + text);
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			BigDecimal v = facts.rdSharePercent();
			return v == null ? Outcome.UNKNOWN : pass(v.compareTo(min) >= 0);
		}

	}

	/**
	 * At least {@code min} new college graduates hired (with social insurance) in the
	 * period the policy names.
	 */
	record GraduateHiresAtLeast(Integer min, Integer article) implements Leaf {

		@Override
		public Fact fact() {
			return Fact.GRADUATE_HIRES;
		}

		@Override
		public String requirement(Names names) {
			return "新招用高校毕业生 ≥ " + min + "人";
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			Integer n = facts.graduateHires();
			if (n == null) {
				return Finding.missing();
			}
			return Finding.of(n >= min, "新招用高校毕业生" + n + "人", "graduateHires=" + n);
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			Integer n = facts.graduateHires();
			return n == null ? Outcome.UNKNOWN : pass(n >= min);
		}

	}

	/** Holds a 首台（套）重大技术装备 recognition. */
	record FirstSetRecognized(Integer article) implements Leaf {

		@Override
		public Fact fact() {
			return Fact.FIRST_SET;
		}

		@Override
		public String requirement(Names names) {
			return "产品获首台（套）重大技术装备认定";
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			Boolean v = facts.firstSet();
			if (v == null) {
				return Finding.missing();
			}
			return Finding.of(v, v ? "已获首台（套）认定" : "未获首台（套）认定", "firstSet=" + v);
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			Boolean v = facts.firstSet();
			return v == null ? Outcome.UNKNOWN : pass(v);
		}

	}

	/** Recognized as a 数字化车间 or 智能工厂 (at least {@code level}). */
	record SmartManufacturingAtLeast(SmartManufacturing level, Integer article) implements Leaf {

		@Override
		public Fact fact() {
			return Fact.SMART_MANUFACTURING;
		}

		@Override
		public String requirement(Names names) {
			return level == SmartManufacturing.SMART_FACTORY ? "获智能工厂认定" : "获数字化车间或智能工厂认定";
		}

		@Override
		public Finding check(EnterpriseFacts facts, LocalDate on, Names names) {
			SmartManufacturing v = facts.smartManufacturing();
			if (v == null) {
				return Finding.missing();
			}
			return Finding.of(v.atLeast(level),
					v == SmartManufacturing.NONE ? "未获数字化车间/智能工厂认定" : "已获" + v.label() + "认定",
					"smartManufacturing=" + v);
		}

		@Override
		public Outcome test(EnterpriseFacts facts, LocalDate on) {
			SmartManufacturing v = facts.smartManufacturing();
			return v == null ? Outcome.UNKNOWN : pass(v.atLeast(level));
		}

	}

	/** Every leaf of the tree, in document order. */
	default List<Leaf> leaves() {
		List<Leaf> out = new ArrayList<>();
		collect(this, out);
		return out;
	}

	private static void collect(Clause c, List<Leaf> out) {
		if (c instanceof All a) {
			a.all().forEach(x -> collect(x, out));
		}
		else if (c instanceof Any a) {
			a.any().forEach(x -> collect(x, out));
		}
		else if (c instanceof Not n) {
			collect(n.not(), out);
		}
		else if (c instanceof Leaf l) {
			out.add(l);
		}
	}

	/**
	 * {@code C3421} and {@code 3421} name the same class; a section letter stays as it
	 * is.
	 */
	static String bareIndustryCode(String code) {
		String c = code.trim();
		return c.length() > 2 && Character.isLetter(c.charAt(0)) ? c.substring(1) : c;
	}

	private static List<String> segments(String path) {
		return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * Whether one of the {@code /}-separated segments of {@code path} equals {@code code}
	 * from index {@code from} on (what {@code segments(path).contains} finds, without
	 * splitting).
	 */
	private static boolean hasSegment(String path, String code, int from) {
		int length = code.length() - from;
		if (length <= 0) {
			return false;
		}
		int n = path.length();
		int i = 0;
		while (i < n) {
			int end = path.indexOf('/', i);
			if (end < 0) {
				end = n;
			}
			if (end - i == length && path.regionMatches(i, code, from, length)) {
				return true;
			}
			i = end + 1;
		}
		return false;
	}

	private static Outcome pass(boolean pass) {
		return pass ? Outcome.PASS : Outcome.FAIL;
	}

	private static String range(Number min, Number max, String unit) {
		if (min != null && max != null) {
			return "在" + min + "–" + max + unit + "之间";
		}
		return min != null ? " ≥ " + min + unit : " ≤ " + max + unit;
	}

}
