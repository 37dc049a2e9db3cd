package cn.lianshang.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.context.WebApplicationContext;

import cn.lianshang.LianshangApplication;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.Role;
import cn.lianshang.appeals.EnterpriseAppeals;
import cn.lianshang.chain.EnterpriseChains;
import cn.lianshang.enterprise.EnterpriseCodeService;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.marketplace.EnterpriseMarketplace;
import cn.lianshang.notification.Notifying;
import cn.lianshang.policy.EnterprisePolicies;
import jakarta.persistence.EntityManagerFactory;

/**
 * {@code bench/run portal [N]}: the enterprise's service page {@code /my} (企业知识服务中心) on
 * the demo data of N enterprises (default {@link #DEFAULT_SIZE} 2,000, a few minutes
 * here; {@code java -jar} starts with 5,000) in the embedded default (H2 file database,
 * Lucene index on disk): the demo enterprises go in by JDBC batches and mass indexing
 * ({@code DemoData}), then the other modules' demo loaders run as on every start (offers
 * and demands, policies, chains, appeals: N/5 of them instead of the usual 4,759, to keep
 * the start short). Every sampled enterprise also gets three unread messages, so that its
 * inbox section has something to show.
 * <p>
 * The page is requested through the whole server side (MockMvc on the running context:
 * security filters, the modules' queries, matching, Thymeleaf rendering) as an enterprise
 * account of each of the {@link #SAMPLES} enterprises with the most postings (the
 * heaviest pages), after {@link #WARMUP} others as warm-up. Ours: the page as served when
 * the enterprise comes back within the preview cache's lifetime (match previews from
 * {@code EnterpriseMarketplace}'s cache, 60 s). Baseline, in the same run and on the same
 * enterprises: the first view, where every open posting's matches are computed (index
 * retrieval and re-ranking; the cache holds nothing of that enterprise). The two are
 * interleaved (first view of one enterprise, repeat view of the previous one) so that
 * both see the same machine. Also measured: the 360° view as an administrator and the
 * public card behind the enterprise code (anonymous), and each module's part alone
 * (median). The target is a server time under 200 ms; the JSON says whether the
 * p99 of both views meet it. Last line one JSON object, {@code ratio} = baseline p50 /
 * ours p50.
 * <p>
 * Because the machine is shared, the wall times swing with its load; the JSON also gives
 * each request's CPU time on its thread ({@code cpu_p50_ms}, {@code cpu_p99_ms}) and, per
 * part, CPU time, bytes allocated and the JDBC statements Hibernate prepared
 * ({@code parts_cost}), which do not. {@code -Dbench.dataDir=DIR} keeps the data
 * directory (a second run skips the demo load); {@code -Dbench.profileLoops=N} adds N
 * repeat views at the end for a profiler (JFR needs
 * {@code -XX:FlightRecorderOptions:stackdepth=256} for the page's deep stacks).
 */
public final class ServicePageBenchmark {

	static final int SAMPLES = 100;

	static final int WARMUP = 20;

	/**
	 * Enterprises kept for the diagnostic first views (half for the page, half for the
	 * marketplace part alone), after the measured ones.
	 */
	static final int EXTRA = 20;

	static final long TARGET_MS = 200;

	/** A few minutes on the shared 2-core machine (demo load about 100 s at 2,000). */
	static final int DEFAULT_SIZE = 2_000;

	private ServicePageBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : DEFAULT_SIZE;
		String keep = System.getProperty("bench.dataDir");
		Path dir = keep == null ? Files.createTempDirectory("lianshang-bench-portal-") : Path.of(keep);
		long t0 = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LianshangApplication.class)
			.logStartupInfo(false)
			.run("--spring.config.location=classpath:/application.yml", "--server.port=0",
					"--lianshang.data-dir=" + dir, "--lianshang.demo.enabled=true", "--lianshang.demo.enterprises=" + n,
					// fewer demo appeals than a normal start (4,759), so the load fits in
					// a few minutes; the codes' URLs (made outside a request here) take
					// lianshang.notification.base-url
					"--lianshang.demo.appeals=" + Math.max(1, n / 5),
					"--LIANSHANG_ADMIN_PASSWORD=bench-" + System.nanoTime(), "--logging.level.root=WARN",
					"--logging.level.cn.lianshang=WARN");
		long loadMs = (System.nanoTime() - t0) / 1_000_000;
		try {
			run(context, n, loadMs);
		}
		finally {
			context.close();
			if (keep == null) {
				FileSystemUtils.deleteRecursively(dir);
			}
		}
	}

	static void run(ConfigurableApplicationContext context, int n, long loadMs) throws Exception {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		AccountManagement accounts = context.getBean(AccountManagement.class);
		EnterpriseCodeService codes = context.getBean(EnterpriseCodeService.class);
		Notifying notifying = context.getBean(Notifying.class);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		long enterprises = count(jdbc, "enterprise");
		long offers = count(jdbc, "offer");
		long demands = count(jdbc, "demand");
		long policies = count(jdbc, "policy");
		long appeals = count(jdbc, "appeal");
		System.out.printf(Locale.ROOT,
				"started with the demo data in %d ms: %d enterprises, %d offers, %d demands, %d policies, %d appeals%n",
				loadMs, enterprises, offers, demands, policies, appeals);

		List<String> busiest = jdbc.queryForList("select owner_uscc from (select owner_uscc, count(*) n from demand "
				+ "group by owner_uscc union all select owner_uscc, count(*) n from offer group by owner_uscc) t "
				+ "group by owner_uscc order by sum(n) desc, owner_uscc limit " + (SAMPLES + WARMUP + EXTRA),
				String.class);
		if (busiest.size() < SAMPLES + WARMUP + EXTRA) {
			throw new IllegalStateException("only " + busiest.size() + " enterprises have postings; need "
					+ (SAMPLES + WARMUP + EXTRA) + " (N too small)");
		}
		UserDetails admin = accounts.loadUserByUsername("admin");
		List<UserDetails> users = new ArrayList<>();
		List<String> cards = new ArrayList<>();
		asAdmin(admin, () -> {
			for (String uscc : busiest) {
				String name = "bench-" + uscc.toLowerCase(Locale.ROOT);
				if (accounts.find(name).isEmpty()) {
					accounts.create(new AccountManagement.NewAccount(name, "bench-password-1", Role.ENTERPRISE, null,
							uscc, "基准"));
				}
				users.add(accounts.loadUserByUsername(name));
				cards.add("/c/" + codes.current(uscc).token());
				for (int k = 1; k <= 3; k++) {
					notifying.send(new Notifying.Message(uscc, null, "bench.message", "bench-" + k, "基准消息 " + k,
							"基准测试的站内消息 " + k, "/inbox"));
				}
			}
		});
		List<UserDetails> warm = users.subList(0, WARMUP);
		List<UserDetails> sample = users.subList(WARMUP, WARMUP + SAMPLES);
		List<UserDetails> extra = users.subList(WARMUP + SAMPLES, users.size());

		// warm-up: class loading, JIT, Thymeleaf's template cache; both paths
		for (int i = 0; i < warm.size(); i++) {
			page(mvc, warm.get(i));
			page(mvc, warm.get(i));
			time(mvc, get(cards.get(i)));
			time(mvc, get("/enterprises/" + busiest.get(i) + "/360").with(user(admin)));
		}

		double[] first = new double[SAMPLES];
		double[] repeat = new double[SAMPLES];
		double[] firstCpu = new double[SAMPLES];
		double[] repeatCpu = new double[SAMPLES];
		for (int i = 0; i <= SAMPLES; i++) {
			if (i < SAMPLES) {
				double[] t = page(mvc, sample.get(i));
				first[i] = t[0];
				firstCpu[i] = t[1];
			}
			if (i > 0) {
				double[] t = page(mvc, sample.get(i - 1));
				repeat[i - 1] = t[0];
				repeatCpu[i - 1] = t[1];
			}
		}
		double[] view360 = new double[SAMPLES];
		double[] card = new double[SAMPLES];
		for (int i = 0; i < SAMPLES; i++) {
			String uscc = busiest.get(WARMUP + i);
			view360[i] = time(mvc, get("/enterprises/" + uscc + "/360").with(user(admin)));
			card[i] = time(mvc, get(cards.get(WARMUP + i)));
		}

		// where the time goes: each module's part alone, as the administrator, median
		// over the first ten sampled enterprises (previews cached by now): wall time,
		// this thread's CPU time, bytes allocated and Hibernate's JDBC statements, so
		// that the figures mean something on a loaded machine too
		List<String> ten = busiest.subList(WARMUP, WARMUP + 10);
		Map<String, Probe> parts = new LinkedHashMap<>();
		EnterpriseOverviews overviews = context.getBean(EnterpriseOverviews.class);
		Statistics statistics = context.getBean(EntityManagerFactory.class)
			.unwrap(SessionFactory.class)
			.getStatistics();
		statistics.setStatisticsEnabled(true);
		asAdmin(admin, () -> {
			EnterpriseMarketplace marketplace = context.getBean(EnterpriseMarketplace.class);
			EnterprisePolicies eligibility = context.getBean(EnterprisePolicies.class);
			EnterpriseAppeals appealHistory = context.getBean(EnterpriseAppeals.class);
			EnterpriseChains chains = context.getBean(EnterpriseChains.class);
			KnowledgeCatalog knowledge = context.getBean(KnowledgeCatalog.class);
			EnterpriseRegistry registry = context.getBean(EnterpriseRegistry.class);
			parts.put("enterprise", Probe.of(statistics, ten, registry::find));
			parts.put("marketplace", Probe.of(statistics, ten, u -> marketplace.of(u, 5, 3)));
			parts.put("policies", Probe.of(statistics, ten, eligibility::of));
			parts.put("uptake", Probe.of(statistics, ten, u -> eligibility.uptake(u, 5)));
			parts.put("appeals", Probe.of(statistics, ten, u -> appealHistory.of(u, 5)));
			parts.put("chains", Probe.of(statistics, ten, u -> chains.of(u, 5)));
			parts.put("inbox", Probe.of(statistics, ten, u -> notifying.unreadOf(u, 5)));
			parts.put("knowledge", Probe.of(statistics, ten, u -> knowledge.forEnterprise("C34", "210100/210106/", 6)));
			parts.put("code", Probe.of(statistics, ten, codes::current));
			parts.put("composed",
					Probe.of(statistics, ten, u -> overviews.of(u, EnterpriseOverviews.Sizes.SERVICE_PAGE)));
			// the marketplace part of a first view: nothing of these enterprises cached
			parts.put("marketplace_first", Probe.once(statistics,
					busiest.subList(WARMUP + SAMPLES + EXTRA / 2, busiest.size()), u -> marketplace.of(u, 5, 3)));
		});
		// the whole request of a first view, as the enterprise's account
		List<UserDetails> firstUsers = extra.subList(0, EXTRA / 2);
		parts.put("page_first",
				Probe.once(statistics, firstUsers.stream().map(UserDetails::getUsername).toList(), name -> {
					try {
						page(mvc,
								firstUsers.stream()
									.filter(x -> x.getUsername().equals(name))
									.findFirst()
									.orElseThrow());
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
				}));
		// the whole request, as the enterprise's account (repeat view)
		List<UserDetails> tenUsers = sample.subList(0, 10);
		parts.put("page", Probe.of(statistics, tenUsers.stream().map(UserDetails::getUsername).toList(), name -> {
			try {
				page(mvc, tenUsers.stream().filter(x -> x.getUsername().equals(name)).findFirst().orElseThrow());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}));
		statistics.setStatisticsEnabled(false);
		// -Dbench.profileLoops=N: N more repeat views at the end, for a profiler
		// (JFR) to sample; not part of the figures
		int loops = Integer.getInteger("bench.profileLoops", 0);
		for (int i = 0; i < loops; i++) {
			page(mvc, sample.get(i % sample.size()));
		}

		double[] ours = percentiles(repeat);
		double[] base = percentiles(first);
		double[] oursCpu = percentiles(repeatCpu);
		double[] baseCpu = percentiles(firstCpu);
		double[] v = percentiles(view360);
		double[] c = percentiles(card);
		System.out.printf(Locale.ROOT,
				"service page /my, %d enterprises with the most postings: repeat view (previews cached) p50 %.1f ms"
						+ " p99 %.1f ms | first view (previews computed) p50 %.1f ms p99 %.1f ms%n",
				SAMPLES, ours[0], ours[1], base[0], base[1]);
		System.out.printf(Locale.ROOT,
				"CPU time of the request thread: repeat view p50 %.1f ms p99 %.1f ms | first view p50 %.1f ms p99 %.1f ms%n",
				oursCpu[0], oursCpu[1], baseCpu[0], baseCpu[1]);
		System.out.printf(Locale.ROOT,
				"360° view (administrator) p50 %.1f ms p99 %.1f ms | public card /c/{token} p50 %.1f ms p99 %.1f ms%n",
				v[0], v[1], c[0], c[1]);
		System.out.println("parts of the page alone (medians: wall ms, CPU ms of the thread, kB allocated,"
				+ " JDBC statements):");
		parts.forEach(
				(k, p) -> System.out.printf(Locale.ROOT, "  %-12s wall %7.2f  cpu %7.2f  alloc %8.0f kB  sql %3d%n", k,
						p.wallMs(), p.cpuMs(), p.allocKb(), p.statements()));
		StringBuilder partsJson = new StringBuilder("{");
		parts.forEach((k, p) -> partsJson.append(partsJson.length() > 1 ? "," : "")
			.append('"')
			.append(k)
			.append("\":")
			.append(String.format(Locale.ROOT, "%.1f", p.wallMs())));
		partsJson.append('}');
		StringBuilder cpuJson = new StringBuilder("{");
		parts.forEach((k, p) -> cpuJson.append(cpuJson.length() > 1 ? "," : "")
			.append('"')
			.append(k)
			.append("\":{\"cpu_ms\":")
			.append(String.format(Locale.ROOT, "%.1f", p.cpuMs()))
			.append(",\"alloc_kb\":")
			.append(String.format(Locale.ROOT, "%.0f", p.allocKb()))
			.append(",\"sql\":")
			.append(p.statements())
			.append('}'));
		cpuJson.append('}');
		System.out.printf(Locale.ROOT,
				"{\"benchmark\":\"portal\",\"size\":%d,\"enterprises\":%d,\"offers\":%d,\"demands\":%d,\"policies\":%d,"
						+ "\"appeals\":%d,\"load_ms\":%d,\"samples\":%d,\"cores\":%d,"
						+ "\"service_page\":{\"p50_ms\":%.1f,\"p99_ms\":%.1f,\"cpu_p50_ms\":%.1f,\"cpu_p99_ms\":%.1f,"
						+ "\"what\":\"repeat view, match previews cached\"},"
						+ "\"baseline\":{\"p50_ms\":%.1f,\"p99_ms\":%.1f,\"cpu_p50_ms\":%.1f,\"cpu_p99_ms\":%.1f,"
						+ "\"what\":\"first view, match previews computed\"},"
						+ "\"view_360\":{\"p50_ms\":%.1f,\"p99_ms\":%.1f},\"public_card\":{\"p50_ms\":%.1f,\"p99_ms\":%.1f},"
						+ "\"parts_median_ms\":%s,\"parts_cost\":%s,\"load_average\":%.1f,\"target_ms\":%d,\"meets_target\":{\"repeat_p99\":%b,\"first_p99\":%b},"
						+ "\"ratio\":%.2f,\"ratio_p99\":%.2f}%n",
				n, enterprises, offers, demands, policies, appeals, loadMs, SAMPLES,
				Runtime.getRuntime().availableProcessors(), ours[0], ours[1], oursCpu[0], oursCpu[1], base[0], base[1],
				baseCpu[0], baseCpu[1], v[0], v[1], c[0], c[1], partsJson, cpuJson,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), TARGET_MS, ours[1] < TARGET_MS,
				base[1] < TARGET_MS, base[0] / ours[0], base[1] / ours[1]);
	}

	static long count(JdbcTemplate jdbc, String table) {
		Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
		return n == null ? 0 : n;
	}

	static void asAdmin(UserDetails admin, Runnable work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The service page as the enterprise's account; it must show that enterprise. Wall ms
	 * and this thread's CPU ms (MockMvc serves the request on the calling thread).
	 */
	static double[] page(MockMvc mvc, UserDetails u) throws Exception {
		long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		long start = System.nanoTime();
		var response = mvc.perform(get("/my").with(user(u))).andReturn().getResponse();
		double ms = (System.nanoTime() - start) / 1e6;
		double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e6;
		String uscc = u.getUsername().substring("bench-".length()).toUpperCase(Locale.ROOT);
		if (response.getStatus() != 200 || !response.getContentAsString().contains("id=\"enterprise-uscc\">" + uscc)) {
			throw new IllegalStateException("/my answered " + response.getStatus() + " without " + uscc);
		}
		return new double[] { ms, cpu };
	}

	/** The server time of one request in ms; anything but 200 fails the run. */
	static double time(MockMvc mvc, RequestBuilder request) throws Exception {
		long start = System.nanoTime();
		var response = mvc.perform(request).andReturn().getResponse();
		double ms = (System.nanoTime() - start) / 1e6;
		if (response.getStatus() != 200 || response.getContentAsByteArray().length == 0) {
			throw new IllegalStateException("answered " + response.getStatus());
		}
		return ms;
	}

	/** p50 and p99 (nearest rank). */
	static double[] percentiles(double[] ms) {
		double[] s = ms.clone();
		Arrays.sort(s);
		return new double[] { s[s.length / 2], s[(int) Math.ceil(s.length * 0.99) - 1] };
	}

	/**
	 * Medians of one part over the enterprises (five rounds after one unmeasured): wall
	 * time, CPU time of this thread, bytes this thread allocated, and the JDBC statements
	 * Hibernate prepared.
	 */
	record Probe(double wallMs, double cpuMs, double allocKb, long statements) {

		static Probe of(Statistics statistics, List<String> usccs, Consumer<String> part) {
			usccs.forEach(part);
			return measure(statistics, usccs, part, 5);
		}

		/** Once each, without a round before (first views: nothing cached yet). */
		static Probe once(Statistics statistics, List<String> usccs, Consumer<String> part) {
			return measure(statistics, usccs, part, 1);
		}

		private static Probe measure(Statistics statistics, List<String> usccs, Consumer<String> part, int rounds) {
			com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
			long id = Thread.currentThread().getId();
			int n = usccs.size() * rounds;
			double[] wall = new double[n];
			double[] cpu = new double[n];
			double[] alloc = new double[n];
			double[] sql = new double[n];
			for (int i = 0; i < n; i++) {
				long s0 = statistics.getPrepareStatementCount();
				long a0 = threads.getThreadAllocatedBytes(id);
				long c0 = threads.getCurrentThreadCpuTime();
				long w0 = System.nanoTime();
				part.accept(usccs.get(i % usccs.size()));
				wall[i] = (System.nanoTime() - w0) / 1e6;
				cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
				alloc[i] = (threads.getThreadAllocatedBytes(id) - a0) / 1024.0;
				sql[i] = statistics.getPrepareStatementCount() - s0;
			}
			return new Probe(median(wall), median(cpu), median(alloc), (long) median(sql));
		}

		private static double median(double[] values) {
			double[] s = values.clone();
			Arrays.sort(s);
			return s[s.length / 2];
		}

	}

}
