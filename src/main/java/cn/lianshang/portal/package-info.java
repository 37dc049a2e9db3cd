/**
 * The web UI shell (layout, navigation for every module, language switch) and the pages
 * that compose several modules: the home dashboard now; the enterprise service page and
 * the public card behind the enterprise code later. Pages of a single module live in that
 * module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal 门户",
		allowedDependencies = { "shared", "region", "access", "enterprise" })
package cn.lianshang.portal;
