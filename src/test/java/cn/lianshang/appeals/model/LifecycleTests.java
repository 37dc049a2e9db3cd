package cn.lianshang.appeals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every state × action pair: the legal ones lead where 12345 practice says, every other
 * one is refused.
 */
class LifecycleTests {

	/** The legal moves, written out independently of the table in {@link Lifecycle}. */
	static final Map<String, AppealState> LEGAL = Map.ofEntries(Map.entry("RECEIVED DISPATCH", AppealState.DISPATCHED),
			Map.entry("RETURNED DISPATCH", AppealState.DISPATCHED),
			Map.entry("DISPATCHED ACCEPT", AppealState.ACCEPTED), Map.entry("DISPATCHED RETURN", AppealState.RETURNED),
			Map.entry("ACCEPTED RETURN", AppealState.RETURNED), Map.entry("ACCEPTED START", AppealState.IN_PROGRESS),
			Map.entry("REOPENED START", AppealState.IN_PROGRESS), Map.entry("IN_PROGRESS REPLY", AppealState.REPLIED),
			Map.entry("REPLIED FOLLOW_UP", AppealState.FOLLOWED_UP), Map.entry("FOLLOWED_UP CLOSE", AppealState.CLOSED),
			Map.entry("FOLLOWED_UP REOPEN", AppealState.REOPENED), Map.entry("ACCEPTED EXTEND", AppealState.ACCEPTED),
			Map.entry("IN_PROGRESS EXTEND", AppealState.IN_PROGRESS),
			Map.entry("REOPENED EXTEND", AppealState.REOPENED), Map.entry("RECEIVED ESCALATE", AppealState.RECEIVED),
			Map.entry("DISPATCHED ESCALATE", AppealState.DISPATCHED),
			Map.entry("RETURNED ESCALATE", AppealState.RETURNED), Map.entry("ACCEPTED ESCALATE", AppealState.ACCEPTED),
			Map.entry("IN_PROGRESS ESCALATE", AppealState.IN_PROGRESS),
			Map.entry("REPLIED ESCALATE", AppealState.REPLIED),
			Map.entry("FOLLOWED_UP ESCALATE", AppealState.FOLLOWED_UP),
			Map.entry("REOPENED ESCALATE", AppealState.REOPENED));

	static List<Arguments> everyPair() {
		List<Arguments> pairs = new ArrayList<>();
		for (AppealState s : AppealState.values()) {
			for (Action a : Action.values()) {
				pairs.add(Arguments.of(s, a));
			}
		}
		return pairs;
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyPair")
	void eachPairIsLegalExactlyWhenThePracticeSaysSo(AppealState state, Action action) {
		AppealState expected = LEGAL.get(state + " " + action);
		// 重办 needs an unsatisfied 回访; give it one so that only the state decides here
		Satisfaction rating = Satisfaction.UNSATISFIED;
		if (expected == null) {
			assertThat(Lifecycle.allows(state, action)).isFalse();
			assertThatThrownBy(() -> Lifecycle.next(state, action, rating)).isInstanceOf(IllegalTransition.class)
				.hasMessageContaining(state.name());
		}
		else {
			assertThat(Lifecycle.allows(state, action)).isTrue();
			assertThat(Lifecycle.next(state, action, rating)).isEqualTo(expected);
		}
	}

	@Test
	void reopeningNeedsAnUnsatisfiedFollowUp() {
		assertThatThrownBy(() -> Lifecycle.next(AppealState.FOLLOWED_UP, Action.REOPEN, Satisfaction.SATISFIED))
			.isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(
				() -> Lifecycle.next(AppealState.FOLLOWED_UP, Action.REOPEN, Satisfaction.BASICALLY_SATISFIED))
			.isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> Lifecycle.next(AppealState.FOLLOWED_UP, Action.REOPEN, null))
			.isInstanceOf(IllegalTransition.class);
	}

	@Test
	void theWholeRoadFromReceivedToClosedWithAReturnAndAReopen() {
		AppealState s = AppealState.RECEIVED;
		s = Lifecycle.next(s, Action.DISPATCH, null);
		s = Lifecycle.next(s, Action.RETURN, null);
		s = Lifecycle.next(s, Action.DISPATCH, null);
		s = Lifecycle.next(s, Action.ACCEPT, null);
		s = Lifecycle.next(s, Action.START, null);
		s = Lifecycle.next(s, Action.REPLY, null);
		s = Lifecycle.next(s, Action.FOLLOW_UP, null);
		s = Lifecycle.next(s, Action.REOPEN, Satisfaction.UNSATISFIED);
		s = Lifecycle.next(s, Action.START, Satisfaction.UNSATISFIED);
		s = Lifecycle.next(s, Action.REPLY, Satisfaction.UNSATISFIED);
		s = Lifecycle.next(s, Action.FOLLOW_UP, Satisfaction.UNSATISFIED);
		s = Lifecycle.next(s, Action.CLOSE, Satisfaction.SATISFIED);
		assertThat(s).isEqualTo(AppealState.CLOSED);
		assertThat(s.isOpen()).isFalse();
	}

}
