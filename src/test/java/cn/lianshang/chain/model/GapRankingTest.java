package cn.lianshang.chain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.lianshang.chain.model.GapRanking.Gap;
import cn.lianshang.chain.model.GapRanking.NodeFacts;
import cn.lianshang.chain.model.GapRanking.Presence;

class GapRankingTest {

	@Test
	void rankingOnAConstructedChain() {
		// A: no local firm, weight 5, two lead firms buy 3,000 outside → 5 × 3 × (1 + ln
		// 31) × 1
		NodeFacts a = new NodeFacts("A", 0, 0, 0, 3000, 2, 2, 5);
		// B: one local firm, weight 4, no outside purchases → 4 × 1 × 1 × 0.6 = 2.4
		NodeFacts b = new NodeFacts("B", 1, 1, 550, 0, 0, 0, 4);
		// C: strong locally and bought locally → no gap
		NodeFacts c = new NodeFacts("C", 2, 10, 7500, 550, 1, 1, 5);
		// D: ten local firms but 15,000 of 15,550 bought outside, one lead firm → 3 × 2 ×
		// (1 + ln 151) × 0.3
		NodeFacts d = new NodeFacts("D", 3, 10, 550, 15000, 1, 1, 3);
		// E: no local firm, weight 1, nobody buys → 1
		NodeFacts e = new NodeFacts("E", 4, 0, 0, 0, 0, 0, 1);

		List<Gap> gaps = GapRanking.rank(List.of(e, d, c, b, a));

		assertThat(gaps).extracting(g -> g.facts().nodeCode()).containsExactly("A", "D", "B", "E");
		assertThat(gaps.get(0).score()).isCloseTo(5 * 3 * (1 + Math.log(31)), within(0.01));
		assertThat(gaps.get(0).presence()).isEqualTo(Presence.NONE);
		assertThat(gaps.get(1).score()).isCloseTo(3 * 2 * (1 + Math.log(151)) * 0.3, within(0.01));
		assertThat(gaps.get(1).presence()).isEqualTo(Presence.BOUGHT_OUTSIDE);
		assertThat(gaps.get(2).score()).isEqualTo(2.4);
		assertThat(gaps.get(2).presence()).isEqualTo(Presence.WEAK);
		assertThat(gaps.get(3).score()).isEqualTo(1.0);
	}

	@Test
	void tiesKeepTheChainOrder() {
		List<Gap> gaps = GapRanking
			.rank(List.of(new NodeFacts("Y", 1, 0, 0, 0, 0, 0, 3), new NodeFacts("X", 0, 0, 0, 0, 0, 0, 3)));
		assertThat(gaps).extracting(g -> g.facts().nodeCode()).containsExactly("X", "Y");
	}

	@Test
	void openLocalDemandsAddToTheDemandFactor() {
		// P: no local firm, 1,000万 bought outside, 3 open demands; Q: the same with no
		// demand;
		// R: a weak node with 1 open demand and nothing bought outside
		NodeFacts p = new NodeFacts("P", 0, 0, 0, 1000, 1, 0, 4, 3);
		NodeFacts q = new NodeFacts("Q", 1, 0, 0, 1000, 1, 0, 4, 0);
		NodeFacts r = new NodeFacts("R", 2, 2, 0, 0, 0, 1, 5, 1);
		List<Gap> gaps = GapRanking.rank(List.of(r, q, p));
		assertThat(gaps).extracting(g -> g.facts().nodeCode()).containsExactly("P", "Q", "R");
		// 4 × 1 × (1 + ln 11 + ln 4) × 1
		assertThat(gaps.get(0).demandFactor()).isCloseTo(1 + Math.log(11) + Math.log(4), within(1e-9));
		assertThat(gaps.get(0).score()).isCloseTo(4 * (1 + Math.log(11) + Math.log(4)), within(0.01));
		assertThat(gaps.get(1).score()).isCloseTo(4 * (1 + Math.log(11)), within(0.01));
		// 5 × (1 + 1) × (1 + ln 2) × 0.6
		assertThat(gaps.get(2).score()).isCloseTo(5 * 2 * (1 + Math.log(2)) * 0.6, within(0.01));
		// demand does not make a well-supplied node a gap
		assertThat(GapRanking.rank(List.of(new NodeFacts("S", 0, 5, 1000, 0, 0, 0, 5, 40)))).isEmpty();
	}

	@Test
	void threeLocalFirmsBuyingLocallyAreNoGap() {
		assertThat(GapRanking.rank(List.of(new NodeFacts("Z", 0, 3, 0, 0, 0, 0, 5)))).isEmpty();
	}

}
