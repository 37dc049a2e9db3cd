package cn.lianshang.metro.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EntropyWeightsTest {

	@Test
	void rawVariantOnATwoByTwoMatrix() {
		// n = 2, so k = 1/ln 2 and e is the binary entropy in bits.
		// column 1: 1, 3 → p = (1/4, 3/4), e = 0.5 + 0.75·log2(4/3) = 0.811278, d =
		// 0.188722
		// column 2: 1, 2 → p = (1/3, 2/3), e = log2 3 − 2/3 = 0.918296, d = 0.081704
		// w = d / Σd = (0.697869, 0.302131)
		double[] w = EntropyWeights.raw(new double[][] { { 1, 1 }, { 3, 2 } });
		assertThat(w[0]).isCloseTo(0.697869, within(1e-6));
		assertThat(w[1]).isCloseTo(0.302131, within(1e-6));
	}

	@Test
	void standardizedVariantFlipsCostColumnsBeforeTheEntropy() {
		// column 1 (benefit): 1, 2, 3 → 0, 0.5, 1 → p = (0, 1/3, 2/3),
		// e = [(1/3) ln 3 + (2/3) ln 1.5] / ln 3 = 0.579380, d = 0.420620
		// column 2 (cost): 10, 30, 30 → (30 − x)/20 = 1, 0, 0 → p = (1, 0, 0), e = 0, d =
		// 1
		// w = (0.420620, 1) / 1.420620 = (0.296082, 0.703918)
		double[][] x = { { 1, 10 }, { 2, 30 }, { 3, 30 } };
		double[] w = EntropyWeights.standardized(x, new int[] { 1, -1 }, 0);
		assertThat(w[0]).isCloseTo(0.296082, within(1e-6));
		assertThat(w[1]).isCloseTo(0.703918, within(1e-6));
		// read as a benefit column, column 2 would be 0, 1, 1 → p = (0, ½, ½), e = ln 2 /
		// ln 3: a different answer
		assertThat(EntropyWeights.standardized(x, new int[] { 1, 1 }, 0)[1]).isNotCloseTo(0.703918, within(0.01));
	}

	@Test
	void theShiftIsAddedAfterStandardising() {
		// shift 0.01: column 1 → 0.01, 0.51, 1.01 (sum 1.53), column 2 → 1.01, 0.01, 0.01
		// (sum 1.03)
		// d1 = 1 − H(0.006536, 0.333333, 0.660131)/ln 3 = 0.387185
		// d2 = 1 − H(0.980583, 0.009709, 0.009709)/ln 3 = 0.900581
		// w1 = 0.387185 / 1.287766 = 0.300664
		double[] w = EntropyWeights.standardized(new double[][] { { 1, 10 }, { 2, 30 }, { 3, 30 } },
				new int[] { 1, -1 }, 0.01);
		assertThat(w[0]).isCloseTo(0.300664, within(1e-6));
		assertThat(w[0] + w[1]).isCloseTo(1, within(1e-12));
	}

	@Test
	void aColumnWithoutVariationIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> EntropyWeights.raw(new double[][] { { 1, 5 }, { 2, 5 } }))
			.withMessageContaining("column 1 has no variation");
		assertThatIllegalArgumentException().isThrownBy(() -> EntropyWeights
			.standardized(new double[][] { { 1, 5 }, { 2, 5 } }, new int[] { 1, 1 }, EntropyWeights.DEFAULT_SHIFT));
	}

	@Test
	void negativeValuesAreRejectedInTheRawVariant() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EntropyWeights.raw(new double[][] { { -1, 5 }, { 2, 6 } }));
	}

}
