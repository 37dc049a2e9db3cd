/**
 * 灵活用工 (flexible employment): residents looking for casual work register with their
 * skills, certificates, availability and home community; enterprises post jobs (零工); both
 * sides are matched with explanations; an engagement runs from application or invitation
 * to acceptance, daily check-ins, completion, payment confirmed by both sides and a
 * rating each way. The 零工驿站 handler of a district sees its jobs, residents and disputes.
 * <p>
 * Allowed dependencies, and why: {@code shared} (errors, pages, messages); {@code region}
 * (community codes, centroids, jurisdiction paths); {@code access} (the resident's
 * account is created through {@code AccountManagement}, the caller's role and scope, the
 * audit log); {@code enterprise} (the employer must exist, and its status gives the
 * verified-employer badge); {@code matching} and {@code matching :: model} (the
 * {@code Explanation}/{@code Outcome} of a match, {@code Place} for distances and the
 * taxonomy format for skills and certificates, so that a workforce match reads like a
 * marketplace match).
 * <p>
 * Use cases: {@code RegisteringResidents}, {@code PostingJobs}, {@code FindingWorkers}
 * (matches both ways), {@code Engaging} (the state machine), {@code RunningStations} (the
 * 零工驿站 view). Privacy: an enterprise sees a resident's phone, address and ID number only
 * once the resident has applied to one of its jobs or accepted its invitation
 * ({@code WorkforceViews.ResidentCard}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce 灵活用工",
		allowedDependencies = { "shared", "region", "access", "enterprise", "matching", "matching :: model" })
package cn.lianshang.workforce;
