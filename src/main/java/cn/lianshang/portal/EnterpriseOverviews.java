package cn.lianshang.portal;

import java.util.List;

import org.springframework.stereotype.Service;

import cn.lianshang.appeals.EnterpriseAppeals;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.enterprise.Industries;
import cn.lianshang.enterprise.IndustryClass;
import cn.lianshang.marketplace.EnterpriseMarketplace;
import cn.lianshang.policy.EnterprisePolicies;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * Composes what the other modules expose about one enterprise, for the enterprise's own
 * service page and for the 360° view of its jurisdiction's staff. The enterprise is read
 * first through the registry, which applies the caller's scope (a
 * {@link cn.lianshang.shared.web.NotFoundException} outside it); each module's bean
 * applies the scope again in its own query.
 */
@Service
class EnterpriseOverviews {

	/** How much of each section a page shows. */
	record Sizes(int postings, int matchesPerPosting, int appeals, int knowledge) {

		static final Sizes SERVICE_PAGE = new Sizes(5, 3, 5, 6);

		static final Sizes VIEW_360 = new Sizes(10, 0, 20, 0);

	}

	/** One enterprise as the modules built so far know it. */
	record Overview(EnterpriseView enterprise, EnterpriseMarketplace.Activity marketplace,
			EnterprisePolicies.Eligibility policies, EnterpriseAppeals.History appeals,
			List<KnowledgeCatalog.Item> knowledge) {

	}

	private final EnterpriseRegistry registry;

	private final EnterpriseMarketplace marketplace;

	private final EnterprisePolicies policies;

	private final EnterpriseAppeals appeals;

	private final KnowledgeCatalog knowledge;

	private final Industries industries;

	private final Regions regions;

	EnterpriseOverviews(EnterpriseRegistry registry, EnterpriseMarketplace marketplace, EnterprisePolicies policies,
			EnterpriseAppeals appeals, KnowledgeCatalog knowledge, Industries industries, Regions regions) {
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
				policies.of(e.uscc()), appeals.of(e.uscc(), sizes.appeals()), items);
	}

}
