package cn.lianshang.chain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.lianshang.chain.model.SupportingRate.Edge;

class SupportingRateTest {

	@Test
	void byCountAndByValueOnAHandComputedExample() {
		// 4 edges: inside 550 + inside 50, outside 3000 + outside 550
		SupportingRate r = SupportingRate
			.of(List.of(new Edge(true, 550), new Edge(true, 50), new Edge(false, 3000), new Edge(false, 550)));
		assertThat(r.edges()).isEqualTo(4);
		assertThat(r.byCount()).isEqualTo(0.5);
		// 600 / 4150
		assertThat(r.byValue()).isCloseTo(0.144578, within(1e-6));
		assertThat(r.insideValue()).isEqualTo(600);
		assertThat(r.totalValue()).isEqualTo(4150);
	}

	@Test
	void aFewLargeLocalEdgesWeighMoreByValueThanByCount() {
		SupportingRate r = SupportingRate
			.of(List.of(new Edge(true, 15000), new Edge(false, 50), new Edge(false, 50), new Edge(false, 50)));
		assertThat(r.byCount()).isEqualTo(0.25);
		assertThat(r.byValue()).isCloseTo(15000.0 / 15150, within(1e-9));
	}

	@Test
	void noEdgesGiveZeroNotNaN() {
		SupportingRate r = SupportingRate.of(List.of());
		assertThat(r.edges()).isZero();
		assertThat(r.byCount()).isZero();
		assertThat(r.byValue()).isZero();
	}

	@Test
	void allInsideIsOne() {
		assertThat(SupportingRate.of(List.of(new Edge(true, 50), new Edge(true, 7500))).byValue()).isEqualTo(1.0);
	}

	@Test
	void aNegativeValueIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Edge(true, -1));
	}

}
