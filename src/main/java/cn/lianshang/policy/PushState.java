package cn.lianshang.policy;

/**
 * Where a push stands: sent to the enterprise ({@code PUSHED}); waiting because the
 * enterprise reached its weekly cap ({@code QUEUED}, released in a later week); for a
 * 免申即享 policy, waiting for a manual credit check because the credit status is unknown
 * ({@code CREDIT_CHECK}), or excluded by that check ({@code CREDIT_FAILED}).
 */
public enum PushState {

	PUSHED, QUEUED, CREDIT_CHECK, CREDIT_FAILED

}
