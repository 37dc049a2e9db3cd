package cn.lianshang.policy;

/** DRAFT → PUBLISHED → WITHDRAWN. */
public enum PolicyStatus {

	DRAFT, PUBLISHED, WITHDRAWN

}
