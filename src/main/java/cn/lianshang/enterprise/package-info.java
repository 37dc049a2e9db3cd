/**
 * The enterprise registry: 统一社会信用代码 ({@link cn.lianshang.enterprise.Uscc}, GB
 * 32100-2015), name, division, industry (GB/T 4754-2017,
 * {@link cn.lianshang.enterprise.Industries}), scale, qualifications (a table), founding
 * date, status and location; search, import and export.
 * <p>
 * Public API: {@link cn.lianshang.enterprise.EnterpriseRegistry} (every read is scoped to
 * the caller's jurisdiction inside the query), the
 * {@link cn.lianshang.enterprise.EnterpriseView} value, and the events
 * {@link cn.lianshang.enterprise.EnterpriseRegistered} and
 * {@link cn.lianshang.enterprise.EnterpriseChanged}; the enterprise code (企业码):
 * {@link cn.lianshang.enterprise.PublicCards} opens a signed code into the
 * {@link cn.lianshang.enterprise.PublicCard} (public registry facts only, never the
 * caller's scope), and {@link cn.lianshang.enterprise.EnterpriseCodeService} gives an
 * enterprise its own code (PNG, SVG, revoke) within the caller's scope. Depends on
 * {@code region} (divisions, distances) and {@code access} (scopes, audit; it implements
 * {@link cn.lianshang.access.EnterpriseDirectory}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise 企业库",
		allowedDependencies = { "shared", "region", "access" })
package cn.lianshang.enterprise;
