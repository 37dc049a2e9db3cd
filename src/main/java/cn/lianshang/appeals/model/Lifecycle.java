package cn.lianshang.appeals.model;

import static cn.lianshang.appeals.model.AppealState.ACCEPTED;
import static cn.lianshang.appeals.model.AppealState.CLOSED;
import static cn.lianshang.appeals.model.AppealState.DISPATCHED;
import static cn.lianshang.appeals.model.AppealState.FOLLOWED_UP;
import static cn.lianshang.appeals.model.AppealState.IN_PROGRESS;
import static cn.lianshang.appeals.model.AppealState.RECEIVED;
import static cn.lianshang.appeals.model.AppealState.REOPENED;
import static cn.lianshang.appeals.model.AppealState.REPLIED;
import static cn.lianshang.appeals.model.AppealState.RETURNED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The transition table of an appeal. One place says which action is allowed in which
 * state and where it leads: <pre>
 * RECEIVED    --DISPATCH--> DISPATCHED
 * RETURNED    --DISPATCH--> DISPATCHED   (re-dispatched after 退单)
 * DISPATCHED  --ACCEPT----> ACCEPTED     (签收)
 * DISPATCHED  --RETURN----> RETURNED     (退单: not this unit's business; counted)
 * ACCEPTED    --RETURN----> RETURNED     (退单 after signing, before handling starts)
 * ACCEPTED    --START-----> IN_PROGRESS
 * REOPENED    --START-----> IN_PROGRESS  (重办 starts again at the same unit)
 * IN_PROGRESS --REPLY-----> REPLIED      (答复)
 * REPLIED     --FOLLOW_UP-> FOLLOWED_UP  (回访: the enterprise's rating)
 * FOLLOWED_UP --REOPEN----> REOPENED     (重办: only after 不满意)
 * FOLLOWED_UP --CLOSE-----> CLOSED       (办结)
 * ACCEPTED, IN_PROGRESS, REOPENED --EXTEND--> (same state; 延期 moves the answer deadline)
 * any open state --ESCALATE--> (same state; 督办 flag)
 * </pre> Everything else is illegal. Pure: no framework in it.
 */
public final class Lifecycle {

	private static final Map<Action, Map<AppealState, AppealState>> MOVES = new EnumMap<>(Action.class);

	private static final Set<AppealState> EXTENDABLE = EnumSet.of(ACCEPTED, IN_PROGRESS, REOPENED);

	static {
		move(Action.DISPATCH, RECEIVED, DISPATCHED);
		move(Action.DISPATCH, RETURNED, DISPATCHED);
		move(Action.ACCEPT, DISPATCHED, ACCEPTED);
		move(Action.RETURN, DISPATCHED, RETURNED);
		move(Action.RETURN, ACCEPTED, RETURNED);
		move(Action.START, ACCEPTED, IN_PROGRESS);
		move(Action.START, REOPENED, IN_PROGRESS);
		move(Action.REPLY, IN_PROGRESS, REPLIED);
		move(Action.FOLLOW_UP, REPLIED, FOLLOWED_UP);
		move(Action.REOPEN, FOLLOWED_UP, REOPENED);
		move(Action.CLOSE, FOLLOWED_UP, CLOSED);
		for (AppealState s : EXTENDABLE) {
			move(Action.EXTEND, s, s);
		}
		for (AppealState s : AppealState.values()) {
			if (s.isOpen()) {
				move(Action.ESCALATE, s, s);
			}
		}
	}

	private Lifecycle() {
	}

	private static void move(Action action, AppealState from, AppealState to) {
		MOVES.computeIfAbsent(action, a -> new EnumMap<>(AppealState.class)).put(from, to);
	}

	/**
	 * Whether {@code action} is allowed in {@code state} (before any guard on the
	 * action's arguments).
	 */
	public static boolean allows(AppealState state, Action action) {
		return MOVES.getOrDefault(action, Map.of()).containsKey(state);
	}

	/**
	 * The state after {@code action}. {@code lastRating} is the rating of the latest 回访
	 * (null if none): 重办 is allowed only after 不满意.
	 * @throws IllegalTransition if the action is not allowed
	 */
	public static AppealState next(AppealState state, Action action, Satisfaction lastRating) {
		AppealState to = MOVES.getOrDefault(action, Map.of()).get(state);
		if (to == null) {
			throw new IllegalTransition(state, action, null);
		}
		if (action == Action.REOPEN && lastRating != Satisfaction.UNSATISFIED) {
			throw new IllegalTransition(state, action, "重办 only follows an unsatisfied 回访");
		}
		return to;
	}

}
