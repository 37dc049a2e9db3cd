package cn.lianshang.metro.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TopsisTest {

	@Test
	void vectorNormalisationWithACostCriterion() {
		// x = (3,4), (4,3), (0,0); column norms sqrt(9+16+0) = 5 for both → r = (.6,.8),
		// (.8,.6), (0,0)
		// weights (1,1) → (.5,.5) → v = (.3,.4), (.4,.3), (0,0); types (1,−1): A+ = (.4,
		// 0), A− = (0, .4)
		// unit 1: D+ = sqrt(.01 + .16) = .412311, D− = sqrt(.09 + 0) = .3 → C = .3 /
		// .712311 = .421165
		// unit 2: D+ = .3, D− = sqrt(.16 + .01) = .412311 → C = .578835
		// unit 3: D+ = .4, D− = .4 → C = .5
		double[] c = Topsis.closeness(new double[][] { { 3, 4 }, { 4, 3 }, { 0, 0 } }, new double[] { 1, 1 },
				new int[] { 1, -1 }, Topsis.Normalization.VECTOR);
		assertThat(c[0]).isCloseTo(0.421165, within(1e-6));
		assertThat(c[1]).isCloseTo(0.578835, within(1e-6));
		assertThat(c[2]).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void minMaxNormalisation() {
		// x = (1,4), (2,2), (3,1); column 1 (benefit) → 0, .5, 1; column 2 (cost, min 1,
		// max 4) → 1, 1/3, 0
		// weights (.5,.5) → v = (0,.5), (.25,.1667), (.5,0); A+ = (.5, 0), A− = (0, .5)
		// unit 1 is the anti-ideal (C = 0), unit 3 the ideal (C = 1)
		// unit 2: D+ = sqrt(.0625 + 1/36) = .300463, D− = sqrt(.0625 + 1/9) = .416667 → C
		// = .581020
		double[] c = Topsis.closeness(new double[][] { { 1, 4 }, { 2, 2 }, { 3, 1 } }, new double[] { 0.5, 0.5 },
				new int[] { 1, -1 }, Topsis.Normalization.MIN_MAX);
		assertThat(c[0]).isCloseTo(0, within(1e-12));
		assertThat(c[1]).isCloseTo(0.581020, within(1e-6));
		assertThat(c[2]).isCloseTo(1, within(1e-12));
	}

	@Test
	void onlyRelativeWeightsMatter() {
		double[][] x = { { 1, 4 }, { 2, 2 }, { 3, 1 } };
		double[] a = Topsis.closeness(x, new double[] { 1, 3 }, new int[] { 1, -1 }, Topsis.Normalization.VECTOR);
		double[] b = Topsis.closeness(x, new double[] { 10, 30 }, new int[] { 1, -1 }, Topsis.Normalization.VECTOR);
		assertThat(b).containsExactly(a, within(1e-12));
	}

	@Test
	void badInputIsRejected() {
		double[][] x = { { 1, 4 }, { 2, 2 } };
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Topsis.closeness(x, new double[] { 1 }, new int[] { 1, 1 }, Topsis.Normalization.VECTOR));
		assertThatIllegalArgumentException().isThrownBy(
				() -> Topsis.closeness(x, new double[] { 1, -1 }, new int[] { 1, 1 }, Topsis.Normalization.VECTOR));
		assertThatIllegalArgumentException().isThrownBy(
				() -> Topsis.closeness(x, new double[] { 1, 1 }, new int[] { 1, 2 }, Topsis.Normalization.VECTOR));
		assertThatIllegalArgumentException().isThrownBy(() -> Topsis.closeness(new double[][] { { 1, 4 }, { 1, 2 } },
				new double[] { 1, 1 }, new int[] { 1, 1 }, Topsis.Normalization.MIN_MAX));
	}

}
