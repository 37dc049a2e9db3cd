package cn.lianshang.metro.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SensitivityAnalysisTest {

	// Three indicators under one index. A is best on every indicator; B and C trade off
	// against each other, so
	// their order depends on the weights and the method.
	static final Framework FRAMEWORK = new Framework(
			List.of(new Indicator("i1", 1, "Index", 1, 1, null), new Indicator("i2", 1, "Index", 1, 1, null),
					new Indicator("i3", 1, "Index", -1, 1, null), new Indicator("Index", 2, null, 1, 1, null)));

	static final Matrix DATA = Matrix.of(List.of("A", "B", "C", "D"), List.of("i1", "i2", "i3"),
			new double[][] { { 100, 100, 1 }, { 80, 20, 50 }, { 25, 80, 50 }, { 10, 10, 90 } });

	@Test
	void aDominantUnitAlwaysRanksFirst() {
		SensitivityAnalysis.Result r = SensitivityAnalysis.run(DATA, FRAMEWORK,
				SensitivityAnalysis.Settings.defaults(300, 42));
		SensitivityAnalysis.UnitRanks a = r.of("A");
		assertThat(a.nominal()).isEqualTo(1);
		assertThat(a.q05()).isEqualTo(1);
		assertThat(a.q95()).isEqualTo(1);
		assertThat(r.of("D").q05()).isEqualTo(4);
	}

	@Test
	void unitsThatTradeOffGetAWiderInterval() {
		SensitivityAnalysis.Result r = SensitivityAnalysis.run(DATA, FRAMEWORK,
				SensitivityAnalysis.Settings.defaults(300, 42));
		assertThat(r.of("B").q05()).isEqualTo(2);
		assertThat(r.of("B").q95()).isEqualTo(3);
		assertThat(r.of("C").q05()).isEqualTo(2);
		assertThat(r.of("C").q95()).isEqualTo(3);
	}

	@Test
	void theSameSeedGivesTheSameRunsAndAnotherSeedOtherRuns() {
		SensitivityAnalysis.Result first = SensitivityAnalysis.run(DATA, FRAMEWORK,
				SensitivityAnalysis.Settings.defaults(200, 7));
		SensitivityAnalysis.Result again = SensitivityAnalysis.run(DATA, FRAMEWORK,
				SensitivityAnalysis.Settings.defaults(200, 7));
		SensitivityAnalysis.Result other = SensitivityAnalysis.run(DATA, FRAMEWORK,
				SensitivityAnalysis.Settings.defaults(200, 8));
		assertThat(again.ranksPerRun()).isDeepEqualTo(first.ranksPerRun());
		assertThat(again.units()).isEqualTo(first.units());
		assertThat(java.util.Arrays.deepEquals(other.ranksPerRun(), first.ranksPerRun())).isFalse();
	}

	@Test
	void withoutNoiseAndOneMethodEveryRunIsTheNominalRanking() {
		SensitivityAnalysis.Settings fixed = new SensitivityAnalysis.Settings(20, 1, 0,
				List.of(new SensitivityAnalysis.Method(Normalisation.MinMax.percent(), Aggregation.ARITHMETIC)));
		SensitivityAnalysis.Result r = SensitivityAnalysis.run(DATA, FRAMEWORK, fixed);
		for (SensitivityAnalysis.UnitRanks u : r.units()) {
			assertThat(u.q05()).isEqualTo(u.nominal());
			assertThat(u.q95()).isEqualTo(u.nominal());
		}
	}

}
