package cn.lianshang.metro.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import cn.lianshang.metro.progress.ProgressMeasure.Growth;
import cn.lianshang.metro.progress.ProgressMeasure.Observation;
import cn.lianshang.metro.progress.ProgressMeasure.Progress;

/**
 * Worked examples of the Open SDG progress status, computed by hand. Unless said
 * otherwise: base 100 in 2020, target ≥ 150 in 2025, so the required growth is (150 −
 * 100) / (2025 − 2020) = 10 a year.
 */
class ProgressMeasureTest {

	static final Observation BASE = new Observation(2020, 100);

	static final Observation TARGET = new Observation(2025, 150);

	static Progress at(double value2023) {
		return ProgressMeasure.assess(BASE, new Observation(2023, value2023), TARGET, Comparison.AT_LEAST);
	}

	@Test
	void growingAsFastAsRequiredIsOnTrack() {
		// 130 in 2023: (130 − 100) / 3 = 10 a year; 10 / 10 = 1.0 ≥ 0.95
		Progress p = at(130);
		assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
		assertThat(p.ratio()).isCloseTo(1.0, within(1e-12));
		assertThat(p.requiredGrowth()).isCloseTo(10, within(1e-12));
		assertThat(p.actualGrowth()).isCloseTo(10, within(1e-12));
	}

	@Test
	void seventyPercentOfTheRequiredPaceNeedsAcceleration() {
		// 121 in 2023: 21 / 3 = 7 a year; 7 / 10 = 0.7, in [0.6, 0.95)
		Progress p = at(121);
		assertThat(p.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
		assertThat(p.ratio()).isCloseTo(0.7, within(1e-12));
	}

	@Test
	void twentyPercentOfTheRequiredPaceIsLimitedProgress() {
		// 106 in 2023: 6 / 3 = 2 a year; 2 / 10 = 0.2, in [0, 0.6)
		Progress p = at(106);
		assertThat(p.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
		assertThat(p.ratio()).isCloseTo(0.2, within(1e-12));
	}

	@Test
	void noChangeIsLimitedProgressNotDeterioration() {
		// 100 in 2023: 0 a year; ratio 0 is the lower bound of "limited progress"
		assertThat(at(100).status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
	}

	@Test
	void fallingIsDeterioration() {
		// 94 in 2023: −6 / 3 = −2 a year; −2 / 10 = −0.2 < 0
		Progress p = at(94);
		assertThat(p.status()).isEqualTo(ProgressStatus.DETERIORATION);
		assertThat(p.ratio()).isCloseTo(-0.2, within(1e-12));
	}

	@Test
	void reachingTheTargetEarlyIsAchieved() {
		// 150 in 2023 ≥ 150: achieved whatever the pace (ratio 50/3 / 10 = 1.667 kept for
		// information)
		Progress p = at(150);
		assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
		assertThat(p.ratio()).isCloseTo(50.0 / 3 / 10, within(1e-12));
	}

	@Test
	void aReachedTargetNeedsNoBase() {
		Progress p = ProgressMeasure.assess(null, new Observation(2024, 87.5), new Observation(2025, 82),
				Comparison.AT_LEAST);
		assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
		assertThat(p.ratio()).isNull();
	}

	@Test
	void withoutBaseOrCurrentValueDataAreInsufficient() {
		assertThat(ProgressMeasure.assess(null, new Observation(2023, 130), TARGET, Comparison.AT_LEAST).status())
			.isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
		assertThat(ProgressMeasure.assess(BASE, null, TARGET, Comparison.AT_LEAST).status())
			.isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
		// current value of the base year itself: no time has passed, growth cannot be
		// measured
		assertThat(ProgressMeasure.assess(BASE, new Observation(2020, 120), TARGET, Comparison.AT_LEAST).status())
			.isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
	}

	@Test
	void atMostTargetProgressesWhenTheValueFalls() {
		// energy use per unit of GDP: base 1.00 (2020), target ≤ 0.85 (2025): required
		// (0.85 − 1.00) / 5 = −0.03 a year
		Observation base = new Observation(2020, 1.00);
		Observation target = new Observation(2025, 0.85);
		// 0.91 in 2023: (0.91 − 1.00) / 3 = −0.03 a year; −0.03 / −0.03 = 1.0 → on track
		Progress onTrack = ProgressMeasure.assess(base, new Observation(2023, 0.91), target, Comparison.AT_MOST);
		assertThat(onTrack.status()).isEqualTo(ProgressStatus.ON_TRACK);
		assertThat(onTrack.ratio()).isCloseTo(1.0, within(1e-9));
		// 0.94 in 2023: −0.06 / 3 = −0.02 a year; −0.02 / −0.03 = 0.667 → needs
		// acceleration
		Progress slow = ProgressMeasure.assess(base, new Observation(2023, 0.94), target, Comparison.AT_MOST);
		assertThat(slow.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
		assertThat(slow.ratio()).isCloseTo(2.0 / 3, within(1e-9));
		// 1.03 in 2023: +0.01 a year; 0.01 / −0.03 = −0.333 → deterioration
		Progress worse = ProgressMeasure.assess(base, new Observation(2023, 1.03), target, Comparison.AT_MOST);
		assertThat(worse.status()).isEqualTo(ProgressStatus.DETERIORATION);
		assertThat(worse.ratio()).isCloseTo(-1.0 / 3, within(1e-9));
		// 0.84 in 2024 ≤ 0.85 → achieved
		assertThat(ProgressMeasure.assess(base, new Observation(2024, 0.84), target, Comparison.AT_MOST).status())
			.isEqualTo(ProgressStatus.ACHIEVED);
	}

	@Test
	void thresholdsAreInclusiveFromBelow() {
		// base 0 (2020), target 100 (2040): 5 a year required
		Observation base = new Observation(2020, 0);
		Observation target = new Observation(2040, 100);
		// 19 in 2024: 4.75 a year, ratio exactly 0.95 → on track
		assertThat(ProgressMeasure.assess(base, new Observation(2024, 19), target, Comparison.AT_LEAST).status())
			.isEqualTo(ProgressStatus.ON_TRACK);
		// 12 in 2024: 3 a year, ratio exactly 0.6 → needs acceleration
		assertThat(ProgressMeasure.assess(base, new Observation(2024, 12), target, Comparison.AT_LEAST).status())
			.isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
		assertThat(ProgressMeasure.status(0.9499)).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
		assertThat(ProgressMeasure.status(0.5999)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
		assertThat(ProgressMeasure.status(-0.0001)).isEqualTo(ProgressStatus.DETERIORATION);
	}

	@Test
	void aPlainTargetBelowTheBaseIsReachedByFalling() {
		// "=" target 80 (2025) from 100 (2020): required −4 a year; 92 in 2022: −4 a year
		// → ratio 1.0, on track
		Progress p = ProgressMeasure.assess(new Observation(2020, 100), new Observation(2022, 92),
				new Observation(2025, 80), Comparison.EQUAL);
		assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
		assertThat(p.ratio()).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void leavingATargetTheBaseAlreadyMetIsDeterioration() {
		// ≤ 10 by 2025, base 8 (2020) already met it, 12 in 2023 no longer does
		Progress p = ProgressMeasure.assess(new Observation(2020, 8), new Observation(2023, 12),
				new Observation(2025, 10), Comparison.AT_MOST);
		assertThat(p.status()).isEqualTo(ProgressStatus.DETERIORATION);
	}

	@Test
	void moreThanIsStrict() {
		// "突破 10000" is not reached by exactly 10000; 10000 in 2024 from 8000 (2020): 500
		// a year of 400 required → on track
		Progress p = ProgressMeasure.assess(new Observation(2020, 8000), new Observation(2024, 10000),
				new Observation(2025, 10000), Comparison.MORE_THAN);
		assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
		assertThat(p.ratio()).isCloseTo(1.25, within(1e-12));
	}

	@Test
	void compoundGrowthIsSdgBuildsVariant() {
		// base 100 (2020), target 200 (2025), 150 in 2023.
		// compound: required 2^(1/5) − 1 = 0.148698, actual 1.5^(1/3) − 1 = 0.144714,
		// ratio 0.973207 → on track
		// linear: required 20 a year, actual 50/3 = 16.667 a year, ratio 0.8333 → needs
		// acceleration
		Observation base = new Observation(2020, 100);
		Observation current = new Observation(2023, 150);
		Observation target = new Observation(2025, 200);
		Progress compound = ProgressMeasure.assess(base, current, target, Comparison.AT_LEAST, Growth.COMPOUND);
		assertThat(compound.ratio()).isCloseTo(0.973207, within(1e-6));
		assertThat(compound.status()).isEqualTo(ProgressStatus.ON_TRACK);
		Progress linear = ProgressMeasure.assess(base, current, target, Comparison.AT_LEAST, Growth.LINEAR);
		assertThat(linear.ratio()).isCloseTo(5.0 / 6, within(1e-12));
		assertThat(linear.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
	}

}
