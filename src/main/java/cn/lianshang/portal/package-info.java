/**
 * The web UI shell (layout, navigation for every module, language switch) and the pages
 * that compose several modules: the home dashboard, the public card behind the enterprise
 * code, the enterprise's service page (企业知识服务中心, {@code /my}, with its knowledge items)
 * and the 360° view of an enterprise for the staff of its jurisdiction. Pages of a single
 * module live in that module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal 门户",
		allowedDependencies = { "shared", "region", "access", "enterprise",
				// the service page and the 360° view compose these modules' public beans
				// (EnterpriseMarketplace, EnterprisePolicies with its uptake,
				// EnterpriseAppeals)
				"marketplace", "policy", "appeals",
				// the enterprise's nodes and supply edges (EnterpriseChains)
				"chain",
				// the enterprise's latest unread messages on its service page (Notifying)
				"notification" })
package cn.lianshang.portal;
