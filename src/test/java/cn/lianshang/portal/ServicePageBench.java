package cn.lianshang.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.Role;

/**
 * Server time of the service page on the demo data, as {@code java -jar} runs it (H2 file
 * database, Lucene index on disk, 5,000 demo enterprises with their offers and demands,
 * the demo policies). Not part of the suite (the name matches no Surefire pattern); run
 * it with {@code ./mvnw test -Dtest=ServicePageBench -Dlianshang.pg.skip=true}. Picks the
 * demo enterprises with the most postings, warms up, then requests {@code /my} as each of
 * them in turn and prints p50/p95/max of the time MockMvc measures (the whole server-side
 * handling: security filters, the five modules' queries, matching, rendering), as one
 * JSON line.
 */
@SpringBootTest(properties = { "lianshang.demo.enabled=true", "lianshang.data-dir=target/service-page-bench",
		"spring.datasource.url=jdbc:h2:file:./target/service-page-bench/db-${random.uuid};MODE=PostgreSQL;"
				+ "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE",
		"spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
		"spring.jpa.properties.hibernate.search.backend.directory.root=target/service-page-bench/index-${random.uuid}" })
@AutoConfigureMockMvc
class ServicePageBench {

	static final int WARM_UP = 30;

	static final int MEASURED = 100;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	cn.lianshang.marketplace.EnterpriseMarketplace marketplace;

	@Autowired
	cn.lianshang.policy.EnterprisePolicies policies;

	@Autowired
	cn.lianshang.appeals.EnterpriseAppeals appeals;

	@Autowired
	cn.lianshang.enterprise.EnterpriseCodeService codes;

	@Autowired
	KnowledgeCatalog knowledge;

	@Autowired
	cn.lianshang.chain.EnterpriseChains chains;

	@Autowired
	cn.lianshang.notification.Notifying notifying;

	@Autowired
	EnterpriseOverviews overviews;

	@Test
	void servicePageServerTime() throws Exception {
		List<String> busiest = jdbc.queryForList("select owner_uscc from (select owner_uscc, count(*) n from demand "
				+ "group by owner_uscc union all select owner_uscc, count(*) n from offer group by owner_uscc) t "
				+ "group by owner_uscc order by sum(n) desc, owner_uscc limit 10", String.class);
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		List<UserDetails> users;
		try {
			users = busiest.stream().map(u -> {
				String name = "bench-" + u.toLowerCase(Locale.ROOT);
				accounts.create(
						new AccountManagement.NewAccount(name, "bench-password-1", Role.ENTERPRISE, null, u, "bench"));
				return accounts.loadUserByUsername(name);
			}).toList();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		for (int i = 0; i < WARM_UP; i++) {
			request(users.get(i % users.size()));
		}
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			nanos[i] = request(users.get(i % users.size()));
		}
		Arrays.sort(nanos);
		// where the time goes: each module's part alone, as the administrator, median of
		// the same enterprises
		Map<String, Double> parts = new LinkedHashMap<>();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			parts.put("marketplace", median(busiest, u -> marketplace.of(u, 5, 3)));
			parts.put("policies", median(busiest, policies::of));
			parts.put("appeals", median(busiest, u -> appeals.of(u, 5)));
			parts.put("knowledge", median(busiest, u -> knowledge.forEnterprise("C3421", "210100/210106/", 6)));
			parts.put("code", median(busiest, codes::current));
			parts.put("chains", median(busiest, u -> chains.of(u, 5)));
			parts.put("inbox", median(busiest, u -> notifying.unreadOf(u, 5)));
			parts.put("uptake", median(busiest, u -> policies.uptake(u, 5)));
			parts.put("overview (all sections composed)",
					median(busiest, u -> overviews.of(u, EnterpriseOverviews.Sizes.SERVICE_PAGE)));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		System.out.println("service-page parts (median ms): " + parts);
		long enterprises = jdbc.queryForObject("select count(*) from enterprise", Long.class);
		long offers = jdbc.queryForObject("select count(*) from offer", Long.class);
		long demands = jdbc.queryForObject("select count(*) from demand", Long.class);
		long policies = jdbc.queryForObject("select count(*) from policy", Long.class);
		System.out.println(String.format(Locale.ROOT,
				"{\"benchmark\":\"service-page\",\"enterprises\":%d,\"offers\":%d,\"demands\":%d,\"policies\":%d,"
						+ "\"requests\":%d,\"p50Ms\":%.1f,\"p95Ms\":%.1f,\"maxMs\":%.1f}",
				enterprises, offers, demands, policies, MEASURED, nanos[MEASURED / 2] / 1e6,
				nanos[(int) (MEASURED * 0.95)] / 1e6, nanos[MEASURED - 1] / 1e6));
	}

	private static double median(List<String> usccs, java.util.function.Consumer<String> part) {
		for (String u : usccs) {
			part.accept(u);
		}
		long[] t = new long[usccs.size() * 5];
		for (int i = 0; i < t.length; i++) {
			long start = System.nanoTime();
			part.accept(usccs.get(i % usccs.size()));
			t[i] = System.nanoTime() - start;
		}
		Arrays.sort(t);
		return Math.round(t[t.length / 2] / 1e5) / 10.0;
	}

	private long request(UserDetails u) throws Exception {
		long start = System.nanoTime();
		int status = mvc.perform(get("/my").with(user(u))).andReturn().getResponse().getStatus();
		long took = System.nanoTime() - start;
		if (status != 200) {
			throw new IllegalStateException("/my answered " + status + " for " + u.getUsername());
		}
		return took;
	}

}
