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
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy 惠企政策",
		allowedDependencies = { "shared", "access", "region", "enterprise" })
package cn.lianshang.policy;
