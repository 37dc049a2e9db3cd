package cn.lianshang.enterprise;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.DemoAccounts;
import cn.lianshang.region.Regions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * On start: loads demo enterprises into an empty registry when
 * {@code lianshang.demo.enabled}, and rebuilds the search index when it is empty but the
 * registry is not (the index directory was deleted, or the index lives in memory) — so a
 * start always ends with a registry and an index that agree in what they hold.
 * <p>
 * Loading is built for size (up to 1.34 million rows): drafts from
 * {@link DemoEnterpriseGenerator} go into the tables by JDBC batch inserts, in chunks of
 * {@link DemoSettings#chunk()} rows, each in its own transaction, with ids from
 * Hibernate's own generator for {@code enterprise_seq} (so they never collide with ids
 * Hibernate hands out later, whatever its optimizer); then Hibernate Search's mass
 * indexer builds the index in one pass. Going through JPA entity by entity with automatic
 * indexing is several times slower ({@code bench/run demo}).
 * <p>
 * No {@link EnterpriseRegistered} event is published per demo row: demo data is a
 * starting state, not news, and other modules read it as it is.
 * <p>
 * Runs after the administrator and the demo staff accounts ({@code @Order(2)}); then
 * creates three enterprise demo accounts bound to the first demo enterprises.
 */
@Component
@Order(2)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final int ENTERPRISE_ACCOUNTS = 3;

	private static final String INSERT_ENTERPRISE = "insert into enterprise (id, uscc, name, division_code, division_path,"
			+ " industry_code, industry_path, address, latitude, longitude, scale, employees, revenue_band, founded_on,"
			+ " status, demo, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

	private static final String INSERT_QUALIFICATION = "insert into enterprise_qualification (enterprise_id, qualification_code) values (?, ?)";

	private final DemoSettings settings;

	private final Regions regions;

	private final Industries industries;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final AuditLog audit;

	private final DemoAccounts demoAccounts;

	DemoData(DemoSettings settings, Regions regions, Industries industries, JdbcTemplate jdbc, TransactionTemplate tx,
			EntityManager entityManager, EntityManagerFactory entityManagerFactory, AuditLog audit,
			DemoAccounts demoAccounts) {
		this.settings = settings;
		this.regions = regions;
		this.industries = industries;
		this.jdbc = jdbc;
		this.tx = tx;
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.audit = audit;
		this.demoAccounts = demoAccounts;
	}

	/** What a load did, for the log, the audit record and the benchmark. */
	record LoadReport(int rows, int qualifications, long insertMillis, long indexMillis, long seed) {

		long totalMillis() {
			return insertMillis + indexMillis;
		}

	}

	@Override
	public void run(ApplicationArguments args) {
		long rows = countRows();
		if (settings.enabled() && rows == 0) {
			load(settings.enterprises());
			createEnterpriseAccounts();
		}
		else if (rows > 0 && indexedCount() == 0) {
			log.info("Search index is empty but the registry holds {} enterprises: rebuilding the index", rows);
			long start = System.nanoTime();
			reindex();
			log.info("Search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
		}
	}

	long countRows() {
		Long n = jdbc.queryForObject("select count(*) from enterprise", Long.class);
		return n == null ? 0 : n;
	}

	long indexedCount() {
		return tx.execute(s -> Search.session(entityManager)
			.search(Enterprise.class)
			.where(f -> f.matchAll())
			.fetchTotalHitCount());
	}

	/** Generates {@code n} demo enterprises, stores them in chunks and indexes them. */
	LoadReport load(int n) {
		long start = System.nanoTime();
		DemoEnterpriseGenerator generator = new DemoEnterpriseGenerator(settings.seed(), regions.all());
		Map<String, String> divisionPaths = new HashMap<>();
		regions.all().forEach(r -> divisionPaths.put(r.code(), r.path()));
		Map<String, String> industryPaths = new HashMap<>();
		DemoEnterpriseGenerator.SECTORS.forEach(s -> industryPaths.put(s.code(),
				industries.find(s.code())
					.orElseThrow(() -> new IllegalStateException("unknown class " + s.code()))
					.path()));
		OffsetDateTime now = OffsetDateTime.now();
		int chunk = Math.max(1, settings.chunk());
		int qualifications = 0;
		int nextReport = 1;
		for (int from = 0; from < n; from += chunk) {
			List<EnterpriseDraft> drafts = generator.drafts(from, Math.min(n, from + chunk)).toList();
			Integer q = tx.execute(s -> insert(drafts, divisionPaths, industryPaths, now));
			qualifications += q == null ? 0 : q;
			int done = Math.min(n, from + chunk);
			if (done * 10L >= (long) nextReport * n) {
				double seconds = (System.nanoTime() - start) / 1e9;
				log.info("Demo data: {} of {} enterprises stored ({}%), {} rows/s", done, n, done * 100L / n,
						Math.round(done / Math.max(seconds, 1e-3)));
				nextReport = (int) (done * 10L / n) + 1;
			}
		}
		long inserted = System.nanoTime();
		reindex();
		long indexed = System.nanoTime();
		LoadReport report = new LoadReport(n, qualifications, (inserted - start) / 1_000_000,
				(indexed - inserted) / 1_000_000, settings.seed());
		Runtime rt = Runtime.getRuntime();
		log.info(
				"Demo data: {} enterprises ({} qualifications) stored in {} ms and indexed in {} ms ({} rows/s);"
						+ " heap used {} MB of {} MB",
				n, qualifications, report.insertMillis(), report.indexMillis(),
				Math.round(n / Math.max(report.totalMillis() / 1000.0, 1e-3)),
				(rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
		// One audit record for the whole load, not one per row: demo rows are generated,
		// not changed by anyone,
		// and a million identical "registered by system" records would only bury the real
		// ones.
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("enterprises", n);
		summary.put("qualifications", qualifications);
		summary.put("seed", settings.seed());
		summary.put("insertMillis", report.insertMillis());
		summary.put("indexMillis", report.indexMillis());
		tx.executeWithoutResult(s -> audit.recordAs("system", "demo.load", "enterprise", null, null, summary));
		return report;
	}

	/**
	 * Inserts one chunk in the caller's transaction; returns the number of qualification
	 * rows.
	 */
	private int insert(List<EnterpriseDraft> drafts, Map<String, String> divisionPaths,
			Map<String, String> industryPaths, OffsetDateTime now) {
		SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
		BeforeExecutionGenerator ids = (BeforeExecutionGenerator) session.getFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(Enterprise.class)
			.getGenerator();
		long[] keys = new long[drafts.size()];
		List<Long> qualificationIds = new ArrayList<>();
		List<String> qualificationCodes = new ArrayList<>();
		for (int i = 0; i < keys.length; i++) {
			keys[i] = ((Number) ids.generate(session, null, null, EventType.INSERT)).longValue();
			for (String q : drafts.get(i).qualifications()) {
				qualificationIds.add(keys[i]);
				qualificationCodes.add(q);
			}
		}
		jdbc.batchUpdate(INSERT_ENTERPRISE, new org.springframework.jdbc.core.BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				EnterpriseDraft d = drafts.get(i);
				ps.setLong(1, keys[i]);
				ps.setString(2, d.uscc());
				ps.setString(3, d.name());
				ps.setString(4, d.divisionCode());
				ps.setString(5, divisionPaths.get(d.divisionCode()));
				ps.setString(6, d.industryCode());
				ps.setString(7, industryPaths.get(d.industryCode()));
				ps.setString(8, d.address());
				ps.setDouble(9, d.latitude());
				ps.setDouble(10, d.longitude());
				ps.setString(11, d.scale().name());
				ps.setInt(12, d.employees());
				if (d.revenueBand() == null) {
					ps.setNull(13, Types.VARCHAR);
				}
				else {
					ps.setString(13, d.revenueBand().name());
				}
				ps.setObject(14, d.foundedOn());
				ps.setString(15, d.status().name());
				ps.setBoolean(16, true);
				ps.setObject(17, now);
				ps.setObject(18, now);
			}

			@Override
			public int getBatchSize() {
				return drafts.size();
			}

		});
		jdbc.batchUpdate(INSERT_QUALIFICATION, new org.springframework.jdbc.core.BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				ps.setLong(1, qualificationIds.get(i));
				ps.setString(2, qualificationCodes.get(i));
			}

			@Override
			public int getBatchSize() {
				return qualificationCodes.size();
			}

		});
		return qualificationCodes.size();
	}

	/** Rebuilds the enterprise index from the table (purges it first). */
	void reindex() {
		try {
			Search.mapping(entityManagerFactory)
				.scope(Enterprise.class)
				.massIndexer()
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(500)
				.startAndWait();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while indexing enterprises", e);
		}
	}

	/**
	 * Accounts for the first demo enterprises (the enterprise side of
	 * {@link DemoAccounts}).
	 */
	void createEnterpriseAccounts() {
		DemoEnterpriseGenerator generator = new DemoEnterpriseGenerator(settings.seed(), regions.all());
		List<String> created = new ArrayList<>();
		generator.drafts(Math.min(ENTERPRISE_ACCOUNTS, settings.enterprises())).forEach(d -> {
			String username = demoAccounts.createForEnterprise(d.uscc(), d.name());
			if (username != null) {
				created.add(username + " (" + d.name() + ")");
			}
		});
		demoAccounts.announce("Demo enterprise accounts created", created);
	}

}
