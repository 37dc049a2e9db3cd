package cn.lianshang.matching.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The soft criteria, each a small named rule, in the order the explanation lists them.
 */
public final class Criteria {

	public static final String PROCESS = "process";

	public static final String MATERIAL = "material";

	public static final String TOLERANCE = "tolerance";

	public static final String SIZE = "size";

	public static final String CERTIFICATION = "certification";

	public static final String CAPACITY = "capacity";

	public static final String LEAD_TIME = "leadTime";

	public static final String DISTANCE = "distance";

	public static final String REPUTATION = "reputation";

	public static final String PRICE = "price";

	public static final List<String> ALL = List.of(PROCESS, MATERIAL, TOLERANCE, SIZE, CERTIFICATION, CAPACITY,
			LEAD_TIME, DISTANCE, REPUTATION, PRICE);

	/**
	 * Score of a near fit where no finer measure exists (a sibling process, a related
	 * grade, an unstated value).
	 */
	static final double NEAR = 0.5;

	private Criteria() {
	}

	public static List<Criterion> all() {
		return List.of(new ProcessFit(), new MaterialFit(), new ToleranceFit(), new SizeFit(), new CertificationFit(),
				new CapacityFit(), new LeadTimeFit(), new DistanceFit(), new ReputationFit(), new PriceFit());
	}

	static String names(Taxonomy.Vocabulary v, Set<String> codes) {
		return codes.stream().sorted().map(v::nameOf).collect(Collectors.joining("、"));
	}

	static String amount(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/**
	 * All required processes offered: pass; some, or siblings of the missing ones: near;
	 * none: fail.
	 */
	static final class ProcessFit implements Criterion {

		@Override
		public String code() {
			return PROCESS;
		}

		@Override
		public Optional<Assessment> assess(Requirement r, Capability c, Context ctx) {
			if (r.processes().isEmpty()) {
				return Optional.empty();
			}
			Taxonomy.Vocabulary v = ctx.taxonomy().processes();
			List<String> missing = new ArrayList<>();
			List<String> siblings = new ArrayList<>();
			double credit = 0;
			for (String p : r.processes().stream().sorted().toList()) {
				if (c.processes().contains(p)) {
					credit += 1;
				}
				else {
					missing.add(v.nameOf(p));
					Optional<String> sibling = c.processes()
						.stream()
						.sorted()
						.filter(o -> v.sameFamily(p, o))
						.findFirst();
					if (sibling.isPresent()) {
						credit += NEAR;
						siblings.add(v.nameOf(sibling.get()));
					}
				}
			}
			double score = credit / r.processes().size();
			if (missing.isEmpty()) {
				return Optional.of(Assessment.pass("可做所需工艺：" + names(v, r.processes())));
			}
			String detail = "缺少工艺 " + String.join("、", missing)
					+ (siblings.isEmpty() ? "" : "（可做同类 " + String.join("、", siblings) + "）");
			return Optional.of(score > 0 ? Assessment.near(score, detail) : Assessment.fail(detail));
		}

	}

	/**
	 * An acceptable grade offered: pass; a grade of the same family, or no list at all:
	 * near; else fail.
	 */
	static final class MaterialFit implements Criterion {

		@Override
		public String code() {
			return MATERIAL;
		}

		@Override
		public Optional<Assessment> assess(Requirement r, Capability c, Context ctx) {
			Taxonomy.Vocabulary v = ctx.taxonomy().materials();
			String verb = r.scenario() == Scenario.MATERIAL ? "可供" : "可加工";
			if (r.materials().isEmpty()) {
				if (r.category() == null) {
					return Optional.empty();
				}
				String name = ctx.taxonomy().categories().nameOf(r.category());
				return Optional.of(c.categories().contains(r.category()) ? Assessment.pass(verb + name)
						: Assessment.fail("不供应" + name));
			}
			String wanted = names(v, r.materials());
			Optional<String> exact = r.materials().stream().sorted().filter(c.materials()::contains).findFirst();
			if (exact.isPresent()) {
				return Optional.of(Assessment.pass("材料" + verb + " " + v.nameOf(exact.get())));
			}
			Optional<String> sibling = c.materials()
				.stream()
				.sorted()
				.filter(o -> r.materials().stream().anyMatch(m -> v.sameFamily(m, o)))
				.findFirst();
			if (sibling.isPresent()) {
				return Optional
					.of(Assessment.near(NEAR, "无 " + wanted + "，" + verb + "同类材料 " + v.nameOf(sibling.get())));
			}
			if (c.materials().isEmpty()) {
				return Optional.of(Assessment.near(NEAR, "供方未列出材料，需确认能否" + verb + " " + wanted));
			}
			return Optional.of(Assessment.fail("材料不符：需要 " + wanted + "，供方" + verb + " " + names(v, c.materials())));
		}

	}

	/**
	 * The finest grade held at least as fine as required: pass; one grade coarser: near;
	 * else fail.
	 */
	static final class ToleranceFit implements Criterion {

		@Override
		public String code() {
			return TOLERANCE;
		}

		@Override
		public Optional<Assessment> assess(Requirement r, Capability c, Context ctx) {
			if (r.toleranceIt() == null) {
				return Optional.empty();
			}
			int need = r.toleranceIt();
			if (c.bestToleranceIt() == null) {
				return Optional.of(Assessment.near(NEAR, "供方未注明可达公差，需确认能否达到 IT" + need));
			}
			int best = c.bestToleranceIt();
			if (best <= need) {
				return Optional.of(Assessment.pass("公差 IT" + need + " 满足要求（可达 IT" + best + "）"));
			}
			if (best == need + 1) {
				return Optional.of(Assessment.near(NEAR, "公差要求 IT" + need + "，供方可达 IT" + best + "，差一级"));
			}
			return Optional.of(Assessment.fail("公差要求 IT" + need + "，供方仅可达 IT" + best));
		}

	}

	/**
	 * The part, turned any way, fits the supplier's largest envelope: pass; otherwise
	 * fail.
	 */
	static final class SizeFit implements Criterion {

		@Override
		public String code() {
			return SIZE;
		}

		@Override
		public Optional<Assessment> assess(Requirement r, Capability c, Context ctx) {
			if (r.sizeMm() == null || c.envelopeMm() == null || r.sizeMm().size() != 3 || c.envelopeMm().size() != 3) {
				return Optional.empty();
			}
			List<Double> part = r.sizeMm().stream().sorted().toList();
			List<Double> envelope = c.envelopeMm().stream().sorted().toList();
			boolean fits = true;
			for (int i = 0; i < 3; i++) {
				fits &= part.get(i) <= envelope.get(i);
			}
			String text = "零件尺寸 " + dims(r.sizeMm()) + " mm";
			return Optional.of(fits ? Assessment.pass(text + " 在加工范围 " + dims(c.envelopeMm()) + " mm 内")
					: Assessment.fail(text + " 超出加工范围 " + dims(c.envelopeMm()) + " mm"));
		}

		private static String dims(List<Double> mm) {
			return mm.stream().map(v -> amount(BigDecimal.valueOf(v))).collect(Collectors.joining("×"));
		}

	}

	/**
	 * Every required certification held: pass; otherwise fail, naming what is missing.
	 */
	static final class CertificationFit implements Criterion {

		@Override
		public String code() {
			return CERTIFICATION;
		}

		@Override
		public Optional<Assessment> assess(Requirement r, Capability c, Context ctx) {
			if (r.certifications().isEmpty()) {
				return Optional.empty();
			}
			Taxonomy.Vocabulary v = ctx.taxonomy().certifications();
			Set<String> missing = r.certifications()
				.stream()
				.filter(x -> !c.certifications().contains(x))
				.collect(Collectors.toSet());
			if (missing.isEmpty()) {
				return Optional.of(Assessment.pass("具备 " + names(v, r.certifications()) + " 认证"));
			}
			double held = r.certifications().size() - missing.size();
			return Optional
				.of(new Assessment(held / r.certifications().size(), Outcome.FAIL, "缺少 " + names(v, missing) + " 认证"));
		}

	}

	/**
	 * Spare monthly capacity at least the quantity: pass; at least half of it
	 * (deliverable in batches): near.
	 */
	static final class CapacityFit implements Criterion {

		@Override
		public String code() {
			return CAPACITY;
		}

		@Override
		public Optional<Assessment> assess(Requirement r, Capability c, Context ctx) {
			if (r.quantity() == null) {
				return Optional.empty();
			}
			String unit = r.unit() == null ? "" : r.unit();
			if (c.monthlyCapacity() == null) {
				return Optional.of(Assessment.near(NEAR, "供方未注明产能，需确认能否完成 " + amount(r.quantity()) + " " + unit));
			}
			if (c.unit() != null && r.unit() != null && !c.unit().equals(r.unit())) {
				return Optional.of(Assessment.near(NEAR, "产能单位（" + c.unit() + "）与需求单位（" + r.unit() + "）不同，需确认"));
			}
			BigDecimal cap = c.monthlyCapacity();
			String text = "月余量产能 " + amount(cap) + " " + unit;
			int cmp = cap.compareTo(r.quantity());
			if (cmp >= 0) {
				return Optional.of(Assessment.pass(text + "，满足需求 " + amount(r.quantity()) + " " + unit));
			}
			double ratio = r.quantity().signum() == 0 ? 1
					: cap.divide(r.quantity(), 4, RoundingMode.HALF_UP).doubleValue();
			if (ratio >= 0.5) {
				return Optional
					.of(Assessment.near(NEAR * ratio, text + "，不足需求 " + amount(r.quantity()) + " " + unit + "，需分批或延期"));
			}
			return Optional.of(Assessment.fail(text + "，远低于需求 " + amount(r.quantity()) + " " + unit));
		}

	}

	/**
	 * Lead time within the days left to the due date: pass; a few days over: near; else
	 * fail.
	 */
	static final class LeadTimeFit implements Criterion {

		@Override
		public String code() {
			return LEAD_TIME;
		}

		@Override
		public Optional<Assessment> assess(Requirement r, Capability c, Context ctx) {
			if (r.dueDate() == null) {
				return Optional.empty();
			}
			long days = ChronoUnit.DAYS.between(ctx.today(), r.dueDate());
			String due = r.dueDate().getMonthValue() + "月" + r.dueDate().getDayOfMonth() + "日";
			if (c.leadTimeDays() == null) {
				return Optional.of(Assessment.near(NEAR, "供方未注明交期，需确认能否在 " + due + "前交货"));
			}
			int lead = c.leadTimeDays();
			if (lead <= days) {
				return Optional.of(Assessment.pass("交期 " + lead + " 天，可在 " + due + "前交货（距交货日 " + days + " 天）"));
			}
			long late = lead - days;
			if (late <= Math.max(3, days / 5)) {
				return Optional.of(Assessment.near(NEAR, "交期 " + lead + " 天，比 " + due + " 晚约 " + late + " 天"));
			}
			return Optional.of(Assessment.fail("交期 " + lead + " 天，赶不上 " + due + "（仅余 " + Math.max(0, days) + " 天）"));
		}

	}

	/**
	 * Local first: the same county beats the same city beats elsewhere in the
	 * metropolitan area beats outside it; inside a tier, nearer is better (a 60 km
	 * decay).
	 */
	static final class DistanceFit implements Criterion {

		static final double SAME_COUNTY = 1.0;

		static final double SAME_CITY = 0.8;

		static final double METRO = 0.5;

		static final double OUTSIDE = 0.1;

		static final double DECAY_KM = 60;

		@Override
		public String code() {
			return DISTANCE;
		}

		@Override
		public Optional<Assessment> assess(Requirement r, Capability c, Context ctx) {
			Place a = r.place();
			Place b = c.place();
			if (a == null || b == null) {
				return Optional.empty();
			}
			Double km = a.distanceKm(b);
			double decay = km == null ? 1 : 0.5 + 0.5 * Math.exp(-km / DECAY_KM);
			String dist = km == null ? "距离未知" : "距离 " + Math.round(km) + " km";
			if (a.countyCode() != null && a.countyCode().equals(b.countyCode())) {
				return Optional.of(new Assessment(SAME_COUNTY * decay, Outcome.PASS, dist + "，同属" + a.countyName()));
			}
			if (a.cityCode() != null && a.cityCode().equals(b.cityCode())) {
				return Optional.of(new Assessment(SAME_CITY * decay, Outcome.PASS,
						dist + "，同属" + a.cityName() + (b.countyName() == null ? "" : "（" + b.countyName() + "）")));
			}
			if (a.inMetropolitanArea() && b.inMetropolitanArea()) {
				return Optional
					.of(new Assessment(METRO * decay, Outcome.NEAR, dist + "，同在沈阳都市圈（" + b.cityName() + "）"));
			}
			return Optional.of(new Assessment(OUTSIDE * decay, Outcome.FAIL, dist + "，不在沈阳都市圈内"));
		}

	}

	/**
	 * How many ratings a supplier needs before its reputation counts; with fewer it is
	 * neutral (one bad or one glowing rating says little).
	 */
	public static final int MIN_RATINGS = 3;

	/**
	 * The supplier's mean rating from completed deals (on time, quality, communication,
	 * 1–5, mapped to 0–1 by the caller). Fewer than {@link #MIN_RATINGS} ratings (the
	 * caller then passes null) is neutral, and said so, rather than an invented number.
	 */
	static final class ReputationFit implements Criterion {

		@Override
		public String code() {
			return REPUTATION;
		}

		@Override
		public Optional<Assessment> assess(Requirement r, Capability c, Context ctx) {
			Double rep = c.reputation();
			if (rep == null) {
				return Optional.of(Assessment.near(NEAR, "成交评价不足 " + MIN_RATINGS + " 条，信誉按中性计分"));
			}
			double s = Math.max(0, Math.min(1, rep));
			String text = "成交评价得分 " + Math.round(s * 100) + " / 100";
			Outcome o = s >= 0.8 ? Outcome.PASS : s >= 0.5 ? Outcome.NEAR : Outcome.FAIL;
			return Optional.of(new Assessment(s, o, text));
		}

	}

	/**
	 * Only when the buyer names a budget and the supplier a price: within it pass, up to
	 * 10% over near.
	 */
	static final class PriceFit implements Criterion {

		@Override
		public String code() {
			return PRICE;
		}

		@Override
		public Optional<Assessment> assess(Requirement r, Capability c, Context ctx) {
			if (r.maxUnitPrice() == null || c.unitPrice() == null) {
				return Optional.empty();
			}
			String text = "单价 " + amount(c.unitPrice()) + " 元，预算 " + amount(r.maxUnitPrice()) + " 元";
			if (c.unitPrice().compareTo(r.maxUnitPrice()) <= 0) {
				return Optional.of(Assessment.pass(text + "，在预算内"));
			}
			if (c.unitPrice().compareTo(r.maxUnitPrice().multiply(new BigDecimal("1.1"))) <= 0) {
				return Optional.of(Assessment.near(NEAR, text + "，略超预算"));
			}
			return Optional.of(Assessment.fail(text + "，超出预算"));
		}

	}

}
