package cn.lianshang.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;
import cn.lianshang.enterprise.EnterpriseChanged;
import cn.lianshang.enterprise.EnterpriseRegistered;

/**
 * The registry listeners' suggestions against an officer's assignment of the same
 * enterprise to the same node, made at the same moment: the officer's insert is flushed
 * but not committed when the listener writes. The listener must wait for that commit and
 * then write nothing (a check followed by an insert fails the listener with a unique-key
 * violation here, on H2 and on PostgreSQL alike).
 */
class SuggestionRaceTests extends ApiTestSupport {

	/** How long the officer's transaction stays open after its insert. */
	static final long HOLD_MS = 800;

	@Autowired
	AssigningEnterprises assigning;

	@Autowired
	FollowingRegistry following;

	@Autowired
	Assignments assignments;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * Registers a starch maker (class 1391, node AGRI/AG-STARCH) and clears what the
	 * registration suggested.
	 */
	Map<String, Object> starchMaker() throws Exception {
		String word = TestData.uniqueWord(random);
		Map<String, Object> e = enterprise(TestData.validUscc(random, "211002"), "辽阳" + word + "淀粉有限公司", "211000",
				"1391");
		register(e);
		String uscc = (String) e.get("uscc");
		long until = System.currentTimeMillis() + 20_000;
		while (rows(uscc) == 0 && System.currentTimeMillis() < until) {
			Thread.sleep(100);
		}
		assertThat(rows(uscc)).as("the registration's own suggestion").isPositive();
		jdbc.update("delete from chain_assignment where uscc = ?", uscc);
		return e;
	}

	long rows(String uscc) {
		return jdbc.queryForObject("select count(*) from chain_assignment where uscc = ? and node_code = 'AG-STARCH'",
				Long.class, uscc);
	}

	/**
	 * Puts the enterprise on AG-STARCH as an officer would, in a transaction that stays
	 * open {@link #HOLD_MS} after the insert; runs the listener meanwhile and returns how
	 * long the listener took.
	 */
	long raceAgainstOfficer(String uscc, String name, Runnable listener) throws Exception {
		CountDownLatch inserted = new CountDownLatch(1);
		CompletableFuture<Void> officer = CompletableFuture
			.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
				OffsetDateTime now = OffsetDateTime.now();
				Assignment a = new Assignment("AGRI", "AG-STARCH", uscc, name, "1391", "211002", "211000/211002", null,
						null, "链长办直接认定", now);
				a.confirm("test-officer", now);
				assignments.saveAndFlush(a);
				inserted.countDown();
				try {
					Thread.sleep(HOLD_MS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
		assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
		long start = System.nanoTime();
		listener.run();
		long tookMs = (System.nanoTime() - start) / 1_000_000;
		officer.get(10, TimeUnit.SECONDS);
		return tookMs;
	}

	void assertOneConfirmedRecord(String uscc) {
		assertThat(jdbc.queryForList(
				"select status from chain_assignment where uscc = ? and chain_code = 'AGRI' and node_code = 'AG-STARCH'",
				String.class, uscc))
			.containsExactly("CONFIRMED");
	}

	@Test
	void theRegistrationListenerWaitsForTheOfficersUncommittedRecordAndWritesNothing() throws Exception {
		Map<String, Object> e = starchMaker();
		String uscc = (String) e.get("uscc");
		AssigningEnterprises target = AopTestUtils.getUltimateTargetObject(assigning);
		long audited = suggestionsAudited(uscc);
		// the listener runs in a transaction of its own, as @ApplicationModuleListener
		// does
		long took = raceAgainstOfficer(uscc, (String) e.get("name"), () -> new TransactionTemplate(transactions)
			.executeWithoutResult(s -> target.on(new EnterpriseRegistered(uscc, "211002", "1391"))));
		assertThat(took).as("the listener's insert waited for the officer's commit")
			.isGreaterThanOrEqualTo(HOLD_MS / 2);
		assertOneConfirmedRecord(uscc);
		assertThat(suggestionsAudited(uscc)).as("nothing suggested, nothing audited").isEqualTo(audited);
	}

	long suggestionsAudited(String uscc) {
		return jdbc.queryForObject(
				"select count(*) from audit_event where action = 'chain.suggest' and actor = 'system' and after_state like ?",
				Long.class, "%" + uscc + "%");
	}

	@Test
	void followingTheRegistryWaitsForTheOfficersUncommittedRecordAndWritesNothing() throws Exception {
		Map<String, Object> e = starchMaker();
		String uscc = (String) e.get("uscc");
		FollowingRegistry target = AopTestUtils.getUltimateTargetObject(following);
		long took = raceAgainstOfficer(uscc, (String) e.get("name"),
				() -> target.on(new EnterpriseChanged(uscc, Set.of("industryCode"))));
		assertThat(took).as("the listener's insert waited for the officer's commit")
			.isGreaterThanOrEqualTo(HOLD_MS / 2);
		assertOneConfirmedRecord(uscc);
	}

	@Test
	void aSuggestionIsWrittenOnceAndTheTransactionGoesOnAfterARepeat() {
		String uscc = TestData.validUscc(random, "211002");
		Suggestions suggestions = new Suggestions(jdbc, assignments);
		new TransactionTemplate(transactions).executeWithoutResult(s -> {
			OffsetDateTime now = OffsetDateTime.now();
			assertThat(suggestions.suggestIfAbsent("AGRI", "AG-STARCH", uscc, "辽阳测试淀粉有限公司", "1391", "211002",
					"211000/211002", null, null, "GB/T 4754 1391", now))
				.hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(Assignment.Status.SUGGESTED));
			assertThat(suggestions.suggestIfAbsent("AGRI", "AG-STARCH", uscc, "辽阳测试淀粉有限公司", "1391", "211002",
					"211000/211002", null, null, "GB/T 4754 1391", now))
				.isEmpty();
			// on PostgreSQL a failed statement would have aborted the transaction
			assertThat(rows(uscc)).isEqualTo(1);
		});
		assertThat(rows(uscc)).isEqualTo(1);
	}

}
