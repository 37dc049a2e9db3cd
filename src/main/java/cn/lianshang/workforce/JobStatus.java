package cn.lianshang.workforce;

/**
 * OPEN takes applications; FILLED has its headcount accepted; CLOSED is ended by the
 * employer; SUSPENDED by unpaid-work reports until an administrator lifts it.
 */
enum JobStatus {

	OPEN, FILLED, CLOSED, SUSPENDED

}
