package cn.lianshang.matching.model;

import static cn.lianshang.matching.model.Fixtures.HUNNAN;
import static cn.lianshang.matching.model.Fixtures.TIEXI;
import static cn.lianshang.matching.model.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NearMissesTests {

	static final Taxonomy taxonomy = Taxonomy.fromClasspath();

	static final NearMisses nearMisses = new NearMisses(new Ranking(taxonomy, Weights.DEFAULT), taxonomy);

	static Requirement demand(String id, Set<String> processes, Set<String> certifications) {
		return new Requirement(id, "BUYER-" + id, Scenario.MACHINING, processes, Set.of("C45"), null, 7, certifications,
				new BigDecimal("1000"), "件", Fixtures.END_OF_MONTH, null, TIEXI);
	}

	/** A turning shop in 浑南 with ISO 9001 only. */
	static final Capability shop = Fixtures.turningShop("o1", HUNNAN);

	@Test
	void countsTheDemandsThatOneCertificationOrProcessWouldWin() {
		List<Requirement> open = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			open.add(demand("iatf" + i, Set.of("TURNING"), Set.of("IATF16949")));
		}
		open.add(demand("both", Set.of("TURNING"), Set.of("IATF16949", "ISO13485")));
		for (int i = 0; i < 3; i++) {
			open.add(demand("grind" + i, Set.of("GRINDING"), Set.of()));
		}
		open.add(demand("already", Set.of("TURNING"), Set.of("ISO9001")));
		List<NearMisses.NearMiss> misses = nearMisses.of(shop, open, TODAY, 5);
		assertThat(misses).extracting(NearMisses.NearMiss::code).containsExactly("IATF16949", "GRINDING");
		assertThat(misses.get(0).demands()).as("the demand that needs two more certificates is not one addition away")
			.isEqualTo(14);
		assertThat(misses.get(0).advice()).isEqualTo("增加 IATF 16949 认证可匹配另外 14 条需求");
		assertThat(misses.get(1).demands()).isEqualTo(3);
		assertThat(misses.get(1).advice()).isEqualTo("增加磨削工艺可匹配另外 3 条需求");
		assertThat(nearMisses.matches(open.get(open.size() - 1), shop, TODAY)).isTrue();
	}

	@Test
	void aDemandThatFailsOnSomethingElseIsNotANearMiss() {
		Requirement far = new Requirement("far", "B", Scenario.MACHINING, Set.of("TURNING"), Set.of("C45"), null, 7,
				Set.of("IATF16949"), new BigDecimal("1000"), "件", Fixtures.END_OF_MONTH, null, Fixtures.BEIJING);
		Requirement tooFine = new Requirement("fine", "B", Scenario.MACHINING, Set.of("TURNING"), Set.of("C45"), null,
				3, Set.of("IATF16949"), new BigDecimal("1000"), "件", Fixtures.END_OF_MONTH, null, TIEXI);
		assertThat(nearMisses.of(shop, List.of(far, tooFine), TODAY, 5)).isEmpty();
		assertThat(nearMisses.of(shop, List.of(), TODAY, 5)).isEmpty();
	}

}
