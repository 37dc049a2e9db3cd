package cn.lianshang.appeals.model;

/** An action that the current state does not allow. */
public final class IllegalTransition extends RuntimeException {

	private final AppealState state;

	private final Action action;

	public IllegalTransition(AppealState state, Action action, String why) {
		super(action + " is not allowed in state " + state + (why == null ? "" : ": " + why));
		this.state = state;
		this.action = action;
	}

	public AppealState state() {
		return state;
	}

	public Action action() {
		return action;
	}

}
