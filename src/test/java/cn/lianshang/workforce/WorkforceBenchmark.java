package cn.lianshang.workforce;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongConsumer;

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
import cn.lianshang.matching.model.Term;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * {@code bench/run workforce [N]}: N residents (default 100,000, the issue's size) and
 * N/10 jobs in the embedded default (H2 file database), loaded with JDBC batches.
 * Measures, on 200 random residents and 200 random jobs after a warm-up, "jobs near me"
 * ({@link FindingWorkers#jobsFor(Resident, int)}: bounding-box retrieval with the hard
 * filters, nearest first, then ranking with explanations) and "candidates for this job"
 * ({@link FindingWorkers#rankResidents}); and the baseline in the same run: plain SQL
 * with the same hard filters and a haversine distance computed for every row, ordered by
 * it, top 20 (no ranking, no explanation), interleaved with ours sample by sample
 * ({@link #timePair}). Prints p50/p99 of each and, last, one JSON object with
 * {@code ratio} = baseline p50 / ours p50 (both directions).
 */
public final class WorkforceBenchmark {

	static final int SAMPLES = 200;

	static final int WARMUP = 30;

	static final int LIMIT = 20;

	private WorkforceBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
		int jobs = Math.max(1, n / 10);
		Path dir = Files.createTempDirectory("lianshang-bench-workforce-");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LianshangApplication.class)
			.logStartupInfo(false)
			.run("--spring.config.location=classpath:/application.yml", "--server.port=0",
					"--lianshang.data-dir=" + dir, "--lianshang.demo.enabled=false",
					"--LIANSHANG_ADMIN_PASSWORD=bench-" + System.nanoTime(), "--logging.level.root=WARN",
					"--logging.level.cn.lianshang=WARN");
		try {
			run(context, n, jobs);
		}
		finally {
			context.close();
			FileSystemUtils.deleteRecursively(dir);
		}
	}

	static void run(ConfigurableApplicationContext context, int n, int jobCount) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Regions regions = context.getBean(Regions.class);
		Catalog catalog = context.getBean(Catalog.class);
		FindingWorkers finding = context.getBean(FindingWorkers.class);
		Residents residents = context.getBean(Residents.class);
		Jobs jobs = context.getBean(Jobs.class);
		Random random = new Random(20261122);
		String uscc = employer(context, random);
		List<String> skills = catalog.skills().all().stream().map(Term::code).toList();
		List<String> certificates = catalog.certificates().all().stream().map(Term::code).toList();
		List<Region> townships = regions.all().stream().filter(r -> r.level() == Region.Level.TOWNSHIP).toList();
		List<Region> counties = regions.all().stream().filter(r -> r.level() == Region.Level.COUNTY).toList();

		long t0 = System.nanoTime();
		loadResidents(jdbc, random, n, townships, skills, certificates);
		loadJobs(jdbc, random, jobCount, uscc, counties, skills, certificates);
		jdbc.execute("analyze");
		long loadMs = (System.nanoTime() - t0) / 1_000_000;
		System.out.printf(Locale.ROOT, "loaded %d residents and %d jobs in %d ms%n", n, jobCount, loadMs);

		long[] residentIds = new long[SAMPLES + WARMUP];
		long[] jobIds = new long[SAMPLES + WARMUP];
		for (int i = 0; i < residentIds.length; i++) {
			residentIds[i] = 1 + random.nextInt(n);
			jobIds[i] = 1 + random.nextInt(jobCount);
		}
		var tx = new org.springframework.transaction.support.TransactionTemplate(
				context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
		tx.setReadOnly(true);
		LocalDate today = Matching.today();

		if (Boolean.getBoolean("bench.breakdown")) {
			breakdown(context, tx, residentIds);
		}
		double[][] nearMePair = timePair(residentIds,
				id -> tx
					.executeWithoutResult(s -> finding.jobsFor(residents.findWithProfileById(id).orElseThrow(), LIMIT)),
				id -> baselineJobs(jdbc, id, today));
		double[][] candidatesPair = timePair(jobIds,
				id -> tx.executeWithoutResult(s -> finding.rankResidents(jobs.findById(id).orElseThrow(), LIMIT)),
				id -> baselineResidents(jdbc, id));
		double[] nearMe = nearMePair[0];
		double[] nearMeBase = nearMePair[1];
		double[] candidates = candidatesPair[0];
		double[] candidatesBase = candidatesPair[1];

		System.out.printf(Locale.ROOT,
				"jobs near me:            ours p50 %.2f ms p99 %.2f ms | baseline p50 %.2f ms p99 %.2f ms%n", nearMe[0],
				nearMe[1], nearMeBase[0], nearMeBase[1]);
		System.out.printf(Locale.ROOT,
				"candidates for this job: ours p50 %.2f ms p99 %.2f ms | baseline p50 %.2f ms p99 %.2f ms%n",
				candidates[0], candidates[1], candidatesBase[0], candidatesBase[1]);
		System.out.printf(Locale.ROOT,
				"{\"benchmark\":\"workforce\",\"residents\":%d,\"jobs\":%d,\"samples\":%d,\"loadMs\":%d,"
						+ "\"jobsNearMe\":{\"p50Ms\":%.2f,\"p99Ms\":%.2f},\"candidatesForJob\":{\"p50Ms\":%.2f,\"p99Ms\":%.2f},"
						+ "\"baseline\":{\"what\":\"plain SQL, same hard filters, haversine on every row, top %d, no ranking\","
						+ "\"jobsNearMe\":{\"p50Ms\":%.2f,\"p99Ms\":%.2f},\"candidatesForJob\":{\"p50Ms\":%.2f,\"p99Ms\":%.2f}},"
						+ "\"ratio\":{\"jobsNearMe\":%.2f,\"candidatesForJob\":%.2f}}%n",
				n, jobCount, SAMPLES, loadMs, nearMe[0], nearMe[1], candidates[0], candidates[1], LIMIT, nearMeBase[0],
				nearMeBase[1], candidatesBase[0], candidatesBase[1], nearMeBase[0] / nearMe[0],
				candidatesBase[0] / candidates[0]);
	}

	/**
	 * With {@code -Dbench.breakdown=true}: the p50 of each step of "jobs near me" alone
	 * (resident load, retrieval, ranking), the H2 plan of one retrieval query, and the
	 * served path against the previous one ({@link FindingWorkers#jobsForReference}).
	 */
	static void breakdown(ConfigurableApplicationContext context,
			org.springframework.transaction.support.TransactionTemplate tx, long[] residentIds) {
		FindingWorkers finding = context.getBean(FindingWorkers.class);
		Residents residents = context.getBean(Residents.class);
		WorkforceSettings settings = context.getBean(WorkforceSettings.class);
		double[] load = time(residentIds, id -> tx.executeWithoutResult(s -> residents.findWithProfileById(id)));
		double[] retrieve = time(residentIds, id -> tx.executeWithoutResult(
				s -> finding.servedJobs(residents.findWithProfileById(id).orElseThrow(), settings.candidates())));
		double[] all = time(residentIds, id -> tx
			.executeWithoutResult(s -> finding.jobsFor(residents.findWithProfileById(id).orElseThrow(), LIMIT)));
		double[] noTx = time(residentIds, id -> finding
			.servedJobs(tx.execute(s -> residents.findWithProfileById(id).orElseThrow()), settings.candidates()));
		org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named = context
			.getBean(org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate.class);
		double[] query = time(residentIds, id -> {
			var p = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
			String q = finding.servedQuery(tx.execute(s -> residents.findWithProfileById(id).orElseThrow()),
					settings.candidates(), p);
			named.queryForList(q, p);
		});
		var p = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
		String q = finding.servedQuery(tx.execute(s -> residents.findWithProfileById(residentIds[0]).orElseThrow()),
				settings.candidates(), p);
		System.out.println("explain analyze of the first query:");
		named.queryForList("explain analyze " + q, p, String.class).forEach(System.out::println);
		double[][] before = timePair(residentIds,
				id -> tx
					.executeWithoutResult(s -> finding.jobsFor(residents.findWithProfileById(id).orElseThrow(), LIMIT)),
				id -> tx
					.executeWithoutResult(s -> finding.jobsForReference(residents.findById(id).orElseThrow(), LIMIT)));
		System.out.printf(Locale.ROOT,
				"jobs near me as served p50 %.2f ms p99 %.2f ms | the previous path (jobsForReference, lazy"
						+ " resident collections) p50 %.2f ms p99 %.2f ms, interleaved%n",
				before[0][0], before[0][1], before[1][0], before[1][1]);
		System.out.printf(Locale.ROOT, "first query alone p50 %.2f ms (load in tx included)%n", query[0]);
		System.out.printf(Locale.ROOT,
				"breakdown p50: load %.2f ms, load+retrieve %.2f ms, whole %.2f ms, load (tx) + retrieve (no tx) %.2f ms%n",
				load[0], retrieve[0], all[0], noTx[0]);
	}

	/**
	 * p50 and p99 in ms of ours /** p50 and p99 in ms of ours ({@code [0]}) and of the
	 * baseline ({@code [1]}) over the samples after the warm-up, measured interleaved:
	 * each sample runs both on the same id, in turns first (so that a burst of load from
	 * other processes on this shared machine falls on both alike).
	 */
	static double[][] timePair(long[] ids, LongConsumer ours, LongConsumer baseline) {
		double[] a = new double[SAMPLES];
		double[] b = new double[SAMPLES];
		for (int i = 0; i < ids.length; i++) {
			boolean oursFirst = i % 2 == 0;
			double first = once(oursFirst ? ours : baseline, ids[i]);
			double second = once(oursFirst ? baseline : ours, ids[i]);
			if (i >= WARMUP) {
				a[i - WARMUP] = oursFirst ? first : second;
				b[i - WARMUP] = oursFirst ? second : first;
			}
		}
		return new double[][] { percentiles(a), percentiles(b) };
	}

	private static double once(LongConsumer query, long id) {
		long start = System.nanoTime();
		query.accept(id);
		return (System.nanoTime() - start) / 1e6;
	}

	private static double[] percentiles(double[] ms) {
		Arrays.sort(ms);
		return new double[] { ms[SAMPLES / 2], ms[(int) Math.ceil(SAMPLES * 0.99) - 1] };
	}

	/** p50 and p99 in ms over the samples after the warm-up. */
	static double[] time(long[] ids, LongConsumer query) {
		double[] ms = new double[SAMPLES];
		for (int i = 0; i < ids.length; i++) {
			long start = System.nanoTime();
			query.accept(ids[i]);
			if (i >= WARMUP) {
				ms[i - WARMUP] = (System.nanoTime() - start) / 1e6;
			}
		}
		Arrays.sort(ms);
		return new double[] { ms[SAMPLES / 2], ms[(int) Math.ceil(SAMPLES * 0.99) - 1] };
	}

	static final String HAVERSINE = "2 * 6371 * asin(sqrt(power(sin(radians(%1$s.latitude - ?) / 2), 2)"
			+ " + cos(radians(?)) * cos(radians(%1$s.latitude)) * power(sin(radians(%1$s.longitude - ?) / 2), 2)))";

	/** Jobs for a resident: the same filters, distance computed for every open job. */
	static void baselineJobs(JdbcTemplate jdbc, long residentId, LocalDate today) {
		var r = jdbc.queryForMap("select latitude, longitude, max_travel_km from resident where id = ?", residentId);
		double lat = ((Number) r.get("latitude")).doubleValue();
		double lon = ((Number) r.get("longitude")).doubleValue();
		String sql = "select j.id, " + HAVERSINE.formatted("j") + " as km from job j"
				+ " where j.status = 'OPEN' and j.end_date >= ?"
				+ " and exists (select 1 from job_skill s join resident_skill rs on rs.skill_code = s.skill_code"
				+ " where s.job_id = j.id and rs.resident_id = ?)"
				+ " and not exists (select 1 from job_certificate c where c.job_id = j.id and not exists"
				+ " (select 1 from resident_certificate rc where rc.resident_id = ? and rc.certificate_code = c.certificate_code))"
				+ " order by km, j.id limit " + LIMIT;
		jdbc.queryForList(sql, lat, lat, lon, Date.valueOf(today), residentId, residentId);
	}

	/** Residents for a job: the same filters, distance computed for every resident. */
	static void baselineResidents(JdbcTemplate jdbc, long jobId) {
		var j = jdbc.queryForMap("select latitude, longitude from job where id = ?", jobId);
		double lat = ((Number) j.get("latitude")).doubleValue();
		double lon = ((Number) j.get("longitude")).doubleValue();
		String sql = "select r.id, " + HAVERSINE.formatted("r") + " as km from resident r"
				+ " where exists (select 1 from resident_skill s join job_skill js on js.skill_code = s.skill_code"
				+ " where s.resident_id = r.id and js.job_id = ?)"
				+ " and not exists (select 1 from job_certificate c where c.job_id = ? and not exists"
				+ " (select 1 from resident_certificate rc where rc.resident_id = r.id and rc.certificate_code = c.certificate_code))"
				+ " order by km, r.id limit " + LIMIT;
		jdbc.queryForList(sql, lat, lat, lon, jobId, jobId);
	}

	static String employer(ConfigurableApplicationContext context, Random random) {
		AccountManagement accounts = context.getBean(AccountManagement.class);
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			String uscc = TestData.validUscc(random, "210106");
			context.getBean(EnterpriseRegistry.class)
				.register(new EnterpriseDraft(uscc, "基准测试用工有限公司", "210106", "3311", null, null, null, Scale.BELOW, 50,
						null, null, EnterpriseStatus.ACTIVE, List.of()));
			return uscc;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static void loadResidents(JdbcTemplate jdbc, Random random, int n, List<Region> townships, List<String> skills,
			List<String> certificates) {
		Timestamp now = new Timestamp(System.currentTimeMillis());
		int chunk = 5_000;
		for (int from = 1; from <= n; from += chunk) {
			List<Object[]> rows = new ArrayList<>();
			List<Object[]> skillRows = new ArrayList<>();
			List<Object[]> certRows = new ArrayList<>();
			for (int id = from; id < Math.min(n + 1, from + chunk); id++) {
				Region t = townships.get(random.nextInt(townships.size()));
				rows.add(new Object[] { id, "居民" + id, "139" + String.format("%08d", id), t.code(), t.path(),
						t.latitude(), t.longitude(), 5 + 5 * random.nextInt(8), 150 + 10 * random.nextInt(16),
						random.nextBoolean() ? "1234567" : "12345", random.nextInt(4) == 0 ? "DAY,NIGHT" : "DAY", now,
						now });
				int k = 1 + random.nextInt(3);
				java.util.Set<String> own = new java.util.TreeSet<>();
				while (own.size() < k) {
					own.add(skills.get(random.nextInt(skills.size())));
				}
				for (String s : own) {
					skillRows.add(new Object[] { id, s });
				}
				if (random.nextInt(3) == 0) {
					certRows.add(new Object[] { id, certificates.get(random.nextInt(certificates.size())) });
				}
			}
			jdbc.batchUpdate("insert into resident (id, display_name, phone, phone_verified, community_code,"
					+ " community_path, latitude, longitude, max_travel_km, expected_daily_wage, hard_to_employ,"
					+ " available_days, available_shifts, demo, created_at, updated_at, version)"
					+ " values (?, ?, ?, false, ?, ?, ?, ?, ?, ?, false, ?, ?, true, ?, ?, 0)", rows);
			jdbc.batchUpdate("insert into resident_skill (resident_id, skill_code) values (?, ?)", skillRows);
			jdbc.batchUpdate("insert into resident_certificate (resident_id, certificate_code) values (?, ?)",
					certRows);
		}
	}

	static void loadJobs(JdbcTemplate jdbc, Random random, int count, String uscc, List<Region> counties,
			List<String> skills, List<String> certificates) {
		Timestamp now = new Timestamp(System.currentTimeMillis());
		LocalDate today = Matching.today();
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> skillRows = new ArrayList<>();
		List<Object[]> certRows = new ArrayList<>();
		for (int id = 1; id <= count; id++) {
			Region c = counties.get(random.nextInt(counties.size()));
			LocalDate start = today.plusDays(random.nextInt(20));
			rows.add(new Object[] { id, uscc, "基准岗位 " + id, 1 + random.nextInt(8), Date.valueOf(start),
					Date.valueOf(start.plusDays(random.nextInt(14))), 160 + 10 * random.nextInt(17), c.code(), c.path(),
					c.latitude(), c.longitude(), now, now });
			skillRows.add(new Object[] { id, skills.get(random.nextInt(skills.size())) });
			if (random.nextInt(4) == 0) {
				certRows.add(new Object[] { id, certificates.get(random.nextInt(certificates.size())) });
			}
		}
		jdbc.batchUpdate("insert into job (id, employer_uscc, employer_name, employer_verified, title, headcount,"
				+ " start_date, end_date, shifts, pay_type, pay_amount, division_code, division_path, latitude, longitude,"
				+ " meals, transport, accident_insurance, status, demo, created_at, updated_at, version)"
				+ " values (?, ?, '基准测试用工有限公司', true, ?, ?, ?, ?, 'DAY', 'DAILY', ?, ?, ?, ?, ?, false, false, true,"
				+ " 'OPEN', true, ?, ?, 0)", rows);
		jdbc.batchUpdate("insert into job_skill (job_id, skill_code) values (?, ?)", skillRows);
		jdbc.batchUpdate("insert into job_certificate (job_id, certificate_code) values (?, ?)", certRows);
	}

}
