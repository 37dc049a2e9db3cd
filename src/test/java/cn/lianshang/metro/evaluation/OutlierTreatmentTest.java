package cn.lianshang.metro.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class OutlierTreatmentTest {

	static Matrix column(double... x) {
		List<String> units = IntStream.range(0, x.length).mapToObj(i -> "u" + i).toList();
		double[][] v = new double[x.length][1];
		for (int i = 0; i < x.length; i++) {
			v[i][0] = x[i];
		}
		return Matrix.of(units, List.of("x"), v);
	}

	static double[] oneToN(int n, double... tail) {
		List<Double> all = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			all.add((double) i);
		}
		for (double t : tail) {
			all.add(t);
		}
		return all.stream().mapToDouble(Double::doubleValue).toArray();
	}

	@Test
	void skewAndKurtosisAreExcelsSkewAndKurt() {
		// 1..10, 30, 100 (the example of COINr's Treat documentation). Excel: SKEW =
		// 3.063241, KURT = 9.741391.
		double[] x = oneToN(10, 30, 100);
		assertThat(Statistics.skew(x)).isCloseTo(3.0632410342, within(1e-9));
		assertThat(Statistics.kurt(x)).isCloseTo(9.7413908346, within(1e-9));
	}

	@Test
	void positiveSkewWinsorisesTheHighestPointToTheNextValue() {
		// skew 3.06 ≥ 2 and kurtosis 9.74 ≥ 3.5: fails. Skew > 0, so 100 → 30 (the next
		// highest). Then
		// 1..10, 30, 30 has skew 1.71 < 2: passes after one point.
		OutlierTreatment.Treated t = OutlierTreatment.apply(column(oneToN(10, 30, 100)), OutlierTreatment.DEFAULTS);
		OutlierTreatment.Record r = t.of("x");
		assertThat(r.before().pass()).isFalse();
		assertThat(r.winsorised()).isEqualTo(1);
		assertThat(r.winsorisedHigh()).containsExactly("u11");
		assertThat(r.afterWinsorising().skew()).isCloseTo(1.7120380601, within(1e-9));
		assertThat(t.data().get("u11", "x")).isEqualTo(30);
		assertThat(t.data().get("u10", "x")).isEqualTo(30);
		assertThat(r.logTransformed()).isFalse();
	}

	@Test
	void negativeSkewWinsorisesTheLowestPoint() {
		double[] x = oneToN(10, 30, 100);
		for (int i = 0; i < x.length; i++) {
			x[i] = -x[i];
		}
		OutlierTreatment.Record r = OutlierTreatment.apply(column(x), OutlierTreatment.DEFAULTS).of("x");
		assertThat(r.before().skew()).isNegative();
		assertThat(r.winsorisedLow()).containsExactly("u11");
		assertThat(r.winsorisedHigh()).isEmpty();
		assertThat(r.winsorised()).isEqualTo(1);
	}

	@Test
	void pointsClippedEarlierMoveAgainAndCountAsCoinrCountsThem() {
		// 1..20, 60, 100, 1000: skew 4.71, kurt 22.4 → 1000 → 100. Now 1..20, 60, 100,
		// 100: skew 2.42, kurt 5.00,
		// still failing → both 100s (the original and the clipped 1000) → 60: nwin =
		// length(imax) = 2.
		// 1..20, 60, 60, 60: skew 1.91 → passes.
		OutlierTreatment.Treated t = OutlierTreatment.apply(column(oneToN(20, 60, 100, 1000)),
				OutlierTreatment.DEFAULTS);
		OutlierTreatment.Record r = t.of("x");
		assertThat(r.winsorised()).isEqualTo(2);
		assertThat(r.winsorisedHigh()).containsExactly("u21", "u22");
		assertThat(t.data().column("x")).endsWith(60, 60, 60);
		assertThat(r.afterWinsorising().pass()).isTrue();
	}

	@Test
	void whenWinsorisingIsNotEnoughLogCtIsAppliedToTheOriginalValues() {
		// winmax = 0 forbids winsorising, so the failing column goes to log_CT: log(x − 1
		// + 0.01·(100 − 1)).
		OutlierTreatment.Treated t = OutlierTreatment.apply(column(oneToN(10, 30, 100)),
				new OutlierTreatment.Settings(0, 2, 3.5));
		OutlierTreatment.Record r = t.of("x");
		assertThat(r.logTransformed()).isTrue();
		assertThat(r.winsorised()).isZero();
		assertThat(t.data().get("u0", "x")).isCloseTo(Math.log(0.99), within(1e-12));
		assertThat(t.data().get("u11", "x")).isCloseTo(Math.log(99.99), within(1e-12));
	}

	@Test
	void aPassingColumnIsLeftAlone() {
		Matrix m = column(oneToN(12));
		OutlierTreatment.Treated t = OutlierTreatment.apply(m, OutlierTreatment.DEFAULTS);
		assertThat(t.data()).isEqualTo(m);
		assertThat(t.of("x").treated()).isFalse();
	}

}
