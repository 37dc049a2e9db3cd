package cn.lianshang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.lianshang.matching.model.Explanation;
import cn.lianshang.matching.model.Match;
import cn.lianshang.matching.model.Outcome;
import cn.lianshang.matching.model.Place;
import cn.lianshang.matching.model.Vocabularies;
import cn.lianshang.workforce.WorkforceRanking.Opening;
import cn.lianshang.workforce.WorkforceRanking.Seeker;

/** The ranking on constructed cases, both directions, without Spring. */
class WorkforceRankingTests {

	static final Place TIEXI = new Place("210106", "铁西区", "210100", "沈阳市", 41.80, 123.35);

	static final Place HUNNAN = new Place("210112", "浑南区", "210100", "沈阳市", 41.71, 123.45);

	static final Place TIELING = new Place("211202", "银州区", "211200", "铁岭市", 42.29, 123.84);

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	final WorkforceRanking ranking = new WorkforceRanking(Vocabularies.fromClasspath("workforce/skills.csv", true),
			Vocabularies.fromClasspath("workforce/certificates.csv", false));

	static Seeker seeker(String id, Set<String> skills, Set<String> certs, Place place, int km, Set<DayOfWeek> days,
			Integer wage) {
		return new Seeker(id, skills, certs, place, km, days, EnumSet.of(Shift.DAY),
				wage == null ? null : BigDecimal.valueOf(wage));
	}

	static Opening opening(String id, Set<String> skills, Set<String> certs, Place place, int pay) {
		return new Opening(id, "91210106X", skills, certs, place, MONDAY, MONDAY.plusDays(4), EnumSet.of(Shift.DAY),
				BigDecimal.valueOf(pay));
	}

	static final Set<DayOfWeek> ALL = EnumSet.allOf(DayOfWeek.class);

	@Test
	void residentsForAJobAreFilteredByCertificateAndRankedWithAnExplanationPerCriterion() {
		Opening job = opening("1", Set.of("WELDER"), Set.of("WELDING_OP"), TIEXI, 300);
		Seeker local = seeker("10", Set.of("WELDER"), Set.of("WELDING_OP"), TIEXI, 20, ALL, 250);
		Seeker across = seeker("11", Set.of("WELDER"), Set.of("WELDING_OP"), HUNNAN, 20, ALL, 250);
		Seeker family = seeker("12", Set.of("CNC_OPERATOR"), Set.of("WELDING_OP"), TIEXI, 20, ALL, 250);
		Seeker uncertified = seeker("13", Set.of("WELDER"), Set.of(), TIEXI, 20, ALL, 250);
		Seeker far = seeker("14", Set.of("WELDER"), Set.of("WELDING_OP"), TIELING, 20, ALL, 250);
		Seeker unrelated = seeker("15", Set.of("COOK"), Set.of("WELDING_OP"), TIEXI, 20, ALL, 250);

		List<Match> ranked = ranking.residentsFor(job, List.of(far, uncertified, family, across, local, unrelated), 10);

		assertThat(ranked).extracting(Match::candidateId).containsExactly("10", "11", "12", "14");
		Match best = ranked.get(0);
		assertThat(best.score()).isEqualTo(1.0);
		assertThat(best.explanation()).extracting(Explanation::criterion)
			.containsExactly("skill", "certificate", "distance", "schedule", "pay");
		assertThat(best.explanation()).allMatch(e -> e.outcome() == Outcome.PASS);
		assertThat(best.explanation().get(0).detail()).isEqualTo("具备所需工种：焊工");
		assertThat(ranked.get(2).explanation().get(0).outcome()).isEqualTo(Outcome.NEAR);
		assertThat(ranked.get(2).explanation().get(0).detail()).contains("会同类的数控操作工");
		Explanation distance = ranked.get(3).explanation().get(2);
		assertThat(distance.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(distance.detail()).contains("超出期望通勤 20 公里");
	}

	@Test
	void jobsForAResidentWeighScheduleAndPay() {
		Seeker weekdays = seeker("20", Set.of("PACKER"), Set.of(), TIEXI, 30,
				EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), 200);
		Opening fits = opening("1", Set.of("PACKER"), Set.of(), TIEXI, 220);
		Opening poor = opening("2", Set.of("PACKER"), Set.of(), TIEXI, 150);
		Opening night = new Opening("3", "91210106X", Set.of("PACKER"), Set.of(), TIEXI, MONDAY, MONDAY.plusDays(2),
				EnumSet.of(Shift.NIGHT), BigDecimal.valueOf(220));
		Opening certified = opening("4", Set.of("PACKER"), Set.of("HEALTH"), TIEXI, 300);

		List<Match> ranked = ranking.jobsFor(weekdays, List.of(poor, night, fits, certified), 10);

		// the certificate filters one out; a night shift (not available, schedule 0 of
		// 0.15) still
		// outranks pay well below the expectation (pay 0 of 0.15, schedule 3 of 5 days)
		assertThat(ranked).extracting(Match::candidateId).containsExactly("1", "3", "2");
		assertThat(ranked).extracting(Match::score).containsExactly(0.933, 0.833, 0.767);
		Explanation schedule = ranked.get(0).explanation().get(2);
		assertThat(schedule.criterion()).isEqualTo("schedule");
		assertThat(schedule.outcome()).isEqualTo(Outcome.NEAR);
		assertThat(schedule.detail()).contains("共 5 天", "可出勤 3 天");
		assertThat(ranked.get(2).explanation().get(3).detail()).isEqualTo("日薪约 150 元，期望 200 元，低于期望");
		assertThat(ranked.get(1).explanation().get(2).outcome()).isEqualTo(Outcome.FAIL);
		assertThat(ranked.get(1).explanation().get(2).detail()).isEqualTo("岗位为夜班，不在可工作班次内");
	}

	@Test
	void idNumbersAreCheckedByTheirCheckCharacter() {
		String first17 = "21010619900101123";
		assertThat(IdNumbers.valid(first17 + IdNumbers.checkOf(first17))).isTrue();
		assertThat(IdNumbers.valid(first17 + (IdNumbers.checkOf(first17) == '0' ? '1' : '0'))).isFalse();
		assertThat(IdNumbers.valid("21010619901301123X")).isFalse();
	}

	/**
	 * The two passes (score every candidate without sentences, explain the best) give
	 * exactly what explaining every candidate gives, on random candidates with ties.
	 */
	@Test
	void explainingOnlyTheBestGivesTheSameRankingAsExplainingEveryCandidate() {
		java.util.Random random = new java.util.Random(4);
		List<String> skills = List.of("WELDER", "CNC_OPERATOR", "ASSEMBLER", "GENERAL_WORKER", "PACKER", "COOK");
		List<Place> places = List.of(TIEXI, HUNNAN, TIELING);
		List<Set<DayOfWeek>> days = List.of(ALL, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				EnumSet.of(DayOfWeek.SATURDAY));
		int compared = 0;
		for (int round = 0; round < 40; round++) {
			List<Seeker> seekers = new java.util.ArrayList<>();
			List<Opening> openings = new java.util.ArrayList<>();
			for (int i = 0; i < 150; i++) {
				seekers.add(new Seeker(String.valueOf(i + 1), Set.of(skills.get(random.nextInt(skills.size()))),
						random.nextInt(3) == 0 ? Set.of("WELDING_OP") : Set.of(),
						places.get(random.nextInt(places.size())), 5 + 5 * random.nextInt(8),
						days.get(random.nextInt(days.size())),
						random.nextBoolean() ? EnumSet.of(Shift.DAY) : EnumSet.of(Shift.DAY, Shift.NIGHT),
						random.nextInt(5) == 0 ? null : BigDecimal.valueOf(150 + 10 * random.nextInt(16))));
				LocalDate start = MONDAY.plusDays(random.nextInt(10));
				openings.add(new Opening(String.valueOf(i + 1), "91210106X",
						Set.of(skills.get(random.nextInt(skills.size()))),
						random.nextInt(4) == 0 ? Set.of("WELDING_OP") : Set.of(),
						places.get(random.nextInt(places.size())), start, start.plusDays(random.nextInt(14)),
						random.nextInt(4) == 0 ? EnumSet.of(Shift.NIGHT) : EnumSet.of(Shift.DAY),
						BigDecimal.valueOf(140 + 10 * random.nextInt(17))));
			}
			int limit = 1 + random.nextInt(25);
			Opening job = openings.get(random.nextInt(openings.size()));
			Seeker seeker = seekers.get(random.nextInt(seekers.size()));
			List<Match> residents = ranking.residentsFor(job, seekers, limit);
			List<Match> jobs = ranking.jobsFor(seeker, openings, limit);
			assertThat(residents).isEqualTo(ranking.residentsForExplainingAll(job, seekers, limit));
			assertThat(jobs).isEqualTo(ranking.jobsForExplainingAll(seeker, openings, limit));
			for (Seeker s : seekers) {
				WorkforceRanking.Quick q = ranking.quick(job, s);
				var full = ranking.score(job, s);
				assertThat(q == null).isEqualTo(full.isEmpty());
				if (q != null) {
					assertThat(q.score()).isEqualTo(full.get().score());
					assertThat(q.km()).isEqualTo(full.get().distanceKm());
					compared++;
				}
			}
		}
		assertThat(compared).isGreaterThan(500);
	}

}
