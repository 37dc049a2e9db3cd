package cn.lianshang.appeals.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class AppealMetricsTests {

	static OffsetDateTime at(String s) {
		return OffsetDateTime.parse(s);
	}

	static LocalDate d(String s) {
		return LocalDate.parse(s);
	}

	@Test
	void aWorkedExample() {
		List<AppealFacts> facts = List.of(
				// signed on the due day late in the evening (UTC+8), answered on time,
				// satisfied, resolved
				new AppealFacts("210100/210106/", AppealState.CLOSED, d("2025-10-09"), at("2025-10-09T23:30:00+08:00"),
						d("2025-10-20"), at("2025-10-20T10:00:00+08:00"), Satisfaction.SATISFIED, true, 0, 0),
				// signed a day late (15:30 UTC on the 9th is the 10th in Shenyang),
				// answered late, basically satisfied
				new AppealFacts("210100/210106/", AppealState.CLOSED, d("2025-10-09"), at("2025-10-09T16:30:00Z"),
						d("2025-10-20"), at("2025-10-21T09:00:00+08:00"), Satisfaction.BASICALLY_SATISFIED, false, 1,
						0),
				// reopened, answered in time the second time: never on time; unsatisfied
				new AppealFacts("210100/210106/", AppealState.CLOSED, d("2025-10-09"), at("2025-10-09T09:00:00+08:00"),
						d("2025-11-20"), at("2025-11-01T09:00:00+08:00"), Satisfaction.UNSATISFIED, false, 0, 1),
				// still waiting to be signed for
				new AppealFacts("210100/210106/", AppealState.DISPATCHED, d("2025-10-09"), null, null, null, null, null,
						0, 0),
				// returned and waiting for the dispatcher: no 签收 deadline
				new AppealFacts("210100/210106/", AppealState.RETURNED, null, null, null, null, null, null, 1, 0));
		AppealMetrics m = AppealMetrics.of(facts);
		assertThat(m).isEqualTo(new AppealMetrics(5, 4, 2, 3, 1, 1, 2, 1, 2));
		assertThat(m.acceptedOnTimeRate()).isEqualTo(0.5);
		assertThat(m.closedRate()).isEqualTo(0.6);
		assertThat(m.closedOnTimeRate()).isEqualTo(1.0 / 3);
		assertThat(m.resolvedRate()).isEqualTo(1.0 / 3);
		assertThat(m.satisfiedRate()).isEqualTo(2.0 / 3);
		assertThat(m.reopenedRate()).isEqualTo(0.2);
		assertThat(m.returnedRate()).isEqualTo(0.4);
	}

	@Test
	void ratesWithoutADenominatorAreNull() {
		AppealMetrics m = AppealMetrics.of(List.of());
		assertThat(m.received()).isZero();
		assertThat(m.closedRate()).isNull();
		assertThat(m.acceptedOnTimeRate()).isNull();
		assertThat(m.satisfiedRate()).isNull();
	}

}
