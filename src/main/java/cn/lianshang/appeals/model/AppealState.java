package cn.lianshang.appeals.model;

/**
 * The states of an appeal, following 12345 hotline practice: 受理 → 派单 → 签收 → 办理 → 答复 → 回访
 * → 办结, with 退单 (back to the dispatcher) and 重办 (after an unsatisfied 回访).
 */
public enum AppealState {

	/** 受理: filed, not yet dispatched. */
	RECEIVED("受理", true),
	/** 派单: sent to a responsible unit, waiting for it to sign for it. */
	DISPATCHED("派单", true),
	/**
	 * 退单: the unit sent it back to the dispatcher as not its business; waits to be
	 * dispatched again.
	 */
	RETURNED("退单", true),
	/** 签收: the unit has signed for it; the answer deadline runs. */
	ACCEPTED("签收", true),
	/** 办理: being handled. */
	IN_PROGRESS("办理", true),
	/** 答复: the unit has answered the enterprise. */
	REPLIED("答复", true),
	/** 回访: the enterprise (or the centre on its behalf) has rated the answer. */
	FOLLOWED_UP("回访", true),
	/** 重办: reopened after an unsatisfied 回访; back with the same unit. */
	REOPENED("重办", true),
	/** 办结: closed. */
	CLOSED("办结", false);

	private final String label;

	private final boolean open;

	AppealState(String label, boolean open) {
		this.label = label;
		this.open = open;
	}

	public String label() {
		return label;
	}

	/** Open311's two statuses: everything but 办结 is {@code open}. */
	public boolean isOpen() {
		return open;
	}

}
