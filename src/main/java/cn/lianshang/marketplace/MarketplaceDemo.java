package cn.lianshang.marketplace;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.access.AccountManagement;
import cn.lianshang.enterprise.EnterpriseQuery;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.matching.Matching;

/**
 * On start, after the demo enterprises ({@code @Order(3)}): when
 * {@code lianshang.demo.enabled} and no offer exists, posts demo offers and demands from
 * {@link MarketplaceDemoGenerator} for the demo enterprises, found through the registry's
 * search as the administrator, and posted through {@link PublishingOffer} and
 * {@link PublishingDemand} (so each post is checked, indexed, audited and announced like
 * any other), {@value #CHUNK} posts per transaction.
 */
@Component
@Order(3)
class MarketplaceDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MarketplaceDemo.class);

	static final int CHUNK = 200;

	/** About one demand per 25 enterprises, at most 200. */
	static int demandsFor(int enterprises) {
		return Math.min(200, Math.max(1, enterprises / 25));
	}

	private final boolean enabled;

	private final long seed;

	private final Offers offers;

	private final EnterpriseRegistry registry;

	private final AccountManagement accounts;

	private final PublishingOffer publishingOffer;

	private final PublishingDemand publishingDemand;

	private final TransactionTemplate tx;

	MarketplaceDemo(@Value("${lianshang.demo.enabled:false}") boolean enabled,
			@Value("${lianshang.demo.seed:20261122}") long seed, Offers offers, EnterpriseRegistry registry,
			AccountManagement accounts, PublishingOffer publishingOffer, PublishingDemand publishingDemand,
			TransactionTemplate tx) {
		this.enabled = enabled;
		this.seed = seed;
		this.offers = offers;
		this.registry = registry;
		this.accounts = accounts;
		this.publishingOffer = publishingOffer;
		this.publishingDemand = publishingDemand;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || offers.count() > 0) {
			return;
		}
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
		try {
			load();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	void load() {
		long start = System.nanoTime();
		List<MarketplaceDemoGenerator.Company> companies = new ArrayList<>();
		registry.forEach(new EnterpriseQuery(null, null, null, null, null, null, null, 0, 200), e -> {
			if (e.demo()) {
				companies
					.add(new MarketplaceDemoGenerator.Company(e.uscc(), e.name(), e.industryCode(), e.divisionCode()));
			}
		});
		if (companies.isEmpty()) {
			return;
		}
		MarketplaceDemoGenerator.Plan plan = new MarketplaceDemoGenerator(seed, Matching.today()).plan(companies,
				demandsFor(companies.size()));
		long planned = System.nanoTime();
		for (int from = 0; from < plan.offers().size(); from += CHUNK) {
			List<OfferDraft> chunk = plan.offers().subList(from, Math.min(plan.offers().size(), from + CHUNK));
			tx.executeWithoutResult(s -> chunk.forEach(publishingOffer::publish));
		}
		long offered = System.nanoTime();
		for (int from = 0; from < plan.demands().size(); from += CHUNK) {
			List<DemandDraft> chunk = plan.demands().subList(from, Math.min(plan.demands().size(), from + CHUNK));
			tx.executeWithoutResult(s -> chunk.forEach(publishingDemand::publish));
		}
		long done = System.nanoTime();
		log.info(
				"Marketplace demo: {} offers and {} demands for {} demo enterprises (seed {}): read in {} ms,"
						+ " offers posted in {} ms, demands in {} ms",
				plan.offers().size(), plan.demands().size(), companies.size(), seed, (planned - start) / 1_000_000,
				(offered - planned) / 1_000_000, (done - offered) / 1_000_000);
	}

}
