package cn.lianshang.marketplace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.util.FileSystemUtils;

import cn.lianshang.LianshangApplication;
import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.enterprise.EnterpriseDraft;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.Scale;
import cn.lianshang.matching.Matching;
import cn.lianshang.matching.model.RelevanceSet;
import cn.lianshang.matching.model.Taxonomy;
import cn.lianshang.matching.model.Term;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import jakarta.persistence.EntityManagerFactory;

/**
 * {@code bench/run matching [N]}: N offers (default 1,000,000; 70 % machining, 30 % raw
 * material, random processes, grades, IT grades and counties of the metropolitan area,
 * ten suppliers) and 230 open demands in the embedded default (H2 file database, Lucene
 * index), loaded with JDBC batches and mass indexing. Ours: the real
 * {@link FindingMatches#offersFor} (one index query with the hard filters, a text hint
 * and the local boost, then re-ranking of the top candidates with explanations).
 * Baseline, in the same run: SQL with the same hard filters, {@code LIKE '%word%'} on
 * title or description for any word of the demand's title, ordered by a haversine
 * distance, top 20. Prints p50/p99/qps of both over 200 demands after 30 warm-up ones,
 * and nDCG@10 of both orders on the relevance set (graded by its written rule)
 * ({@code src/test/resources/matching/relevance.csv}: the model's re-ranking against the
 * LIKE-then-distance order over each demand's pool, in memory). Before timing, every
 * demand's matches from the stored fields ({@link FindingMatches#offersFor}) must equal
 * those from the loaded entities ({@link FindingMatches#offersForFromEntities}), whose
 * p50/p99 are printed too. The last line is one JSON object with the keys of
 * API-CONTRACT.md; {@code ratio} = baseline p99 / ours p99, {@code index_seconds} the
 * mass indexing alone, {@code heap_mb} the peak heap in use.
 */
public final class MatchingBenchmark {

	static final int SAMPLES = 200;

	static final int WARMUP = 30;

	static final int LIMIT = 20;

	static final int SUPPLIERS = 10;

	/** The cut-off of nDCG. */
	static final int K = 10;

	private MatchingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
		Path dir = Files.createTempDirectory("lianshang-bench-matching-");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LianshangApplication.class)
			.logStartupInfo(false)
			.run("--spring.config.location=classpath:/application.yml", "--server.port=0",
					"--lianshang.data-dir=" + dir, "--lianshang.demo.enabled=false",
					"--LIANSHANG_ADMIN_PASSWORD=bench-" + System.nanoTime(), "--logging.level.root=WARN",
					"--logging.level.cn.lianshang=WARN");
		try {
			run(context, n);
		}
		finally {
			context.close();
			FileSystemUtils.deleteRecursively(dir);
		}
	}

	static void run(ConfigurableApplicationContext context, int n) throws InterruptedException {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Matching matching = context.getBean(Matching.class);
		FindingMatches finding = context.getBean(FindingMatches.class);
		Random random = new Random(20261122);
		List<Region> counties = context.getBean(Regions.class)
			.all()
			.stream()
			.filter(r -> r.level() == Region.Level.COUNTY)
			.toList();
		List<String> enterprises = enterprises(context, random, SUPPLIERS + 1);
		String buyer = enterprises.get(SUPPLIERS);
		int demandCount = SAMPLES + WARMUP;

		long t0 = System.nanoTime();
		loadOffers(jdbc, random, n, enterprises.subList(0, SUPPLIERS), counties, matching.taxonomy());
		loadDemands(jdbc, random, demandCount, buyer, counties, matching.taxonomy());
		long t1 = System.nanoTime();
		Search.mapping(context.getBean(EntityManagerFactory.class))
			.scope(List.of(Offer.class, Demand.class))
			.massIndexer()
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(500)
			.startAndWait();
		double indexSeconds = (System.nanoTime() - t1) / 1e9;
		jdbc.execute("analyze");
		long loadMs = (System.nanoTime() - t0) / 1_000_000;
		System.out.printf(Locale.ROOT,
				"loaded %d offers and %d demands (JDBC batches + mass indexing) in %d ms, of which indexing %.1f s%n",
				n, demandCount, loadMs, indexSeconds);

		long[] ids = new long[demandCount];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = i + 1;
		}
		Taxonomy.Vocabulary materials = matching.taxonomy().materials();
		int same = 0;
		for (long id : ids) {
			if (finding.offersFor(id, LIMIT).equals(finding.offersForFromEntities(id, LIMIT))) {
				same++;
			}
		}
		if (same != ids.length) {
			throw new IllegalStateException("the stored-field path differs from the entity path for "
					+ (ids.length - same) + " of " + ids.length + " demands");
		}
		double[] entities = time(ids, id -> finding.offersForFromEntities(id, LIMIT));
		double[] ours = time(ids, id -> finding.offersFor(id, LIMIT));
		double[] base = time(ids, id -> baseline(jdbc, materials, id));
		System.out.printf(Locale.ROOT,
				"same matches from stored fields and from entities for %d of %d demands; entity path p50 %.2f ms p99 %.2f ms%n",
				same, ids.length, entities[0], entities[1]);

		List<RelevanceSet.Case> cases = RelevanceSet.load();
		double ndcgOurs = RelevanceSet.meanNdcg(cases, RelevanceSet.ours(matching.ranking(), K), K);
		double ndcgBase = RelevanceSet.meanNdcg(cases, RelevanceSet.likeThenDistance(matching.ranking(), K), K);
		long heapMb = java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum() / (1024 * 1024);

		System.out.printf(Locale.ROOT,
				"offers for a demand: ours p50 %.2f ms p99 %.2f ms | baseline p50 %.2f ms p99 %.2f ms%n", ours[0],
				ours[1], base[0], base[1]);
		System.out.printf(Locale.ROOT,
				"nDCG@%d on the rule-graded relevance set (%d demands, in-memory re-ranking of each pool): ours %.3f | baseline %.3f%n",
				K, cases.size(), ndcgOurs, ndcgBase);
		System.out.printf(Locale.ROOT,
				"{\"size\":%d,\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"qps\":%.1f,\"ndcg_at_10\":%.3f,"
						+ "\"index_seconds\":%.1f,\"heap_mb\":%d,\"baseline_p99_ms\":%.2f,"
						+ "\"baseline_ndcg_at_10\":%.3f,\"ratio\":%.2f,\"baseline_p50_ms\":%.2f,\"baseline_qps\":%.1f,"
						+ "\"demands\":%d,\"samples\":%d,\"load_ms\":%d,\"relevance_demands\":%d}%n",
				n, ours[0], ours[1], ours[2], ndcgOurs, indexSeconds, heapMb, base[1], ndcgBase, base[1] / ours[1],
				base[0], base[2], demandCount, SAMPLES, loadMs, cases.size());
	}

	/**
	 * p50 and p99 in ms over the samples after the warm-up, and the queries per second of
	 * those samples run one after another.
	 */
	static double[] time(long[] ids, LongConsumer query) {
		double[] ms = new double[SAMPLES];
		double total = 0;
		for (int i = 0; i < ids.length; i++) {
			long start = System.nanoTime();
			query.accept(ids[i]);
			if (i >= WARMUP) {
				ms[i - WARMUP] = (System.nanoTime() - start) / 1e6;
				total += ms[i - WARMUP];
			}
		}
		Arrays.sort(ms);
		return new double[] { ms[SAMPLES / 2], ms[(int) Math.ceil(SAMPLES * 0.99) - 1], SAMPLES * 1000 / total };
	}

	static final String HAVERSINE = "2 * 6371 * asin(sqrt(power(sin(radians(o.latitude - ?) / 2), 2)"
			+ " + cos(radians(?)) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - ?) / 2), 2)))";

	/**
	 * The same hard filters as the index query (scenario, open, not one's own, a required
	 * process, or a grade of the wanted families), then any word of the demand's title in
	 * the title or description, nearest first.
	 */
	static List<Long> baseline(JdbcTemplate jdbc, Taxonomy.Vocabulary materials, long demandId) {
		var d = jdbc.queryForMap("select scenario, owner_uscc, title, latitude, longitude from demand where id = ?",
				demandId);
		List<String> wanted = jdbc.queryForList("select material_code from demand_material where demand_id = ?",
				String.class, demandId);
		List<Object> params = new ArrayList<>();
		double lat = ((Number) d.get("latitude")).doubleValue();
		double lon = ((Number) d.get("longitude")).doubleValue();
		params.addAll(List.of(lat, lat, lon, d.get("scenario"), d.get("owner_uscc")));
		StringBuilder sql = new StringBuilder("select o.id, " + HAVERSINE + " as km from offer o"
				+ " where o.scenario = ? and o.status = 'OPEN' and o.owner_uscc <> ?");
		if ("MACHINING".equals(d.get("scenario"))) {
			sql.append(" and exists (select 1 from offer_process p join demand_process q on q.process_code ="
					+ " p.process_code where p.offer_id = o.id and q.demand_id = ?)");
			params.add(demandId);
		}
		else {
			Set<String> family = new LinkedHashSet<>(wanted);
			for (Term t : materials.all()) {
				if (wanted.stream().anyMatch(m -> materials.sameFamily(m, t.code()))) {
					family.add(t.code());
				}
			}
			sql.append(" and exists (select 1 from offer_material m where m.offer_id = o.id and m.material_code in (")
				.append(family.stream().map(x -> "?").collect(Collectors.joining(", ")))
				.append("))");
			params.addAll(family);
		}
		List<String> words = Arrays.stream(((String) d.get("title")).split("\\s+"))
			.filter(w -> w.length() >= 2)
			.toList();
		if (!words.isEmpty()) {
			sql.append(" and (")
				.append(words.stream()
					.map(w -> "o.title like ? or o.description like ?")
					.collect(Collectors.joining(" or ")))
				.append(")");
			for (String w : words) {
				params.add("%" + w + "%");
				params.add("%" + w + "%");
			}
		}
		sql.append(" order by km, o.id limit " + LIMIT);
		return jdbc.query(sql.toString(), (rs, row) -> rs.getLong(1), params.toArray());
	}

	static List<String> enterprises(ConfigurableApplicationContext context, Random random, int count) {
		AccountManagement accounts = context.getBean(AccountManagement.class);
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			List<String> usccs = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String uscc = TestData.validUscc(random, "210106");
				context.getBean(EnterpriseRegistry.class)
					.register(new EnterpriseDraft(uscc, "基准测试企业" + (i + 1) + "有限公司", "210106", "3311", null, null, null,
							Scale.BELOW, 50, null, null, EnterpriseStatus.ACTIVE, List.of()));
				usccs.add(uscc);
			}
			return usccs;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static <T> Set<T> pick(Random random, List<T> from, int count) {
		Set<T> picked = new LinkedHashSet<>();
		while (picked.size() < Math.min(count, from.size())) {
			picked.add(from.get(random.nextInt(from.size())));
		}
		return picked;
	}

	static void loadOffers(JdbcTemplate jdbc, Random random, int n, List<String> suppliers, List<Region> counties,
			Taxonomy taxonomy) {
		Timestamp now = new Timestamp(System.currentTimeMillis());
		List<Term> processes = List.copyOf(taxonomy.processes().all());
		List<Term> materials = List.copyOf(taxonomy.materials().all());
		int chunk = 5_000;
		for (int from = 1; from <= n; from += chunk) {
			List<Object[]> rows = new ArrayList<>();
			List<Object[]> processRows = new ArrayList<>();
			List<Object[]> materialRows = new ArrayList<>();
			List<Object[]> categoryRows = new ArrayList<>();
			for (int next = from; next < Math.min(n + 1, from + chunk); next++) {
				int id = next;
				Region c = counties.get(random.nextInt(counties.size()));
				boolean machining = random.nextInt(10) < 7;
				Set<Term> ps = machining ? pick(random, processes, 1 + random.nextInt(3)) : Set.of();
				Set<Term> ms = pick(random, materials, 1 + random.nextInt(2));
				String procNames = ps.stream().map(Term::name).collect(Collectors.joining("、"));
				String matNames = ms.stream().map(Term::name).collect(Collectors.joining("、"));
				String title = machining ? c.name() + "承接" + procNames + "加工" : c.name() + "现货供应" + matNames;
				String description = machining ? "承接" + procNames + "，材料" + matNames + "，批量稳定交付"
						: "现货供应" + matNames + "，可配送";
				int it = 6 + random.nextInt(6);
				rows.add(new Object[] { id, machining ? "MACHINING" : "MATERIAL", suppliers.get(id % suppliers.size()),
						"基准测试企业" + (id % suppliers.size() + 1) + "有限公司",
						title.length() > 100 ? title.substring(0, 100) : title, description, c.code(), c.path(),
						c.latitude(), c.longitude(), machining ? it : null, 100 * (1 + random.nextInt(100)),
						machining ? "件" : "吨", 3 + random.nextInt(40), now, now });
				ps.forEach(p -> processRows.add(new Object[] { id, p.code() }));
				ms.forEach(m -> materialRows.add(new Object[] { id, m.code() }));
				if (!machining) {
					ms.stream()
						.map(Term::category)
						.filter(x -> x != null)
						.distinct()
						.forEach(x -> categoryRows.add(new Object[] { id, x }));
				}
			}
			jdbc.batchUpdate("insert into offer (id, scenario, status, owner_uscc, owner_name, title, description,"
					+ " division_code, division_path, latitude, longitude, tolerance_it, monthly_capacity, unit,"
					+ " lead_time_days, created_at, updated_at, version) values (?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?,"
					+ " ?, ?, ?, ?, ?, 0)", rows);
			jdbc.batchUpdate("insert into offer_process (offer_id, process_code) values (?, ?)", processRows);
			jdbc.batchUpdate("insert into offer_material (offer_id, material_code) values (?, ?)", materialRows);
			jdbc.batchUpdate("insert into offer_category (offer_id, category_code) values (?, ?)", categoryRows);
		}
	}

	static void loadDemands(JdbcTemplate jdbc, Random random, int count, String buyer, List<Region> counties,
			Taxonomy taxonomy) {
		Timestamp now = new Timestamp(System.currentTimeMillis());
		LocalDate today = Matching.today();
		List<Term> processes = List.copyOf(taxonomy.processes().all());
		List<Term> materials = List.copyOf(taxonomy.materials().all());
		String[] parts = { "传动轴", "法兰", "支架", "壳体", "齿轮", "垫片", "接头", "箱体" };
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> processRows = new ArrayList<>();
		List<Object[]> materialRows = new ArrayList<>();
		for (int next = 1; next <= count; next++) {
			int id = next;
			Region c = counties.get(random.nextInt(counties.size()));
			boolean machining = random.nextInt(10) < 7;
			Set<Term> ps = machining ? pick(random, processes, 1 + random.nextInt(2)) : Set.of();
			Term m = materials.get(random.nextInt(materials.size()));
			String title = machining ? ps.stream().map(Term::name).collect(Collectors.joining(" ")) + " "
					+ m.name().split(" ")[0] + " " + parts[random.nextInt(parts.length)] : "求购 " + m.name();
			rows.add(new Object[] { id, machining ? "MACHINING" : "MATERIAL", buyer, title, "基准需求 " + id, c.code(),
					c.path(), c.latitude(), c.longitude(), machining ? null : m.category(),
					machining ? 6 + random.nextInt(6) : null, 100 * (1 + random.nextInt(50)), machining ? "件" : "吨",
					Date.valueOf(today.plusDays(10 + random.nextInt(40))), now, now });
			ps.forEach(p -> processRows.add(new Object[] { id, p.code() }));
			materialRows.add(new Object[] { id, m.code() });
		}
		jdbc.batchUpdate("insert into demand (id, scenario, status, owner_uscc, owner_name, title, description,"
				+ " division_code, division_path, latitude, longitude, material_category, tolerance_it, quantity, unit,"
				+ " due_date, created_at, updated_at, version) values (?, ?, 'OPEN', ?, '基准测试买方有限公司', ?, ?, ?, ?, ?,"
				+ " ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
		jdbc.batchUpdate("insert into demand_process (demand_id, process_code) values (?, ?)", processRows);
		jdbc.batchUpdate("insert into demand_material (demand_id, material_code) values (?, ?)", materialRows);
	}

}
