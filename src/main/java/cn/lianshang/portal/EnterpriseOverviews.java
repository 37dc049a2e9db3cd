package cn.lianshang.portal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
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
 * applies the scope again in its own query.
 */
@Service
class EnterpriseOverviews implements DisposableBean {

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

	/**
	 * A small bounded pool of its own (not a bean, so that Boot's task executor stays as
	 * it is); when it is busy the request's own thread does the work, so no section is
	 * ever dropped.
	 */
	private final ThreadPoolExecutor pool;

	/** The pool, running each task with the caller's security context. */
	private final Executor workers;

	EnterpriseOverviews(EnterpriseRegistry registry, EnterpriseMarketplace marketplace, EnterprisePolicies policies,
			EnterpriseAppeals appeals, KnowledgeCatalog knowledge, EnterpriseChains chains, Notifying notifying,
			Industries industries, Regions regions, PortalSettings settings) {
		this.chains = chains;
		this.notifying = notifying;
		this.registry = registry;
		this.marketplace = marketplace;
		this.policies = policies;
		this.appeals = appeals;
		this.knowledge = knowledge;
		this.industries = industries;
		this.regions = regions;
		this.pool = new ThreadPoolExecutor(settings.workers(), settings.workers(), 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(settings.workers() * 8), daemons(), new ThreadPoolExecutor.CallerRunsPolicy());
		this.pool.allowCoreThreadTimeOut(true);
		this.workers = new DelegatingSecurityContextExecutor(pool);
	}

	private static CustomizableThreadFactory daemons() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("portal-");
		threads.setDaemon(true);
		return threads;
	}

	@Override
	public void destroy() {
		pool.shutdown();
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
