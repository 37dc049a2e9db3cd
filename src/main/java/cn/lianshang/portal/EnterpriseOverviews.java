package cn.lianshang.portal;

import java.util.List;

import org.springframework.stereotype.Service;

import cn.lianshang.appeals.EnterpriseAppeals;
import cn.lianshang.chain.EnterpriseChains;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.enterprise.Industries;
import cn.lianshang.enterprise.IndustryClass;
import cn.lianshang.marketplace.EnterpriseMarketplace;
import cn.lianshang.notification.Notifying;
import cn.lianshang.policy.EnterprisePolicies;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * Composes what the other modules expose about one enterprise, for the enterprise's own
 * service page and for the 360° view of its jurisdiction's staff. The enterprise is read
 * first through the registry, which applies the caller's scope (a
 * {@link cn.lianshang.shared.web.NotFoundException} outside it); each module's bean
 * applies the scope again in its own query. The sections are composed one after the other
 * on the request's thread, each module call in its own read-only transaction with the
 * caller's security context and locale: together they take about 5–10 ms of CPU
 * (bench/run portal), too little for a thread pool to win anything on a loaded machine,
 * and a pool would have to carry the request's locale and context to its threads.
 */
@Service
class EnterpriseOverviews {

	/** How much of each section a page shows. */
	record Sizes(int postings, int matchesPerPosting, int appeals, int knowledge, int edges, int unread, int pushes) {

		static final Sizes SERVICE_PAGE = new Sizes(5, 3, 5, 6, 5, 5, 5);

		/** The 360° view: no inbox (it is the enterprise's), more of the rest. */
		static final Sizes VIEW_360 = new Sizes(10, 0, 20, 0, 20, 0, 20);

	}

	/**
	 * One enterprise as the modules know it; {@code inbox} is null where the page shows
	 * no inbox.
	 */
	record Overview(EnterpriseView enterprise, EnterpriseMarketplace.Activity marketplace,
			EnterprisePolicies.Eligibility policies, EnterpriseAppeals.History appeals,
			List<KnowledgeCatalog.Item> knowledge, EnterpriseChains.Presence chains, Notifying.Unread inbox,
			EnterprisePolicies.Uptake uptake) {

	}

	private final EnterpriseRegistry registry;

	private final EnterpriseMarketplace marketplace;

	private final EnterprisePolicies policies;

	private final EnterpriseAppeals appeals;

	private final KnowledgeCatalog knowledge;

	private final EnterpriseChains chains;

	private final Notifying notifying;

	private final Industries industries;

	private final Regions regions;

	EnterpriseOverviews(EnterpriseRegistry registry, EnterpriseMarketplace marketplace, EnterprisePolicies policies,
			EnterpriseAppeals appeals, KnowledgeCatalog knowledge, EnterpriseChains chains, Notifying notifying,
			Industries industries, Regions regions) {
		this.chains = chains;
		this.notifying = notifying;
		this.registry = registry;
		this.marketplace = marketplace;
		this.policies = policies;
		this.appeals = appeals;
		this.knowledge = knowledge;
		this.industries = industries;
		this.regions = regions;
	}

	Overview of(String uscc, Sizes sizes) {
		EnterpriseView e = registry.find(uscc);
		List<KnowledgeCatalog.Item> items = sizes.knowledge() == 0 ? List.of()
				: knowledge.forEnterprise(
						industries.find(e.industryCode()).map(IndustryClass::prefixedCode).orElse(null),
						regions.find(e.divisionCode()).map(Region::path).orElse(null), sizes.knowledge());
		return new Overview(e, marketplace.of(e.uscc(), sizes.postings(), sizes.matchesPerPosting()),
				policies.of(e.uscc()), appeals.of(e.uscc(), sizes.appeals()), items, chains.of(e.uscc(), sizes.edges()),
				sizes.unread() == 0 ? null : notifying.unreadOf(e.uscc(), sizes.unread()),
				policies.uptake(e.uscc(), sizes.pushes()));
	}

}
