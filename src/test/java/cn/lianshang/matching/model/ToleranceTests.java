package cn.lianshang.matching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ToleranceTests {

	@Test
	void widthsFollowIso286AtThe30To50MillimetreStep() {
		// ISO 286-1 table 1, 30–50 mm: IT6 16 µm, IT7 25 µm, IT8 39 µm (the formula gives
		// the unrounded values)
		assertThat(Tolerance.widthUm(6, 40)).isCloseTo(16, within(1.0));
		assertThat(Tolerance.widthUm(7, 40)).isCloseTo(25, within(1.5));
		assertThat(Tolerance.widthUm(8, 40)).isCloseTo(39, within(2.0));
	}

	@Test
	void aWidthInMicronsBecomesTheGradeItDemands() {
		assertThat(Tolerance.gradeFor(25, 40)).isEqualTo(6);
		assertThat(Tolerance.gradeFor(30, 40)).isEqualTo(7);
		assertThat(Tolerance.gradeFor(100, 40)).isEqualTo(9);
		assertThat(Tolerance.grade(null, 30.0, null)).isEqualTo(7);
		assertThat(Tolerance.grade(8, 1.0, null)).isEqualTo(8);
		assertThat(Tolerance.grade(null, null, null)).isNull();
	}

}
