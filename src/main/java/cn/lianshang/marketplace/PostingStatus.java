package cn.lianshang.marketplace;

/** A demand or offer is open until its owner closes it (or, later, a deal is awarded). */
public enum PostingStatus {

	OPEN, CLOSED

}
