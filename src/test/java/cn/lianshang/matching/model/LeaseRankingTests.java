package cn.lianshang.matching.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Plant and equipment ranking on constructed cases: hard filters, the order of
 * candidates, and the sentences.
 */
class LeaseRankingTests {

	static final LocalDate D = LocalDate.of(2026, 12, 1);

	static final Place TIEXI = new Place("210106", "铁西区", "2101", "沈阳市", 41.80, 123.35);

	static final Place ANSHAN = new Place("210303", "铁西区", "2103", "鞍山市", 41.12, 122.99);

	static Lease plant(String id, String owner, int area, int height, Integer crane, LocalDate from, LocalDate to,
			Place place) {
		return new Lease(id, owner, Scenario.PLANT, BigDecimal.valueOf(area), BigDecimal.valueOf(height),
				crane == null ? null : BigDecimal.valueOf(crane), null, null, null, 1, null, null, from, to, place);
	}

	final LeaseRanking ranking = new LeaseRanking();

	@Test
	void theLargeEnoughNearbyPlantWithACraneForTheWholePeriodComesFirst() {
		Lease wanted = plant("d", "B", 2000, 9, 10, D, D.plusDays(89), TIEXI);
		Lease fits = plant("1", "S1", 3000, 12, 20, D.minusDays(10), D.plusDays(200), TIEXI);
		Lease small = plant("2", "S2", 1700, 12, 20, D, D.plusDays(200), TIEXI);
		Lease far = plant("3", "S3", 3000, 12, 20, D, D.plusDays(200), ANSHAN);
		Lease noCrane = plant("4", "S4", 3000, 12, null, D, D.plusDays(200), TIEXI);
		Lease partly = plant("5", "S5", 3000, 12, 20, D.plusDays(60), D.plusDays(200), TIEXI);
		Lease before = plant("6", "S6", 3000, 12, 20, D.minusDays(100), D.minusDays(1), TIEXI);
		Lease own = plant("7", "B", 3000, 12, 20, D, D.plusDays(200), TIEXI);

		List<Match> matches = ranking.offersFor(wanted, List.of(before, own, partly, noCrane, far, small, fits), 10);
		List<String> order = matches.stream().map(Match::candidateId).toList();
		assertThat(order).doesNotContain("6", "7");
		assertThat(order.get(0)).isEqualTo("1");
		assertThat(order.indexOf("1")).isLessThan(order.indexOf("3"));
		assertThat(order.indexOf("1")).isLessThan(order.indexOf("2"));
		assertThat(order.indexOf("1")).isLessThan(order.indexOf("4"));
		assertThat(order.indexOf("1")).isLessThan(order.indexOf("5"));

		Map<String, Explanation> best = byCriterion(matches.get(0));
		assertThat(best.get("area").detail()).isEqualTo("面积 3000 m²，满足 2000 m² 的要求");
		assertThat(best.get("crane").outcome()).isEqualTo(Outcome.PASS);
		assertThat(best.get("period").detail()).contains("覆盖所需 90 天");
		assertThat(best.get("distance").detail()).contains("同属铁西区");
		Map<String, Explanation> smaller = byCriterion(
				matches.stream().filter(m -> m.candidateId().equals("2")).findFirst().orElseThrow());
		assertThat(smaller.get("area").outcome()).isEqualTo(Outcome.NEAR);
		Map<String, Explanation> crane = byCriterion(
				matches.stream().filter(m -> m.candidateId().equals("4")).findFirst().orElseThrow());
		assertThat(crane.get("crane").detail()).contains("未注明行车");
		Map<String, Explanation> part = byCriterion(
				matches.stream().filter(m -> m.candidateId().equals("5")).findFirst().orElseThrow());
		assertThat(part.get("period").outcome()).isEqualTo(Outcome.NEAR);
		assertThat(part.get("period").detail()).contains("90 天中的 30 天");
	}

	@Test
	void equipmentMustBeOfTheSameKindAndCountsUnitsAndOperator() {
		Lease wanted = new Lease("d", "B", Scenario.EQUIPMENT, null, null, null, null, null, "叉车", 2, true,
				new BigDecimal("300"), D, D.plusDays(9), TIEXI);
		Lease two = new Lease("1", "S1", Scenario.EQUIPMENT, null, null, null, null, null, "内燃叉车", 2, true,
				new BigDecimal("280"), D, D.plusDays(30), TIEXI);
		Lease one = new Lease("2", "S2", Scenario.EQUIPMENT, null, null, null, null, null, "叉车", 1, false,
				new BigDecimal("280"), D, D.plusDays(30), TIEXI);
		Lease crane = new Lease("3", "S3", Scenario.EQUIPMENT, null, null, null, null, null, "汽车吊", 3, true, null, D,
				D.plusDays(30), TIEXI);
		List<Match> matches = ranking.offersFor(wanted, List.of(crane, one, two), 10);
		assertThat(matches).extracting(Match::candidateId).containsExactly("1", "2");
		Map<String, Explanation> second = byCriterion(matches.get(1));
		assertThat(second.get("units").detail()).isEqualTo("叉车仅 1 台，需要 2 台");
		assertThat(second.get("operator").detail()).isEqualTo("不提供操作手，需自备");
		assertThat(byCriterion(matches.get(0)).get("price").detail()).contains("在预算内");
	}

	static Map<String, Explanation> byCriterion(Match m) {
		return m.explanation().stream().collect(Collectors.toMap(Explanation::criterion, e -> e));
	}

}
