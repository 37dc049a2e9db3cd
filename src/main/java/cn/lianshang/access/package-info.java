/**
 * Accounts, roles, jurisdiction scopes, login (web form with session and CSRF; API
 * tokens), login throttling and the audit log.
 * <p>
 * Public API: {@link cn.lianshang.access.CurrentUser} tells the caller's
 * {@link cn.lianshang.access.Scope}, which every module turns into a condition of its own
 * queries; {@link cn.lianshang.access.AuditLog} records a state change with its before
 * and after. {@link cn.lianshang.access.EnterpriseDirectory} is implemented by the
 * enterprise module, so that accounts can be bound to an existing enterprise without this
 * module depending on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access 账号与权限",
		allowedDependencies = { "shared", "region" })
package cn.lianshang.access;
