package cn.lianshang.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.lianshang.matching.model.Scenario;
import cn.lianshang.shared.web.ConflictException;

/**
 * The response/deal state machine as a table: every move from every state, the legal ones
 * landing where the table says, every other one refused with 409 and the state unchanged.
 */
class DealStateMachineTests {

	/** The legal moves: from → (move → to). Everything else is illegal. */
	static final Map<ResponseStatus, Map<DealAction, ResponseStatus>> LEGAL = Map.of(ResponseStatus.SUBMITTED,
			Map.of(DealAction.SHORTLIST, ResponseStatus.SHORTLISTED, DealAction.AWARD, ResponseStatus.AWARDED,
					DealAction.DECLINE, ResponseStatus.DECLINED, DealAction.WITHDRAW, ResponseStatus.WITHDRAWN),
			ResponseStatus.SHORTLISTED,
			Map.of(DealAction.AWARD, ResponseStatus.AWARDED, DealAction.DECLINE, ResponseStatus.DECLINED,
					DealAction.WITHDRAW, ResponseStatus.WITHDRAWN),
			ResponseStatus.AWARDED,
			Map.of(DealAction.DELIVER, ResponseStatus.DELIVERED, DealAction.CONFIRM, ResponseStatus.COMPLETED),
			ResponseStatus.DELIVERED, Map.of(DealAction.CONFIRM, ResponseStatus.COMPLETED), ResponseStatus.DECLINED,
			Map.of(), ResponseStatus.WITHDRAWN, Map.of(), ResponseStatus.COMPLETED, Map.of());

	/** A way to reach each state from a new response. */
	static final Map<ResponseStatus, List<DealAction>> PATH = Map.of(ResponseStatus.SUBMITTED, List.of(),
			ResponseStatus.SHORTLISTED, List.of(DealAction.SHORTLIST), ResponseStatus.DECLINED,
			List.of(DealAction.DECLINE), ResponseStatus.WITHDRAWN, List.of(DealAction.WITHDRAW), ResponseStatus.AWARDED,
			List.of(DealAction.AWARD), ResponseStatus.DELIVERED, List.of(DealAction.AWARD, DealAction.DELIVER),
			ResponseStatus.COMPLETED, List.of(DealAction.AWARD, DealAction.CONFIRM));

	static Stream<Arguments> everyMoveFromEveryState() {
		return Stream.of(ResponseStatus.values())
			.flatMap(s -> Stream.of(DealAction.values()).map(a -> Arguments.of(s, a)));
	}

	static DemandResponse in(ResponseStatus status) {
		DemandResponse r = new DemandResponse(1, Scenario.MACHINING, "轴", "B", "买方", "S", "供方", new BigDecimal("1000"),
				5, null, OffsetDateTime.now());
		PATH.get(status).forEach(a -> r.apply(a, OffsetDateTime.now()));
		assertThat(r.status()).isEqualTo(status);
		return r;
	}

	@ParameterizedTest(name = "{1} from {0}")
	@MethodSource("everyMoveFromEveryState")
	void legalMovesLandWhereTheTableSaysAndOthersAreRefused(ResponseStatus from, DealAction action) {
		DemandResponse r = in(from);
		ResponseStatus to = LEGAL.get(from).get(action);
		if (to != null) {
			r.apply(action, OffsetDateTime.now());
			assertThat(r.status()).isEqualTo(to);
		}
		else {
			assertThatThrownBy(() -> r.apply(action, OffsetDateTime.now())).isInstanceOf(ConflictException.class)
				.extracting(e -> ((ConflictException) e).code())
				.isEqualTo("marketplace.deal.transition");
			assertThat(r.status()).isEqualTo(from);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bands")
	void valueBandsFollowTheAwardedQuote(String yuan, ValueBand band) {
		assertThat(ValueBand.of(new BigDecimal(yuan))).isEqualTo(band);
	}

	static Stream<Arguments> bands() {
		return Stream.of(Arguments.of("0.01", ValueBand.BELOW_100K), Arguments.of("99999.99", ValueBand.BELOW_100K),
				Arguments.of("100000", ValueBand.FROM_100K_TO_1M), Arguments.of("999999.99", ValueBand.FROM_100K_TO_1M),
				Arguments.of("1000000", ValueBand.FROM_1M_TO_10M), Arguments.of("10000000", ValueBand.FROM_10M));
	}

}
