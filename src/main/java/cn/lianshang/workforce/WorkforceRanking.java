package cn.lianshang.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.lianshang.matching.model.Explanation;
import cn.lianshang.matching.model.Match;
import cn.lianshang.matching.model.Outcome;
import cn.lianshang.matching.model.Place;
import cn.lianshang.matching.model.Taxonomy;

/**
 * Ranks residents for a job and jobs for a resident (framework-free). Hard filters: every
 * certificate the job requires is held, and when the job names skills the resident has
 * one of them or one of the same family. Then five criteria, each with a Chinese sentence
 * (the explanation), weighted: skills, certificates, distance (home community centroid to
 * the job vs the resident's max travel), schedule (the job's days and shifts vs the
 * resident's availability) and pay (vs the expected daily wage). A criterion that does
 * not apply (no skills named, no certificate required, no wage expected) neither counts
 * nor appears. Ties go to the nearer candidate, then to the smaller id.
 */
final class WorkforceRanking {

	static final String SKILL = "skill";

	static final String CERTIFICATE = "certificate";

	static final String DISTANCE = "distance";

	static final String SCHEDULE = "schedule";

	static final String PAY = "pay";

	static final double W_SKILL = 0.35;

	static final double W_CERTIFICATE = 0.10;

	static final double W_DISTANCE = 0.25;

	static final double W_SCHEDULE = 0.15;

	static final double W_PAY = 0.15;

	/** Beyond the resident's max travel by at most this factor: near, not fail. */
	static final double TRAVEL_SLACK = 1.25;

	/** The longest job span whose days are counted one by one. */
	static final int MAX_DAYS = 366;

	/** A resident as matching sees them: no name, no contact. */
	record Seeker(String id, Set<String> skills, Set<String> certificates, Place place, int maxTravelKm,
			Set<DayOfWeek> days, Set<Shift> shifts, BigDecimal expectedDailyWage) {

	}

	/** A job as matching sees it; {@code dailyPay} is the pay of one day in yuan. */
	record Opening(String id, String employerUscc, Set<String> skills, Set<String> certificates, Place place,
			LocalDate start, LocalDate end, Set<Shift> shifts, BigDecimal dailyPay) {

	}

	private final Taxonomy.Vocabulary skills;

	private final Taxonomy.Vocabulary certificates;

	WorkforceRanking(Taxonomy.Vocabulary skills, Taxonomy.Vocabulary certificates) {
		this.skills = skills;
		this.certificates = certificates;
	}

	/**
	 * The best {@code limit} residents for a job, each with its explanation. Two passes:
	 * every candidate is scored without sentences ({@link #quick}), then only the best
	 * {@code limit} are explained; the result is the same as explaining every candidate
	 * ({@link #residentsForExplainingAll}), because both passes compute the same score
	 * and the same rounded distance and order by them the same way.
	 */
	List<Match> residentsFor(Opening job, Collection<Seeker> candidates, int limit) {
		List<Keyed<Seeker>> keyed = new ArrayList<>();
		for (Seeker s : candidates) {
			Quick q = quick(job, s);
			if (q != null) {
				keyed.add(new Keyed<>(s, q.score(), q.km(), Long.parseLong(s.id())));
			}
		}
		List<Match> matches = new ArrayList<>();
		for (Keyed<Seeker> k : best(keyed, limit)) {
			score(job, k.item()).ifPresent(
					m -> matches.add(new Match(k.item().id(), null, m.score(), m.distanceKm(), m.explanation())));
		}
		return top(matches, limit);
	}

	/**
	 * The best {@code limit} jobs for a resident, two passes as {@link #residentsFor}.
	 */
	List<Match> jobsFor(Seeker seeker, Collection<Opening> candidates, int limit) {
		List<Keyed<Opening>> keyed = new ArrayList<>();
		for (Opening j : candidates) {
			Quick q = quick(j, seeker);
			if (q != null) {
				keyed.add(new Keyed<>(j, q.score(), q.km(), Long.parseLong(j.id())));
			}
		}
		List<Match> matches = new ArrayList<>();
		for (Keyed<Opening> k : best(keyed, limit)) {
			Opening j = k.item();
			score(j, seeker).ifPresent(
					m -> matches.add(new Match(j.id(), j.employerUscc(), m.score(), m.distanceKm(), m.explanation())));
		}
		return top(matches, limit);
	}

	/**
	 * Every candidate explained, then the best taken: the reference the two passes equal.
	 */
	List<Match> residentsForExplainingAll(Opening job, Collection<Seeker> candidates, int limit) {
		List<Match> matches = new ArrayList<>();
		for (Seeker s : candidates) {
			score(job, s)
				.ifPresent(m -> matches.add(new Match(s.id(), null, m.score(), m.distanceKm(), m.explanation())));
		}
		return top(matches, limit);
	}

	/**
	 * Every candidate explained, then the best taken: the reference the two passes equal.
	 */
	List<Match> jobsForExplainingAll(Seeker seeker, Collection<Opening> candidates, int limit) {
		List<Match> matches = new ArrayList<>();
		for (Opening j : candidates) {
			score(j, seeker).ifPresent(
					m -> matches.add(new Match(j.id(), j.employerUscc(), m.score(), m.distanceKm(), m.explanation())));
		}
		return top(matches, limit);
	}

	/** A candidate with its ordering key: score, rounded distance, id. */
	private record Keyed<T>(T item, double score, Double km, long id) {

	}

	/** The score and rounded distance of a pair, without sentences. */
	record Quick(double score, Double km) {

	}

	private static <T> List<Keyed<T>> best(List<Keyed<T>> keyed, int limit) {
		keyed.sort(Comparator.<Keyed<T>>comparingDouble(Keyed::score)
			.reversed()
			.thenComparing(Keyed::km, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparingLong(Keyed::id));
		return keyed.subList(0, Math.min(Math.max(0, limit), keyed.size()));
	}

	/**
	 * The same score and rounded distance as {@link #score} (same criteria, same weights,
	 * same order of the sums), or null when a hard filter excludes the pair.
	 */
	Quick quick(Opening j, Seeker s) {
		if (!admissible(j, s)) {
			return null;
		}
		double[] acc = new double[2];
		Double km = s.place().distanceKm(j.place());
		if (!j.skills().isEmpty()) {
			acc(acc, W_SKILL, skillCredit(j, s) / j.skills().size());
		}
		if (!j.certificates().isEmpty()) {
			acc(acc, W_CERTIFICATE, 1);
		}
		if (km != null) {
			acc(acc, W_DISTANCE, distanceScore(km, s.maxTravelKm()));
		}
		acc(acc, W_SCHEDULE, scheduleScore(j, s));
		if (s.expectedDailyWage() != null) {
			acc(acc, W_PAY, payScore(j, s));
		}
		double score = acc[1] == 0 ? 0 : Math.round(acc[0] / acc[1] * 1000) / 1000.0;
		return new Quick(score, km == null ? null : Math.round(km * 10) / 10.0);
	}

	private static void acc(double[] acc, double weight, double score) {
		acc[0] += weight * score;
		acc[1] += weight;
	}

	/**
	 * 1 per skill of the job held, 0.5 per skill with a sibling of the same family held.
	 */
	private double skillCredit(Opening j, Seeker s) {
		double credit = 0;
		for (String k : j.skills()) {
			if (s.skills().contains(k)) {
				credit += 1;
			}
			else if (s.skills().stream().anyMatch(o -> skills.sameFamily(k, o))) {
				credit += 0.5;
			}
		}
		return credit;
	}

	static double distanceScore(double km, int maxTravelKm) {
		if (km <= maxTravelKm) {
			return maxTravelKm == 0 ? 1 : 1 - 0.5 * km / maxTravelKm;
		}
		return km <= maxTravelKm * TRAVEL_SLACK ? 0.3 : 0;
	}

	/** Days of the job's span (at most {@link #MAX_DAYS}) the resident is available. */
	private static long freeDays(Opening j, Seeker s, long total) {
		long free = 0;
		for (int i = 0; i < total; i++) {
			if (s.days().contains(j.start().plusDays(i).getDayOfWeek())) {
				free++;
			}
		}
		return free;
	}

	private static long totalDays(Opening j) {
		return Math.min(MAX_DAYS, ChronoUnit.DAYS.between(j.start(), j.end()) + 1);
	}

	static double scheduleScore(Opening j, Seeker s) {
		if (j.shifts().stream().noneMatch(s.shifts()::contains)) {
			return 0;
		}
		long total = totalDays(j);
		long free = freeDays(j, s, total);
		if (free == total) {
			return 1;
		}
		if (free == 0) {
			return 0;
		}
		return total == 0 ? 0 : (double) free / total;
	}

	static double payScore(Opening j, Seeker s) {
		if (j.dailyPay().compareTo(s.expectedDailyWage()) >= 0) {
			return 1;
		}
		double ratio = s.expectedDailyWage().signum() == 0 ? 1
				: j.dailyPay().divide(s.expectedDailyWage(), 4, RoundingMode.HALF_UP).doubleValue();
		return ratio >= 0.9 ? 0.5 : 0;
	}

	private static List<Match> top(List<Match> matches, int limit) {
		matches.sort(Comparator.comparingDouble(Match::score)
			.reversed()
			.thenComparing(Match::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(m -> Long.parseLong(m.candidateId())));
		return List.copyOf(matches.subList(0, Math.min(Math.max(0, limit), matches.size())));
	}

	boolean admissible(Opening j, Seeker s) {
		if (!s.certificates().containsAll(j.certificates())) {
			return false;
		}
		return j.skills().isEmpty() || j.skills()
			.stream()
			.anyMatch(k -> s.skills().contains(k) || s.skills().stream().anyMatch(o -> skills.sameFamily(k, o)));
	}

	/** The pair scored, or empty when a hard filter excludes it. */
	Optional<Match> score(Opening j, Seeker s) {
		if (!admissible(j, s)) {
			return Optional.empty();
		}
		List<Explanation> explanation = new ArrayList<>();
		double[] acc = new double[2];
		Double km = s.place().distanceKm(j.place());
		add(explanation, acc, SKILL, W_SKILL, skill(j, s));
		add(explanation, acc, CERTIFICATE, W_CERTIFICATE, certificate(j));
		add(explanation, acc, DISTANCE, W_DISTANCE, distance(km, s.maxTravelKm()));
		add(explanation, acc, SCHEDULE, W_SCHEDULE, schedule(j, s));
		add(explanation, acc, PAY, W_PAY, pay(j, s));
		double score = acc[1] == 0 ? 0 : Math.round(acc[0] / acc[1] * 1000) / 1000.0;
		return Optional.of(new Match(j.id(), j.employerUscc(), score, km == null ? null : Math.round(km * 10) / 10.0,
				explanation));
	}

	private record Assessment(double score, Outcome outcome, String detail) {

	}

	private static void add(List<Explanation> out, double[] acc, String code, double weight, Optional<Assessment> a) {
		a.ifPresent(x -> {
			acc[0] += weight * x.score();
			acc[1] += weight;
			out.add(new Explanation(code, x.outcome(), x.detail()));
		});
	}

	private Optional<Assessment> skill(Opening j, Seeker s) {
		if (j.skills().isEmpty()) {
			return Optional.empty();
		}
		List<String> held = new ArrayList<>();
		List<String> near = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		double credit = 0;
		for (String k : j.skills().stream().sorted().toList()) {
			if (s.skills().contains(k)) {
				held.add(skills.nameOf(k));
				credit += 1;
				continue;
			}
			Optional<String> sibling = s.skills().stream().sorted().filter(o -> skills.sameFamily(k, o)).findFirst();
			if (sibling.isPresent()) {
				near.add(skills.nameOf(k) + "（会同类的" + skills.nameOf(sibling.get()) + "）");
				credit += 0.5;
			}
			else {
				missing.add(skills.nameOf(k));
			}
		}
		double score = credit / j.skills().size();
		if (missing.isEmpty() && near.isEmpty()) {
			return Optional.of(new Assessment(1, Outcome.PASS, "具备所需工种：" + String.join("、", held)));
		}
		StringBuilder text = new StringBuilder();
		if (!held.isEmpty()) {
			text.append("具备 ").append(String.join("、", held)).append("；");
		}
		if (!near.isEmpty()) {
			text.append("相近 ").append(String.join("、", near)).append("；");
		}
		if (!missing.isEmpty()) {
			text.append("缺少 ").append(String.join("、", missing)).append("；");
		}
		text.setLength(text.length() - 1);
		return Optional.of(new Assessment(score, score > 0 ? Outcome.NEAR : Outcome.FAIL, text.toString()));
	}

	private Optional<Assessment> certificate(Opening j) {
		if (j.certificates().isEmpty()) {
			return Optional.empty();
		}
		// the hard filter has already required every certificate
		String names = j.certificates().stream().sorted().map(certificates::nameOf).collect(Collectors.joining("、"));
		return Optional.of(new Assessment(1, Outcome.PASS, "持有所需证书：" + names));
	}

	static Optional<Assessment> distance(Double km, int maxTravelKm) {
		if (km == null) {
			return Optional.empty();
		}
		long rounded = Math.round(km);
		String basis = "（按居住街道所在区县中心估算）";
		if (km <= maxTravelKm) {
			double score = distanceScore(km, maxTravelKm);
			return Optional.of(new Assessment(score, Outcome.PASS,
					"距离约 " + rounded + " 公里，在期望通勤 " + maxTravelKm + " 公里以内" + basis));
		}
		if (km <= maxTravelKm * TRAVEL_SLACK) {
			return Optional
				.of(new Assessment(0.3, Outcome.NEAR, "距离约 " + rounded + " 公里，略超期望通勤 " + maxTravelKm + " 公里" + basis));
		}
		return Optional
			.of(new Assessment(0, Outcome.FAIL, "距离约 " + rounded + " 公里，超出期望通勤 " + maxTravelKm + " 公里" + basis));
	}

	static Optional<Assessment> schedule(Opening j, Seeker s) {
		Set<Shift> common = j.shifts().stream().filter(s.shifts()::contains).collect(Collectors.toSet());
		String jobShifts = j.shifts().stream().sorted().map(Shift::label).collect(Collectors.joining("、"));
		long total = totalDays(j);
		long free = freeDays(j, s, total);
		String span = j.start().getMonthValue() + "月" + j.start().getDayOfMonth() + "日至" + j.end().getMonthValue() + "月"
				+ j.end().getDayOfMonth() + "日共 " + total + " 天";
		if (common.isEmpty()) {
			return Optional.of(new Assessment(0, Outcome.FAIL, "岗位为" + jobShifts + "，不在可工作班次内"));
		}
		String shifts = common.stream().sorted().map(Shift::label).collect(Collectors.joining("、"));
		double fraction = total == 0 ? 0 : (double) free / total;
		if (free == total) {
			return Optional.of(new Assessment(1, Outcome.PASS, "可上" + shifts + "；用工期 " + span + "，每天都可出勤"));
		}
		if (free == 0) {
			return Optional.of(new Assessment(0, Outcome.FAIL, "可上" + shifts + "，但用工期 " + span + "内没有可出勤的日子"));
		}
		return Optional
			.of(new Assessment(fraction, Outcome.NEAR, "可上" + shifts + "；用工期 " + span + "，可出勤 " + free + " 天"));
	}

	static Optional<Assessment> pay(Opening j, Seeker s) {
		if (s.expectedDailyWage() == null) {
			return Optional.empty();
		}
		String text = "日薪约 " + plain(j.dailyPay()) + " 元，期望 " + plain(s.expectedDailyWage()) + " 元";
		if (j.dailyPay().compareTo(s.expectedDailyWage()) >= 0) {
			return Optional.of(new Assessment(1, Outcome.PASS, text + "，达到期望"));
		}
		double ratio = s.expectedDailyWage().signum() == 0 ? 1
				: j.dailyPay().divide(s.expectedDailyWage(), 4, RoundingMode.HALF_UP).doubleValue();
		if (ratio >= 0.9) {
			return Optional.of(new Assessment(0.5, Outcome.NEAR, text + "，略低于期望"));
		}
		return Optional.of(new Assessment(0, Outcome.FAIL, text + "，低于期望"));
	}

	static String plain(BigDecimal v) {
		return v.stripTrailingZeros().toPlainString();
	}

}
