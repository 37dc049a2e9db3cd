package cn.lianshang.appeals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import cn.lianshang.LianshangApplication;
import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Role;
import cn.lianshang.appeals.model.RunningClock;
import cn.lianshang.enterprise.EnterpriseDraft;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.Scale;
import cn.lianshang.region.Regions;

/**
 * {@code bench/run appeals [N]}, in the embedded default (H2 file database).
 * <p>
 * Throughput: N appeals (default 2,000) filed by one enterprise through
 * {@link FilingAppeal#fileForEnterprise} (validation, dispatch by the rules, the appeal,
 * the audit entry) with their two db-scheduler timers, against the baseline in the same
 * run: the same filing code with the timers off (a {@code FilingAppeal} built with an
 * {@link AppealClocks} whose {@code rearm} does nothing). Both run one appeal per
 * transaction, alternating in blocks of {@link #BLOCK} after a warm-up, on the same
 * tables. {@code ratio} = baseline time / ours (below 1: what the timers cost).
 * <p>
 * Durability: M = min(N, 200) of the filed appeals get their escalation timer moved into
 * the past while the scheduler of the first context cannot poll (polling interval one
 * hour); the context is closed before they run; a fresh context on the same H2 file polls
 * every second and, once they have run, every due timer must have fired exactly once: one
 * ESCALATION notice, one {@code appeal.escalate} audit entry, the appeal marked
 * escalated; firing each timer a second time must do nothing.
 */
public final class AppealsBenchmark {

	static final int BLOCK = 100;

	static final int WARMUP = 100;

	private AppealsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 2_000;
		int m = Math.min(n, 200);
		Path dir = Files.createTempDirectory("lianshang-bench-appeals-");
		try {
			run(dir, n, m);
		}
		finally {
			FileSystemUtils.deleteRecursively(dir);
		}
	}

	static ConfigurableApplicationContext start(Path dir, String pollingInterval) {
		return new SpringApplicationBuilder(LianshangApplication.class).logStartupInfo(false)
			.run("--spring.config.location=classpath:/application.yml", "--server.port=0",
					"--lianshang.data-dir=" + dir, "--lianshang.demo.enabled=false",
					"--LIANSHANG_ADMIN_PASSWORD=bench-" + System.nanoTime(), "--logging.level.root=WARN",
					"--logging.level.cn.lianshang=WARN", "--db-scheduler.polling-interval=" + pollingInterval);
	}

	static void run(Path dir, int n, int m) throws Exception {
		Random random = new Random(20261122);
		List<Long> ours = new ArrayList<>();
		long oursNs = 0;
		long baseNs = 0;
		long timers;
		ConfigurableApplicationContext context = start(dir, "1h");
		try {
			authenticateAsEnterprise(context, random);
			FilingAppeal filing = context.getBean(FilingAppeal.class);
			FilingAppeal plain = withoutTimers(context);
			TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			String[] divisions = { "210106", "210102", "210300", "210400", "SFZ", "211200" };
			String[] categories = { "POLICY", "FINANCING", "LAND", "LABOR", "PERMIT", "OTHER" };
			int[] counter = { 0 };
			java.util.function.Supplier<FilingAppeal.FilingRequest> next = () -> {
				int i = counter[0]++;
				return new FilingAppeal.FilingRequest(categories[i % categories.length],
						"基准测试诉求 " + i + " " + TestData.uniqueWord(random), divisions[i % divisions.length], null, null,
						null, List.of());
			};
			for (int i = 0; i < WARMUP; i++) {
				tx.executeWithoutResult(s -> filing.fileForEnterprise(next.get(), null));
				tx.executeWithoutResult(s -> plain.fileForEnterprise(next.get(), null));
			}
			for (int done = 0; done < n; done += BLOCK) {
				int size = Math.min(BLOCK, n - done);
				long t0 = System.nanoTime();
				for (int i = 0; i < size; i++) {
					tx.executeWithoutResult(s -> plain.fileForEnterprise(next.get(), null));
				}
				long t1 = System.nanoTime();
				for (int i = 0; i < size; i++) {
					ours.add(tx.execute(s -> filing.fileForEnterprise(next.get(), null).appeal().id()));
				}
				long t2 = System.nanoTime();
				baseNs += t1 - t0;
				oursNs += t2 - t1;
			}
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			timers = jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ?", Long.class,
					ClockTimer.TASK);
			// M escalation timers due in the past, while this context's scheduler does
			// not poll
			SchedulerClient scheduler = context.getBean(SchedulerClient.class);
			Appeals appeals = context.getBean(Appeals.class);
			Instant past = Instant.now().minusSeconds(3600);
			for (long id : ours.subList(0, m)) {
				ClockTimer t = tx.execute(s -> RunningClockTimers.escalationOf(appeals, id)).orElseThrow();
				scheduler.reschedule(TaskInstanceId.of(ClockTimer.TASK, t.instanceId()), past);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
			context.close();
		}
		double oursPerS = n / (oursNs / 1e9);
		double basePerS = n / (baseNs / 1e9);
		System.out.printf(Locale.ROOT,
				"filed %d appeals with timers: %.0f appeals/s (%d timers waiting) | baseline, timers off: %.0f appeals/s%n",
				n, oursPerS, timers, basePerS);

		// a fresh context on the same file database: the due timers fire once
		long t0 = System.nanoTime();
		context = start(dir, "1s");
		try {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			List<Long> due = ours.subList(0, m);
			String ids = due.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0");
			long deadline = System.nanoTime() + 180_000_000_000L;
			long notices;
			do {
				Thread.sleep(250);
				notices = jdbc.queryForObject(
						"select count(*) from appeal_notice where kind = 'ESCALATION' and appeal_id in (" + ids + ")",
						Long.class);
			}
			while (notices < m && System.nanoTime() < deadline);
			Thread.sleep(2000); // a timer firing twice would show up within the next
								// polls
			long firedMs = (System.nanoTime() - t0) / 1_000_000;
			notices = jdbc.queryForObject(
					"select count(*) from appeal_notice where kind = 'ESCALATION' and appeal_id in (" + ids + ")",
					Long.class);
			long distinct = jdbc.queryForObject(
					"select count(distinct appeal_id) from appeal_notice where kind = 'ESCALATION' and appeal_id in ("
							+ ids + ")",
					Long.class);
			long audits = jdbc.queryForObject(
					"select count(*) from audit_event where action = 'appeal.escalate' and entity_type = 'appeal'"
							+ " and entity_id in ("
							+ due.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + "," + b).orElse("''") + ")",
					Long.class);
			long escalated = jdbc.queryForObject(
					"select count(*) from appeal where escalated = true and id in (" + ids + ")", Long.class);
			long escalatedOthers = jdbc.queryForObject(
					"select count(*) from appeal where escalated = true and id not in (" + ids + ")", Long.class);
			long stillDue = jdbc.queryForObject(
					"select count(*) from scheduled_tasks where task_name = ? and execution_time < ?", Long.class,
					ClockTimer.TASK, java.sql.Timestamp.from(Instant.now()));
			ClockAlarms alarms = context.getBean(ClockAlarms.class);
			Appeals appeals = context.getBean(Appeals.class);
			TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			long refired = 0;
			for (long id : due) {
				ClockTimer t = tx.execute(s -> RunningClockTimers.escalationOf(appeals, id)).orElseThrow();
				if (alarms.fire(t)) {
					refired++;
				}
			}
			boolean ok = notices == m && distinct == m && audits == m && escalated == m && escalatedOthers == 0
					&& stillDue == 0 && refired == 0;
			System.out.printf(Locale.ROOT,
					"durability: %d escalation timers due while stopped; after restart: %d notices on %d appeals, %d audit entries,"
							+ " %d escalated (%d others), %d still due, %d acted when fired again, in %d ms -> %s%n",
					m, notices, distinct, audits, escalated, escalatedOthers, stillDue, refired, firedMs,
					ok ? "OK" : "FAILED");
			System.out.printf(Locale.ROOT,
					"{\"benchmark\":\"appeals\",\"appeals\":%d,\"oursPerS\":%.1f,\"oursMs\":%d,\"timersWaiting\":%d,"
							+ "\"baseline\":{\"what\":\"the same FilingAppeal code, one transaction per appeal, timers off\","
							+ "\"perS\":%.1f,\"ms\":%d},\"ratio\":%.3f,"
							+ "\"durability\":{\"dueWhileStopped\":%d,\"notices\":%d,\"distinctAppeals\":%d,\"auditEntries\":%d,"
							+ "\"escalated\":%d,\"escalatedOthers\":%d,\"stillDue\":%d,\"actedWhenFiredAgain\":%d,"
							+ "\"restartToFiredMs\":%d,\"exactlyOnce\":%s}}%n",
					n, oursPerS, oursNs / 1_000_000, timers, basePerS, baseNs / 1_000_000, (double) baseNs / oursNs, m,
					notices, distinct, audits, escalated, escalatedOthers, stillDue, refired, firedMs, ok);
		}
		finally {
			context.close();
		}
	}

	/** The same filing service, its timers off. */
	static FilingAppeal withoutTimers(ConfigurableApplicationContext c) {
		AppealClocks off = new AppealClocks(null, null, null, c.getBean(AppealTimerSettings.class), null) {
			@Override
			void rearm(Appeal appeal, RunningClock before) {
			}
		};
		return new FilingAppeal(c.getBean(Appeals.class), c.getBean(Categories.class),
				c.getBean(DispatchingAppeal.class), c.getBean(WorkingDays.class), c.getBean(Regions.class),
				c.getBean(EnterpriseRegistry.class), c.getBean(CurrentUser.class), c.getBean(AuditLog.class), off,
				c.getBean(AttachingFiles.class), c.getBean(org.springframework.jdbc.core.JdbcTemplate.class));
	}

	static void authenticateAsEnterprise(ConfigurableApplicationContext context, Random random) {
		AccountManagement accounts = context.getBean(AccountManagement.class);
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		String uscc = TestData.validUscc(random, "210106");
		context.getBean(EnterpriseRegistry.class)
			.register(new EnterpriseDraft(uscc, "基准测试诉求有限公司", "210106", "3311", null, null, null, Scale.BELOW, 50, null,
					null, EnterpriseStatus.ACTIVE, List.of()));
		String username = "bench-" + uscc.toLowerCase(Locale.ROOT);
		accounts.create(new AccountManagement.NewAccount(username, "bench-password-" + System.nanoTime(),
				Role.ENTERPRISE, null, uscc, null));
		UserDetails enterprise = accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(enterprise, null, enterprise.getAuthorities()));
	}

	/** The escalation timer of the clock that runs now in an appeal. */
	static final class RunningClockTimers {

		private RunningClockTimers() {
		}

		static java.util.Optional<ClockTimer> escalationOf(Appeals appeals, long id) {
			return appeals.findById(id)
				.map(Appeal::clock)
				.map(c -> new ClockTimer(id, c.kind(), c.due(), AppealNotice.Kind.ESCALATION));
		}

	}

}
