/**
 * 诉求 (appeals): intake (REST with an {@code Idempotency-Key}, Open311 GeoReport v2 at
 * {@code /open311/v2}), dispatch by jurisdiction × category × industry to a responsible
 * unit (with co-handling units for a matter that spans cities), the 12345 handling
 * workflow on a working-day clock with the official holidays and make-up days, and
 * metrics.
 * <p>
 * The state machine ({@link cn.lianshang.appeals.model.Lifecycle}) and the working-day
 * calendar ({@link cn.lianshang.appeals.model.WorkingCalendar}) live in {@code model}
 * with no framework in them. The {@code Appeal} aggregate guards its transitions through
 * them; use cases are {@code FilingAppeal}, {@code DispatchingAppeal} and
 * {@code HandlingAppeal}; every query carries the caller's scope as a condition.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals 诉求",
		allowedDependencies = { "shared", "region", "access", "enterprise" })
package cn.lianshang.appeals;
