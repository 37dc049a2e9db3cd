package cn.lianshang.policy;

/**
 * A policy was published or its eligibility amended: the enterprises that have become
 * eligible under {@code versionNo} are to be notified.
 */
public record PolicyPublished(long policyId, int versionNo, String reason) {

}
