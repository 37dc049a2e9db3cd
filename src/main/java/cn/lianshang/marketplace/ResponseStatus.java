package cn.lianshang.marketplace;

/**
 * Where a response (报价) to a demand stands. A response becomes a deal when it is awarded:
 * {@code AWARDED → DELIVERED → COMPLETED} (the supplier may skip reporting delivery; the
 * buyer's confirmation of receipt completes the deal).
 */
public enum ResponseStatus {

	/** 已报价: sent by the supplier, not yet looked at. */
	SUBMITTED,
	/** 入围: the buyer keeps it on the short list. */
	SHORTLISTED,
	/** 未中标: the buyer declined it, or awarded another response. */
	DECLINED,
	/** 已撤回: the supplier withdrew it before the award. */
	WITHDRAWN,
	/** 中标: the deal is on. */
	AWARDED,
	/** 已交付: the supplier reports delivery; the buyer has yet to confirm. */
	DELIVERED,
	/** 已完成: the buyer confirmed receipt; both sides may rate each other. */
	COMPLETED;

	/** Whether a response in this state is a deal (awarded, delivered or completed). */
	public boolean isDeal() {
		return this == AWARDED || this == DELIVERED || this == COMPLETED;
	}

}
