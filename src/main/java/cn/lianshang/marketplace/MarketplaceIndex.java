package cn.lianshang.marketplace;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * On start, before the demo posts ({@code @Order(3)}): rebuilds the offer index when it
 * does not match the table — missing or incomplete (fewer documents than offers), or
 * written with an older layout (a document without the current
 * {@link Offer#INDEX_SCHEMA}, e.g. without the stored fields that matching reads). The
 * demand index likewise, with {@link Demand#INDEX_SCHEMA}.
 */
@Component
@Order(3)
class MarketplaceIndex implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MarketplaceIndex.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	MarketplaceIndex(JdbcTemplate jdbc, TransactionTemplate tx, EntityManager entityManager,
			EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) {
		long offers = count("offer");
		if (offers > 0 && isStale(Offer.class, Offer.INDEX_SCHEMA, offers)) {
			log.info("Offer index is missing, incomplete or of an older layout than {}: rebuilding it for {} offers",
					Offer.INDEX_SCHEMA, offers);
			rebuild(Offer.class);
		}
		long demands = count("demand");
		if (demands > 0 && isStale(Demand.class, Demand.INDEX_SCHEMA, demands)) {
			log.info("Demand index is missing, incomplete or of an older layout than {}: rebuilding it for {} demands",
					Demand.INDEX_SCHEMA, demands);
			rebuild(Demand.class);
		}
	}

	/** Fewer offer documents than rows, or any document of another layout. */
	boolean offerIndexIsStale(long rows) {
		return isStale(Offer.class, Offer.INDEX_SCHEMA, rows);
	}

	/** Fewer documents than rows, or any document of another layout. */
	boolean isStale(Class<?> type, int schema, long rows) {
		return tx.execute(s -> {
			var session = Search.session(entityManager);
			long current = session.search(type)
				.where(f -> f.match().field("indexSchema").matching(schema))
				.fetchTotalHitCount();
			long all = session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
			return all < rows || current < all;
		});
	}

	long indexed(Class<?> type) {
		return tx
			.execute(s -> Search.session(entityManager).search(type).where(f -> f.matchAll()).fetchTotalHitCount());
	}

	private long count(String table) {
		Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
		return n == null ? 0 : n;
	}

	void rebuild(Class<?> type) {
		long start = System.nanoTime();
		try {
			Search.mapping(entityManagerFactory)
				.scope(type)
				.massIndexer()
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(500)
				.startAndWait();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while indexing " + type.getSimpleName(), e);
		}
		log.info("{} index rebuilt in {} ms", type.getSimpleName(), (System.nanoTime() - start) / 1_000_000);
	}

}
