package cn.lianshang.metro.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.lianshang.metro.progress.Comparison;
import cn.lianshang.metro.progress.ProgressStatus;

/**
 * Worked examples of a target's progress from stored values and the seeds' figures,
 * computed by hand: which value is the base and which the current one, and the status
 * they give (linear growth, thresholds 0.95 / 0.6 / 0).
 */
class TargetProgressTest {

	static PlanFigure target(Comparison comparison, int year, double value, Integer baseYear, Double baseValue,
			boolean annual) {
		return new PlanFigure("X-T1", PlanFigure.Kind.TARGET, "x.txt", "都市圈", "x", "x", "%", comparison, year,
				BigDecimal.valueOf(value), baseYear, baseValue == null ? null : BigDecimal.valueOf(baseValue), null,
				"生态共保", annual, null, "ind", "METRO", "q");
	}

	static PlanFigure figure(String id, int year, double value) {
		return new PlanFigure(id, PlanFigure.Kind.PROGRESS, "x.txt", "都市圈", "x", "x", "%", Comparison.EQUAL, year,
				BigDecimal.valueOf(value), null, null, null, "生态共保", false, "X-T1", null, null, "q");
	}

	static List<StoredValues.Value> values(Object... yearValueDemo) {
		List<StoredValues.Value> list = new ArrayList<>();
		for (int i = 0; i < yearValueDemo.length; i += 3) {
			list.add(new StoredValues.Value((Integer) yearValueDemo[i],
					BigDecimal.valueOf(((Number) yearValueDemo[i + 1]).doubleValue()), (Boolean) yearValueDemo[i + 2],
					"src"));
		}
		return list;
	}

	static final PlanFigure AT_LEAST_150 = target(Comparison.AT_LEAST, 2025, 150, null, null, false);

	@Test
	void aStoredValueChangesTheStatus() {
		// base 100 (2020), target ≥ 150 (2025): 10 a year required
		TargetProgress.Result none = TargetProgress.of(AT_LEAST_150, List.of(), values(2020, 100, false));
		assertThat(none.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
		// 130 in 2023: 30 / 3 = 10 a year → ratio 1.0, on track
		TargetProgress.Result onTrack = TargetProgress.of(AT_LEAST_150, List.of(),
				values(2020, 100, false, 2023, 130, false));
		assertThat(onTrack.status()).isEqualTo(ProgressStatus.ON_TRACK);
		assertThat(onTrack.ratio()).isCloseTo(1.0, within(1e-12));
		assertThat(onTrack.base().year()).isEqualTo(2020);
		assertThat(onTrack.current().origin()).isEqualTo(TargetProgress.Origin.STORED_VALUE);
		// the same year stored as 112: 4 a year → 0.4, limited progress
		assertThat(TargetProgress.of(AT_LEAST_150, List.of(), values(2020, 100, false, 2023, 112, false)).status())
			.isEqualTo(ProgressStatus.LIMITED_PROGRESS);
		// 151 in 2024 ≥ 150: achieved
		assertThat(TargetProgress.of(AT_LEAST_150, List.of(), values(2020, 100, false, 2024, 151, false)).status())
			.isEqualTo(ProgressStatus.ACHIEVED);
	}

	@Test
	void storedValuesAndSeedFiguresFormOneSeries() {
		// seed figure 100 (2020), stored 121 (2023): 21 / 3 = 7 a year → 0.7, needs
		// acceleration
		TargetProgress.Result r = TargetProgress.of(AT_LEAST_150, List.of(figure("X-P1", 2020, 100)),
				values(2023, 121, false));
		assertThat(r.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
		assertThat(r.ratio()).isCloseTo(0.7, within(1e-12));
		assertThat(r.base().origin()).isEqualTo(TargetProgress.Origin.SEED_FIGURE);
		assertThat(r.base().figureId()).isEqualTo("X-P1");
		assertThat(r.demo()).isFalse();
	}

	@Test
	void inOneYearRealDataBeatTheSeedAndTheSeedBeatsDemoData() {
		// 2023: seed figure 121, stored demo 130 → the seed's 121 (ratio 0.7)
		TargetProgress.Result seedWins = TargetProgress.of(AT_LEAST_150, List.of(figure("X-P2", 2023, 121)),
				values(2020, 100, false, 2023, 130, true));
		assertThat(seedWins.current().value()).isEqualTo(121);
		assertThat(seedWins.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
		assertThat(seedWins.demo()).isFalse();
		// 2023: seed figure 121, stored real 130 → 130 (ratio 1.0)
		TargetProgress.Result storedWins = TargetProgress.of(AT_LEAST_150, List.of(figure("X-P2", 2023, 121)),
				values(2020, 100, false, 2023, 130, false));
		assertThat(storedWins.current().value()).isEqualTo(130);
		assertThat(storedWins.status()).isEqualTo(ProgressStatus.ON_TRACK);
		// a demo value used is said so
		TargetProgress.Result demo = TargetProgress.of(AT_LEAST_150, List.of(),
				values(2020, 100, true, 2023, 130, false));
		assertThat(demo.demo()).isTrue();
	}

	@Test
	void anAtMostTargetFromStoredValues() {
		// PM2.5 ≤ 35 by 2025, 45 in 2020: required (35 − 45) / 5 = −2 a year
		PlanFigure pm25 = target(Comparison.AT_MOST, 2025, 35, null, null, false);
		// 39 in 2023: −6 / 3 = −2 a year → 1.0, on track
		TargetProgress.Result onTrack = TargetProgress.of(pm25, List.of(), values(2020, 45, false, 2023, 39, false));
		assertThat(onTrack.status()).isEqualTo(ProgressStatus.ON_TRACK);
		assertThat(onTrack.ratio()).isCloseTo(1.0, within(1e-12));
		// 42 in 2023: −1 a year → 0.5, limited progress
		TargetProgress.Result limited = TargetProgress.of(pm25, List.of(), values(2020, 45, false, 2023, 42, false));
		assertThat(limited.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
		assertThat(limited.ratio()).isCloseTo(0.5, within(1e-12));
		// 47 in 2023: +2/3 a year → −1/3, deterioration
		TargetProgress.Result worse = TargetProgress.of(pm25, List.of(), values(2020, 45, false, 2023, 47, false));
		assertThat(worse.status()).isEqualTo(ProgressStatus.DETERIORATION);
		assertThat(worse.ratio()).isCloseTo(-1.0 / 3, within(1e-12));
		// 34 in 2024 ≤ 35: achieved
		assertThat(TargetProgress.of(pm25, List.of(), values(2020, 45, false, 2024, 34, false)).status())
			.isEqualTo(ProgressStatus.ACHIEVED);
	}

	@Test
	void withoutAValueForTheBaseYearTheNextYearIsTheBase() {
		// base year 2020 (default) has no value; 2019 is before it and plays no part; the
		// base is 2021: 110. 131 in 2024: (131 − 110) / 3 = 7 a year against (150 − 110)
		// / 4
		// = 10 required → 0.7, needs acceleration. (With 2019 as base it would be
		// (131 − 50) / 5 = 16.2 against 100 / 6 = 16.67 → 0.972, on track.)
		TargetProgress.Result r = TargetProgress.of(AT_LEAST_150, List.of(),
				values(2019, 50, false, 2021, 110, false, 2024, 131, false));
		assertThat(r.baseYear()).isEqualTo(TargetProgress.DEFAULT_BASE_YEAR);
		assertThat(r.base().year()).isEqualTo(2021);
		assertThat(r.base().value()).isEqualTo(110);
		assertThat(r.ratio()).isCloseTo(0.7, within(1e-12));
		assertThat(r.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
		// only one value from the base year on: no growth can be measured
		assertThat(TargetProgress.of(AT_LEAST_150, List.of(), values(2019, 50, false, 2024, 131, false)).status())
			.isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
	}

	@Test
	void theTargetsOwnBaseYearAndValueComeFirst() {
		// base year 2022 named by the target, no value: 2022's stored 120 is the base;
		// 2020's 100 plays no part. 132 in 2024: 6 a year against (150 − 120) / 3 = 10 →
		// 0.6, needs acceleration (exactly the threshold)
		PlanFigure from2022 = target(Comparison.AT_LEAST, 2025, 150, 2022, null, false);
		TargetProgress.Result r = TargetProgress.of(from2022, List.of(),
				values(2020, 100, false, 2022, 120, false, 2024, 132, false));
		assertThat(r.base().value()).isEqualTo(120);
		assertThat(r.ratio()).isCloseTo(0.6, within(1e-12));
		assertThat(r.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
		// base year and value both named: the seed's base wins over a stored value of
		// that year. Base 100 (2022) → 132 in 2024: 16 a year against 50 / 3 → 0.96
		PlanFigure stated = target(Comparison.AT_LEAST, 2025, 150, 2022, 100.0, false);
		TargetProgress.Result s = TargetProgress.of(stated, List.of(), values(2022, 120, false, 2024, 132, false));
		assertThat(s.base().origin()).isEqualTo(TargetProgress.Origin.TARGET_BASE);
		assertThat(s.ratio()).isCloseTo(0.96, within(1e-12));
		assertThat(s.status()).isEqualTo(ProgressStatus.ON_TRACK);
	}

	@Test
	void anAnnualTargetCountsOnlyItsOwnYear() {
		PlanFigure annual = target(Comparison.AT_LEAST, 2025, 3000, null, null, true);
		assertThat(TargetProgress.of(annual, List.of(), values(2024, 3072, false)).status())
			.isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
		TargetProgress.Result r = TargetProgress.of(annual, List.of(), values(2024, 3072, false, 2025, 3100, false));
		assertThat(r.status()).isEqualTo(ProgressStatus.ACHIEVED);
		assertThat(r.current().year()).isEqualTo(2025);
	}

}
