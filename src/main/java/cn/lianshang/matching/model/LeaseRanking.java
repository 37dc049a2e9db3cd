package cn.lianshang.matching.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Ranks plant and equipment leases the way {@link Ranking} ranks machining and materials:
 * hard filters first (same scenario, not one's own, periods that overlap at all, for
 * equipment the same kind), then each criterion that applies is scored with a sentence
 * and the weighted mean is the score. Criteria: area, clear height, crane, power, floor
 * load (plant), units and operator (equipment), period, distance (the same rule as
 * {@link Criteria}), price. Ties go to the nearer candidate, then the smaller id.
 */
public final class LeaseRanking {

	public static final String AREA = "area";

	public static final String HEIGHT = "height";

	public static final String CRANE = "crane";

	public static final String POWER = "power";

	public static final String FLOOR_LOAD = "floorLoad";

	public static final String UNITS = "units";

	public static final String OPERATOR = "operator";

	public static final String PERIOD = "period";

	/** The default weights (only relative sizes matter). */
	public static final Map<String, Double> DEFAULT_WEIGHTS;

	static {
		Map<String, Double> w = new LinkedHashMap<>();
		w.put(AREA, 0.22);
		w.put(HEIGHT, 0.10);
		w.put(CRANE, 0.10);
		w.put(POWER, 0.08);
		w.put(FLOOR_LOAD, 0.05);
		w.put(UNITS, 0.12);
		w.put(OPERATOR, 0.05);
		w.put(PERIOD, 0.15);
		w.put(Criteria.DISTANCE, 0.10);
		w.put(Criteria.PRICE, 0.03);
		DEFAULT_WEIGHTS = java.util.Collections.unmodifiableMap(w);
	}

	/** The share of a wanted measure that still counts as near (80 %). */
	static final double NEAR_SHARE = 0.8;

	private final Map<String, Double> weights;

	public LeaseRanking() {
		this(DEFAULT_WEIGHTS);
	}

	public LeaseRanking(Map<String, Double> weights) {
		this.weights = Map.copyOf(weights);
	}

	/** The best {@code limit} offers for a wanted lease. */
	public List<Match> offersFor(Lease wanted, Collection<Lease> offered, int limit) {
		List<Match> matches = new ArrayList<>();
		for (Lease o : offered) {
			score(wanted, o).ifPresent(
					s -> matches.add(new Match(o.id(), o.ownerUscc(), s.score(), s.distanceKm(), s.explanation())));
		}
		return top(matches, limit);
	}

	/** The best {@code limit} wanted leases an offer serves. */
	public List<Match> demandsFor(Lease offered, Collection<Lease> wanted, int limit) {
		List<Match> matches = new ArrayList<>();
		for (Lease w : wanted) {
			score(w, offered).ifPresent(
					s -> matches.add(new Match(w.id(), w.ownerUscc(), s.score(), s.distanceKm(), s.explanation())));
		}
		return top(matches, limit);
	}

	private static List<Match> top(List<Match> matches, int limit) {
		matches.sort(Comparator.comparingDouble(Match::score)
			.reversed()
			.thenComparing(Match::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Match::candidateId, Ranking::compareIds));
		return List.copyOf(matches.subList(0, Math.min(Math.max(0, limit), matches.size())));
	}

	/** Whether the pair passes the hard filters. */
	public boolean admissible(Lease wanted, Lease offered) {
		if (wanted.scenario() != offered.scenario() || !wanted.scenario().leasing()) {
			return false;
		}
		if (wanted.ownerUscc() != null && wanted.ownerUscc().equals(offered.ownerUscc())) {
			return false;
		}
		if (overlapDays(wanted, offered) <= 0) {
			return false;
		}
		return wanted.scenario() != Scenario.EQUIPMENT || sameKind(wanted.equipmentType(), offered.equipmentType());
	}

	static boolean sameKind(String a, String b) {
		if (a == null || b == null) {
			return a == null;
		}
		String x = a.strip();
		String y = b.strip();
		return x.contains(y) || y.contains(x);
	}

	static long overlapDays(Lease wanted, Lease offered) {
		if (wanted.from() == null || wanted.to() == null || offered.from() == null || offered.to() == null) {
			return 0;
		}
		LocalDate start = wanted.from().isAfter(offered.from()) ? wanted.from() : offered.from();
		LocalDate end = wanted.to().isBefore(offered.to()) ? wanted.to() : offered.to();
		return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
	}

	/** The scored pair, or empty when a hard filter excludes it. */
	public Optional<Ranking.Scored> score(Lease wanted, Lease offered) {
		if (!admissible(wanted, offered)) {
			return Optional.empty();
		}
		Map<String, BiFunction<Lease, Lease, Optional<Criterion.Assessment>>> criteria = new LinkedHashMap<>();
		criteria.put(AREA, (w, o) -> atLeast(w.areaM2(), o.areaM2(), "面积", "m²", true));
		criteria.put(HEIGHT, (w, o) -> atLeast(w.clearHeightM(), o.clearHeightM(), "净高", "米", true));
		criteria.put(CRANE, (w, o) -> atLeast(w.craneT(), o.craneT(), "行车", "吨", false));
		criteria.put(POWER, (w, o) -> atLeast(w.powerKva(), o.powerKva(), "电力容量", "kVA", true));
		criteria.put(FLOOR_LOAD, (w, o) -> atLeast(w.floorLoadT(), o.floorLoadT(), "地面承重", "吨/m²", false));
		criteria.put(UNITS, LeaseRanking::units);
		criteria.put(OPERATOR, LeaseRanking::operator);
		criteria.put(PERIOD, LeaseRanking::period);
		criteria.put(Criteria.DISTANCE, LeaseRanking::distance);
		criteria.put(Criteria.PRICE, LeaseRanking::price);
		List<Explanation> explanation = new ArrayList<>();
		double sum = 0;
		double total = 0;
		for (Map.Entry<String, BiFunction<Lease, Lease, Optional<Criterion.Assessment>>> c : criteria.entrySet()) {
			Optional<Criterion.Assessment> a = c.getValue().apply(wanted, offered);
			if (a.isEmpty()) {
				continue;
			}
			double w = weights.getOrDefault(c.getKey(), 0.0);
			sum += w * a.get().score();
			total += w;
			explanation.add(new Explanation(c.getKey(), a.get().outcome(), a.get().detail()));
		}
		double score = total == 0 ? 0 : Math.round(sum / total * 1000) / 1000.0;
		Double km = wanted.place() == null ? null : wanted.place().distanceKm(offered.place());
		return Optional.of(new Ranking.Scored(score, km == null ? null : Math.round(km * 10) / 10.0, explanation));
	}

	/**
	 * A wanted minimum against what is offered: at least as much passes; with
	 * {@code nearAllowed}, at least {@value #NEAR_SHARE} of it is near; otherwise fail.
	 * Not asked: does not apply.
	 */
	static Optional<Criterion.Assessment> atLeast(BigDecimal wanted, BigDecimal offered, String what, String unit,
			boolean nearAllowed) {
		if (wanted == null) {
			return Optional.empty();
		}
		String need = Criteria.amount(wanted) + " " + unit;
		if (offered == null) {
			return Optional.of(Criterion.Assessment.near(Criteria.NEAR, "出租方未注明" + what + "，需确认能否达到 " + need));
		}
		String has = what + " " + Criteria.amount(offered) + " " + unit;
		if (offered.compareTo(wanted) >= 0) {
			return Optional.of(Criterion.Assessment.pass(has + "，满足 " + need + " 的要求"));
		}
		double share = wanted.signum() == 0 ? 1 : offered.divide(wanted, 4, RoundingMode.HALF_UP).doubleValue();
		if (nearAllowed && share >= NEAR_SHARE) {
			return Optional.of(Criterion.Assessment.near(Criteria.NEAR * share, has + "，略低于要求的 " + need));
		}
		return Optional.of(Criterion.Assessment.fail(has + "，达不到要求的 " + need));
	}

	static Optional<Criterion.Assessment> units(Lease w, Lease o) {
		if (w.scenario() != Scenario.EQUIPMENT) {
			return Optional.empty();
		}
		String kind = o.equipmentType() == null ? "设备" : o.equipmentType();
		if (o.units() >= w.units()) {
			return Optional.of(Criterion.Assessment.pass(kind + " " + o.units() + " 台，满足需要的 " + w.units() + " 台"));
		}
		return Optional.of(Criterion.Assessment.near(Criteria.NEAR * o.units() / w.units(),
				kind + "仅 " + o.units() + " 台，需要 " + w.units() + " 台"));
	}

	static Optional<Criterion.Assessment> operator(Lease w, Lease o) {
		if (w.scenario() != Scenario.EQUIPMENT || w.withOperator() == null) {
			return Optional.empty();
		}
		boolean has = Boolean.TRUE.equals(o.withOperator());
		if (has == w.withOperator()) {
			return Optional.of(Criterion.Assessment.pass(has ? "可带操作手" : "不带操作手，符合要求"));
		}
		return Optional.of(Criterion.Assessment.near(Criteria.NEAR, w.withOperator() ? "不提供操作手，需自备" : "只随操作手出租"));
	}

	/**
	 * The offered window covers the wanted period: pass; it covers part: near, by the
	 * share covered. Bookings are not subtracted here: the calendar shows the free days.
	 */
	static Optional<Criterion.Assessment> period(Lease w, Lease o) {
		long wantedDays = ChronoUnit.DAYS.between(w.from(), w.to()) + 1;
		long overlap = overlapDays(w, o);
		String window = "可租期 " + o.from() + " 至 " + o.to();
		if (overlap >= wantedDays) {
			return Optional.of(Criterion.Assessment.pass(window + "，覆盖所需 " + wantedDays + " 天"));
		}
		return Optional.of(Criterion.Assessment.near(Criteria.NEAR * overlap / wantedDays,
				window + "，只覆盖所需 " + wantedDays + " 天中的 " + overlap + " 天"));
	}

	/** The same local-first rule as machining ({@link Criteria.DistanceFit}). */
	static Optional<Criterion.Assessment> distance(Lease w, Lease o) {
		Requirement r = new Requirement(w.id(), w.ownerUscc(), w.scenario(), Set.of(), Set.of(), null, null, Set.of(),
				null, null, null, null, w.place());
		Capability c = new Capability(o.id(), o.ownerUscc(), o.scenario(), Set.of(), Set.of(), Set.of(), null, Set.of(),
				null, null, null, null, null, o.place());
		return new Criteria.DistanceFit().assess(r, c, null);
	}

	static Optional<Criterion.Assessment> price(Lease w, Lease o) {
		if (w.price() == null || o.price() == null) {
			return Optional.empty();
		}
		String per = w.scenario() == Scenario.PLANT ? " 元/m²·月" : " 元/台·天";
		String text = "租金 " + Criteria.amount(o.price()) + per + "，预算 " + Criteria.amount(w.price()) + per;
		if (o.price().compareTo(w.price()) <= 0) {
			return Optional.of(Criterion.Assessment.pass(text + "，在预算内"));
		}
		if (o.price().compareTo(w.price().multiply(new BigDecimal("1.1"))) <= 0) {
			return Optional.of(Criterion.Assessment.near(Criteria.NEAR, text + "，略超预算"));
		}
		return Optional.of(Criterion.Assessment.fail(text + "，超出预算"));
	}

}
