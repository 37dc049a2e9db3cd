/**
 * 惠企政策: policies with machine-checkable eligibility.
 * <p>
 * A policy (title, issuer, 文号, dates, region scope, articles, benefit, how to claim)
 * carries a typed clause tree ({@link cn.lianshang.policy.model.Clause}), versioned by
 * effective date, and golden cases that must pass before it is published. The tree and
 * its three-valued evaluation ({@link cn.lianshang.policy.model.Eligibility}) live in
 * {@code model} with no framework in them. Use cases: {@code PublishingPolicy} (create,
 * amend, publish, withdraw; audited; a policy officer only within its jurisdiction) and
 * {@code EvaluatingEligibility} (one enterprise against one policy at a date, read
 * through the registry so the caller's scope applies; the 政策计算器 over every policy in
 * force).
 * <p>
 * Precise push ({@code PushingPolicy}): on publish or amendment
 * ({@link cn.lianshang.policy.PolicyPublished}) and when the registry announces a
 * registered or changed enterprise, the enterprises that have become eligible are
 * notified through the {@code notification} module (one push per policy version and
 * enterprise, capped per week); {@code FollowingUp} records the funnel (opened,
 * confirmed, applied, paid) and the 免申即享 credit check.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy 惠企政策",
		allowedDependencies = { "shared", "access", "region", "enterprise", "notification" })
package cn.lianshang.policy;
