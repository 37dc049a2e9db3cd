package cn.lianshang.appeals.model;

/**
 * What can be done to an appeal. Some actions change its state, some (延期, 督办) only its
 * deadline or flags.
 */
public enum Action {

	DISPATCH, ACCEPT, START, REPLY, RETURN, FOLLOW_UP, CLOSE, REOPEN, EXTEND, ESCALATE

}
