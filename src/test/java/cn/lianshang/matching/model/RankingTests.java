package cn.lianshang.matching.model;

import static cn.lianshang.matching.model.Fixtures.ANSHAN;
import static cn.lianshang.matching.model.Fixtures.HUNNAN;
import static cn.lianshang.matching.model.Fixtures.TIEXI;
import static cn.lianshang.matching.model.Fixtures.TIEXI_EAST;
import static cn.lianshang.matching.model.Fixtures.TODAY;
import static cn.lianshang.matching.model.Fixtures.shafts;
import static cn.lianshang.matching.model.Fixtures.turningShop;
import static cn.lianshang.matching.model.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RankingTests {

	static final Taxonomy taxonomy = Taxonomy.fromClasspath();

	static final Ranking ranking = new Ranking(taxonomy, Weights.DEFAULT);

	static final Capability local = turningShop("local", TIEXI_EAST);

	static final Capability anshan = turningShop("anshan", ANSHAN);

	static final Capability millingOnly = with(turningShop("milling", TIEXI), Set.of("MILLING"), Set.of("C45"), 6,
			new BigDecimal("5000"), 10, Set.of());

	static final Capability smallShop = with(turningShop("small", TIEXI), Set.of("TURNING"), Set.of("C45"), 6,
			new BigDecimal("600"), 10, Set.of());

	static final List<Capability> all = List.of(smallShop, millingOnly, anshan, local);

	@Test
	void theIssuesDemandRanksTheLocalTurningShopFirstTheDistantOneSecondTheSmallOneLast() {
		List<Match> matches = ranking.offersFor(shafts(), all, TODAY, 10);
		assertThat(matches).extracting(Match::candidateId).containsExactly("local", "anshan", "small");
		Match first = matches.get(0);
		assertThat(first.explanation()).extracting(Explanation::criterion)
			.containsExactly("process", "material", "tolerance", "capacity", "leadTime", "distance", "reputation");
		assertThat(first.explanation()).filteredOn(e -> !e.criterion().equals("reputation"))
			.allMatch(e -> e.outcome() == Outcome.PASS);
		assertThat(first.explanation()).extracting(Explanation::detail).contains("公差 IT7 满足要求（可达 IT6）");
		assertThat(matches.get(1).explanation()).filteredOn(e -> e.criterion().equals("distance"))
			.singleElement()
			.satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.NEAR));
		assertThat(matches.get(2).explanation()).filteredOn(e -> e.criterion().equals("capacity"))
			.singleElement()
			.satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.FAIL));
		assertThat(first.distanceKm()).isEqualTo(5.9);
		assertThat(first.score()).isGreaterThan(matches.get(1).score());
	}

	@Test
	void aShopWithoutTheRequiredProcessIsFilteredOutNotMerelyRankedLow() {
		assertThat(ranking.admissible(shafts(), millingOnly)).isFalse();
		assertThat(ranking.score(shafts(), millingOnly, TODAY)).isEmpty();
	}

	@Test
	void ownOffersAndOtherScenariosAreNeverMatched() {
		Capability own = new Capability("own", "BUYER", Scenario.MACHINING, Set.of("TURNING"), Set.of(), Set.of(), 6,
				Set.of(), null, "件", null, null, null, TIEXI);
		Capability material = new Capability("mat", "S", Scenario.MATERIAL, Set.of("TURNING"), Set.of("C45"),
				Set.of("STEEL"), null, Set.of(), null, "吨", null, null, null, TIEXI);
		assertThat(ranking.offersFor(shafts(), List.of(own, material), TODAY, 10)).isEmpty();
	}

	@Test
	void theWeightsDecideTheOrder() {
		// a local shop one IT grade short against an exact shop in 鞍山: distance-heavy
		// weights prefer the first
		Capability localIt8 = with(turningShop("local-it8", HUNNAN), Set.of("TURNING"), Set.of("C45"), 8,
				new BigDecimal("5000"), 10, Set.of());
		Weights localFirst = new Weights(0.2, 0.1, 0.05, 0, 0.1, 0.1, 0.1, 0.5, 0, 0);
		Weights precisionFirst = new Weights(0.2, 0.1, 0.5, 0, 0.1, 0.1, 0.1, 0.05, 0, 0);
		assertThat(new Ranking(taxonomy, localFirst).offersFor(shafts(), List.of(anshan, localIt8), TODAY, 2))
			.extracting(Match::candidateId)
			.containsExactly("local-it8", "anshan");
		assertThat(new Ranking(taxonomy, precisionFirst).offersFor(shafts(), List.of(anshan, localIt8), TODAY, 2))
			.extracting(Match::candidateId)
			.containsExactly("anshan", "local-it8");
	}

	@Test
	void equalScoresGoToTheNearerCandidateThenToTheSmallerId() {
		Capability nine = turningShop("9", TIEXI_EAST);
		Capability ten = turningShop("10", TIEXI_EAST);
		Capability farther = turningShop("2", HUNNAN);
		assertThat(ranking.offersFor(shafts(), List.of(ten, farther, nine), TODAY, 3)).extracting(Match::candidateId)
			.containsExactly("9", "10", "2");
	}

	@Test
	void theLimitCutsTheList() {
		assertThat(ranking.offersFor(shafts(), all, TODAY, 1)).extracting(Match::candidateId).containsExactly("local");
	}

	@Test
	void anOfferFindsTheOpenDemandsItServesBestFirst() {
		Requirement nearby = shafts();
		Requirement far = new Requirement("d2", "OTHER", Scenario.MACHINING, Set.of("TURNING"), Set.of("C45"), null, 7,
				Set.of(), new BigDecimal("100"), "件", Fixtures.END_OF_MONTH, null, ANSHAN);
		Requirement needsGrinding = new Requirement("d3", "THIRD", Scenario.MACHINING, Set.of("GRINDING"), Set.of(),
				null, null, Set.of(), new BigDecimal("100"), "件", null, null, TIEXI);
		List<Match> matches = ranking.demandsFor(local, List.of(far, needsGrinding, nearby), TODAY, 10);
		assertThat(matches).extracting(Match::candidateId).containsExactly("d1", "d2");
	}

	@Test
	void materialsMatchOnGradeOrFamilyAndRankTheExactGradeFirst() {
		Requirement rebar = new Requirement("m1", "B", Scenario.MATERIAL, Set.of(), Set.of("HRB400"), null, null,
				Set.of(), new BigDecimal("50"), "吨", Fixtures.END_OF_MONTH, null, TIEXI);
		Capability exact = new Capability("exact", "S1", Scenario.MATERIAL, Set.of(), Set.of("HRB400"), Set.of("STEEL"),
				null, Set.of(), new BigDecimal("500"), "吨", 3, null, null, ANSHAN);
		Capability plastics = new Capability("pp", "S2", Scenario.MATERIAL, Set.of(), Set.of("PP"),
				Set.of("PLASTIC_PELLET"), null, Set.of(), new BigDecimal("500"), "吨", 3, null, null, TIEXI);
		Capability carbon = new Capability("c45", "S3", Scenario.MATERIAL, Set.of(), Set.of("C45"), Set.of("STEEL"),
				null, Set.of(), new BigDecimal("500"), "吨", 3, null, null, TIEXI);
		assertThat(ranking.offersFor(rebar, List.of(plastics, carbon, exact), TODAY, 10)).extracting(Match::candidateId)
			.containsExactly("exact");
	}

}
