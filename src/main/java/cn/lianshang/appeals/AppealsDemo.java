package cn.lianshang.appeals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import cn.lianshang.access.AuditLog;
import cn.lianshang.appeals.model.AppealMetrics;
import cn.lianshang.enterprise.EnterpriseQuery;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * On start, after the demo enterprises and the marketplace ({@code @Order(7)}): when
 * {@code lianshang.demo.enabled} and there is no appeal yet, files
 * {@code lianshang.demo.appeals} demo appeals (default 4,759, the seed's count) of the
 * demo enterprises, built by {@link AppealsDemoGenerator} from
 * {@code lianshang.demo.seed} and dispatched by the real rules, saved in batches of
 * {@value #CHUNK}; the appeals still open get their clock timers. One audit entry records
 * the load.
 */
@Component
@Order(7)
class AppealsDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AppealsDemo.class);

	static final int CHUNK = 250;

	private final boolean enabled;

	private final long seed;

	private final int count;

	private final Appeals appeals;

	private final Categories categories;

	private final DispatchingAppeal dispatching;

	private final WorkingDays workingDays;

	private final AppealClocks clocks;

	private final AppealTimerSettings settings;

	private final EnterpriseRegistry registry;

	private final Regions regions;

	private final AccountManagement accounts;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	AppealsDemo(@Value("${lianshang.demo.enabled:false}") boolean enabled,
			@Value("${lianshang.demo.seed:20261122}") long seed, @Value("${lianshang.demo.appeals:4759}") int count,
			Appeals appeals, Categories categories, DispatchingAppeal dispatching, WorkingDays workingDays,
			AppealClocks clocks, AppealTimerSettings settings, EnterpriseRegistry registry, Regions regions,
			AccountManagement accounts, AuditLog audit, TransactionTemplate tx) {
		this.enabled = enabled;
		this.seed = seed;
		this.count = count;
		this.appeals = appeals;
		this.categories = categories;
		this.dispatching = dispatching;
		this.workingDays = workingDays;
		this.clocks = clocks;
		this.settings = settings;
		this.registry = registry;
		this.regions = regions;
		this.accounts = accounts;
		this.audit = audit;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || count <= 0 || appeals.count() > 0) {
			return;
		}
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
		try {
			long start = System.nanoTime();
			List<AppealsDemoGenerator.Company> companies = new ArrayList<>();
			registry.forEach(new EnterpriseQuery(null, null, null, null, null, null, null, 0, 200), e -> {
				if (e.demo()) {
					regions.find(e.divisionCode())
						.map(Region::path)
						.ifPresent(path -> companies.add(new AppealsDemoGenerator.Company(e.uscc(), e.name(),
								e.industryCode(), e.divisionCode(), path)));
				}
			});
			int saved = load(companies, count, LocalDate.now(AppealMetrics.ZONE));
			log.info("Appeals demo: {} appeals of {} demo enterprises (seed {}) in {} ms", saved, companies.size(),
					seed, (System.nanoTime() - start) / 1_000_000);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Builds and saves the demo appeals; answers how many. */
	int load(List<AppealsDemoGenerator.Company> companies, int n, LocalDate today) {
		long start = System.nanoTime();
		List<Appeal> built = generator(today).build(companies, n,
				(c, category) -> dispatching.route(c.divisionCode(), category, c.industryCode()));
		long builtAt = System.nanoTime();
		for (int from = 0; from < built.size(); from += CHUNK) {
			List<Appeal> chunk = built.subList(from, Math.min(built.size(), from + CHUNK));
			tx.executeWithoutResult(s -> {
				appeals.saveAll(chunk);
				appeals.flush();
				for (Appeal a : chunk) {
					if (a.clock() != null) {
						clocks.rearm(a, null);
					}
				}
			});
		}
		tx.executeWithoutResult(s -> audit.recordAs("demo", "appeal.demo", "appeal", null, null,
				built.size() + " demo appeals, seed " + seed));
		log.info("Appeals demo: built {} appeals in {} ms, saved them with their timers in {} ms", built.size(),
				(builtAt - start) / 1_000_000, (System.nanoTime() - builtAt) / 1_000_000);
		return built.size();
	}

	AppealsDemoGenerator generator(LocalDate today) {
		Map<String, Category> byCode = categories.findAll()
			.stream()
			.collect(Collectors.toMap(Category::code, Function.identity()));
		return new AppealsDemoGenerator(seed, today, workingDays.calendar(), byCode,
				division -> dispatching.route(division, "OTHER", null), settings.followUpDays());
	}

}
