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

	private final FindingMatches matches;

	private final Dealing dealing;

	private final Leasing leasing;

	MarketplaceDemo(@Value("${lianshang.demo.enabled:false}") boolean enabled,
			@Value("${lianshang.demo.seed:20261122}") long seed, Offers offers, EnterpriseRegistry registry,
			AccountManagement accounts, PublishingOffer publishingOffer, PublishingDemand publishingDemand,
			TransactionTemplate tx, FindingMatches matches, Dealing dealing, Leasing leasing) {
		this.leasing = leasing;
		this.matches = matches;
		this.dealing = dealing;
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
		List<Long> demandIds = new ArrayList<>();
		for (int from = 0; from < plan.demands().size(); from += CHUNK) {
			List<DemandDraft> chunk = plan.demands().subList(from, Math.min(plan.demands().size(), from + CHUNK));
			tx.executeWithoutResult(s -> chunk.forEach(d -> demandIds.add(publishingDemand.publish(d).id())));
		}
		long done = System.nanoTime();
		int[] deals = deals(demandIds);
		long dealt = System.nanoTime();
		int[] leases = leases(companies);
		long leased = System.nanoTime();
		log.info(
				"Marketplace demo: {} offers and {} demands for {} demo enterprises (seed {}): read in {} ms,"
						+ " offers posted in {} ms, demands in {} ms; {} responses, {} deals ({} completed) in {} ms;"
						+ " {} plant/equipment offers, {} lease demands and {} bookings in {} ms",
				plan.offers().size(), plan.demands().size(), companies.size(), seed, (planned - start) / 1_000_000,
				(offered - planned) / 1_000_000, (done - offered) / 1_000_000, deals[0], deals[1], deals[2],
				(dealt - done) / 1_000_000, leases[0], leases[1], leases[2], (leased - dealt) / 1_000_000);
	}

	/** How many demo demands receive responses (at most). */
	static final int RESPONDED = 16;

	/**
	 * Responses from the best three matches of the first {@value #RESPONDED} demands
	 * (those without a match get none), then, in turn: left open, one shortlisted, one
	 * awarded and delivered, one awarded, confirmed and rated both ways. Through
	 * {@link Dealing}, so every move is checked and audited. Returns responses, deals and
	 * completed deals.
	 */
	int[] deals(List<Long> demandIds) {
		java.util.Random random = new java.util.Random(seed ^ 0x5EA1L);
		int[] counts = new int[3];
		for (int i = 0; i < Math.min(RESPONDED, demandIds.size()); i++) {
			long demandId = demandIds.get(i);
			int stage = i % 4;
			tx.executeWithoutResult(s -> {
				List<DealViews.DealView> responses = new ArrayList<>();
				for (MarketplaceViews.OfferMatch m : matches.offersFor(demandId, 3)) {
					if (responses.stream().anyMatch(r -> r.supplierUscc().equals(m.enterpriseUscc()))) {
						continue;
					}
					// quotes from 10 thousand to about 20 million yuan, so every value
					// band occurs
					java.math.BigDecimal quote = java.math.BigDecimal
						.valueOf(Math.round(Math.pow(10, 4 + random.nextDouble() * 3.3) / 100) * 100);
					responses.add(dealing.respond(demandId,
							new DealViews.ResponseDraft(null, quote, 5 + random.nextInt(40), "可按图纸加工，含税价，欢迎来厂考察。"),
							m.enterpriseUscc()));
				}
				counts[0] += responses.size();
				if (responses.isEmpty() || stage == 0) {
					return;
				}
				DealViews.DealView first = responses.get(0);
				if (stage == 1) {
					dealing.move(first.id(), DealAction.SHORTLIST, first.version(), first.buyerUscc());
					return;
				}
				DealViews.DealView deal = dealing.move(first.id(), DealAction.AWARD, first.version(),
						first.buyerUscc());
				deal = dealing.move(deal.id(), DealAction.DELIVER, deal.version(), deal.supplierUscc());
				counts[1]++;
				if (stage == 3) {
					deal = dealing.move(deal.id(), DealAction.CONFIRM, deal.version(), deal.buyerUscc());
					int score = 3 + random.nextInt(3);
					dealing.rate(deal.id(),
							new DealViews.RatingDraft(score, 3 + random.nextInt(3), score, null, "按期交货，质量稳定"),
							deal.buyerUscc());
					dealing.rate(deal.id(), new DealViews.RatingDraft(null, null, null, 3 + random.nextInt(3), null),
							deal.supplierUscc());
					counts[2]++;
				}
			});
		}
		return counts;
	}

	static final String[][] EQUIPMENT = { { "数控车床", "CK6150" }, { "立式加工中心", "VMC850" }, { "叉车", "3 吨内燃" },
			{ "汽车吊", "25 吨" }, { "龙门铣床", "XK2120" }, { "激光切割机", "6 kW 3015" }, { "注塑机", "280 吨" },
			{ "空压机", "37 kW 螺杆" } };

	static final String[] STREETS = { "北一路", "开发大路", "浑河站东路", "沈辽路", "重工街", "建设大路" };

	/** PLANT and EQUIPMENT offers and demands, and bookings of some offers. */
	static final int LEASE_OFFERS = 16;

	/**
	 * {@value #LEASE_OFFERS} plant and equipment offers (every other one each) from
	 * enterprises picked by the seed, a third as many lease demands, and one or two
	 * bookings on most offers by other enterprises — posted and booked through the use
	 * cases. Returns offers, demands and bookings.
	 */
	int[] leases(List<MarketplaceDemoGenerator.Company> companies) {
		if (companies.size() < 3) {
			return new int[3];
		}
		java.util.Random random = new java.util.Random(seed ^ 0x1EA5EL);
		List<MarketplaceDemoGenerator.Company> sorted = new ArrayList<>(companies);
		sorted.sort(java.util.Comparator.comparing(MarketplaceDemoGenerator.Company::uscc));
		java.time.LocalDate today = Matching.today();
		int[] counts = new int[3];
		List<Long> offerIds = new ArrayList<>();
		List<String> owners = new ArrayList<>();
		tx.executeWithoutResult(s -> {
			for (int i = 0; i < LEASE_OFFERS; i++) {
				MarketplaceDemoGenerator.Company c = sorted.get(random.nextInt(sorted.size()));
				boolean plant = i % 2 == 0;
				LeaseTerms lease;
				String title;
				java.time.LocalDate from = today.plusDays(random.nextInt(20));
				java.time.LocalDate to = from.plusDays(60 + random.nextInt(240));
				String address = STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(200)) + " 号";
				if (plant) {
					int area = (5 + random.nextInt(60)) * 100;
					int height = 6 + random.nextInt(10);
					int crane = new int[] { 0, 5, 10, 16, 20, 32 }[random.nextInt(6)];
					lease = new LeaseTerms(java.math.BigDecimal.valueOf(area), java.math.BigDecimal.valueOf(height),
							crane == 0 ? null : java.math.BigDecimal.valueOf(crane),
							java.math.BigDecimal.valueOf((2 + random.nextInt(20)) * 100L),
							java.math.BigDecimal.valueOf(1 + random.nextInt(5)), null, null, 1, null,
							java.math.BigDecimal.valueOf(12 + random.nextInt(20)), address, from, to);
					title = "闲置厂房出租 " + area + " 平方米，净高 " + height + " 米" + (crane == 0 ? "" : "，" + crane + " 吨行车");
				}
				else {
					String[] kind = EQUIPMENT[random.nextInt(EQUIPMENT.length)];
					int units = 1 + random.nextInt(3);
					boolean operator = random.nextBoolean();
					lease = new LeaseTerms(null, null, null, null, null, kind[0], kind[1], units, operator,
							java.math.BigDecimal.valueOf((3 + random.nextInt(30)) * 100L), address, from, to);
					title = "闲置" + kind[0] + "出租（" + kind[1] + "）" + units + " 台" + (operator ? "，可带操作手" : "");
				}
				OfferDraft draft = new OfferDraft(
						plant ? cn.lianshang.matching.model.Scenario.PLANT
								: cn.lianshang.matching.model.Scenario.EQUIPMENT,
						c.uscc(), title, null, List.of(), List.of(), List.of(), null, null, null, null, null, null,
						null, null, null, null, List.of(), null, lease);
				offerIds.add(publishingOffer.publish(draft).id());
				owners.add(c.uscc());
				counts[0]++;
			}
			for (int i = 0; i < LEASE_OFFERS / 3; i++) {
				MarketplaceDemoGenerator.Company c = sorted.get(random.nextInt(sorted.size()));
				boolean plant = i % 2 == 0;
				java.time.LocalDate from = today.plusDays(10 + random.nextInt(30));
				LeaseTerms lease = plant
						? new LeaseTerms(java.math.BigDecimal.valueOf((5 + random.nextInt(30)) * 100L),
								java.math.BigDecimal.valueOf(6 + random.nextInt(6)), null, null, null, null, null, 1,
								null, null, null, from, from.plusDays(90 + random.nextInt(180)))
						: new LeaseTerms(null, null, null, null, null, EQUIPMENT[random.nextInt(EQUIPMENT.length)][0],
								null, 1, null, null, null, from, from.plusDays(7 + random.nextInt(30)));
				String title = plant ? "求租厂房 " + lease.areaM2() + " 平方米以上" : "求租" + lease.equipmentType() + " 一台";
				publishingDemand.publish(new DemandDraft(
						plant ? cn.lianshang.matching.model.Scenario.PLANT
								: cn.lianshang.matching.model.Scenario.EQUIPMENT,
						c.uscc(), title, null, List.of(), List.of(), null, null, null, null, null, null, null, null,
						List.of(), null, lease));
				counts[1]++;
			}
		});
		for (int i = 0; i < offerIds.size(); i++) {
			long offerId = offerIds.get(i);
			String owner = owners.get(i);
			int n = i % 4 == 3 ? 0 : 1 + random.nextInt(2);
			for (int k = 0; k < n; k++) {
				MarketplaceDemoGenerator.Company lessee = sorted.get(random.nextInt(sorted.size()));
				int start = 20 + k * 30 + random.nextInt(10);
				int length = 3 + random.nextInt(20);
				if (lessee.uscc().equals(owner)) {
					continue;
				}
				try {
					tx.executeWithoutResult(s -> leasing.claim(leasing.plan(offerId,
							new Leasing.BookingDraft(null, today.plusDays(start), today.plusDays(start + length), 1),
							lessee.uscc())));
					counts[2]++;
				}
				catch (cn.lianshang.shared.web.InvalidInputException | cn.lianshang.shared.web.ConflictException e) {
					// outside the window or taken: the demo skips it
				}
			}
		}
		return counts;
	}

}
