package cn.lianshang.appeals;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.util.FileSystemUtils;

import cn.lianshang.LianshangApplication;
import cn.lianshang.TestData;

/**
 * {@code bench/run appeals [N]}: appeals submitted through the REST API of a running
 * application on PostgreSQL, with a SIGKILL of the application mid-load and a restart.
 * <p>
 * The benchmark (re)creates the database {@code lianshang_bench} (role
 * {@code lianshang}/{@code lianshang} on {@code 127.0.0.1:5432}; {@code -Dbench.pg.*})
 * and starts the application as a separate JVM ({@code java -cp} with this JVM's class
 * path, main class {@link LianshangApplication}, {@code SPRING_PROFILES_ACTIVE=postgres},
 * the {@code SPRING_DATASOURCE_*} variables pointing to that database, JVM options from
 * {@code BENCH_APP_JAVA_OPTS}, default {@code -Xmx1g}). Through the API, as the
 * administrator, it registers an enterprise and its account, and takes a bearer token for
 * that account. Then {@code bench.senders} (8) threads send {@code POST /api/v1/appeals}
 * with a {@code java.net.http.HttpClient}, each with its own {@code Idempotency-Key}, one
 * request at a time per sender:
 * <ol>
 * <li>warm-up: {@code bench.warmup} submissions (default min(N, 2000)), not
 * measured;</li>
 * <li>measurement: N submissions (default 2,000) in {@code bench.rounds} (4) rounds, each
 * followed by a round of the baseline with the same number of threads: plain JDBC inserts
 * of the same rows one submission makes (the appeal, its history, its {@code appeal.file}
 * audit entry, its two db-scheduler timers: copies of the rows of the first measured
 * appeal, one transaction per submission), deleted again afterwards.
 * {@code submissions_per_s} = N / the time of our rounds, {@code p99_ms} of the
 * submissions' latencies as the client sees them; {@code ratio} = baseline time /
 * ours;</li>
 * <li>timers: the escalation timers of {@code bench.timers} (min(N, 200)) measured
 * appeals are made due in the database while the first application cannot poll (polling
 * interval one hour);</li>
 * <li>kill: {@code bench.kill} (N) more submissions; once half of them are acknowledged
 * the application gets SIGKILL ({@link Process#destroyForcibly()}) and is started again
 * (polling every second). Senders retry a failed request with the same key until it is
 * answered; a 200 answer is a retry whose first attempt had committed before the kill.
 * </li>
 * </ol>
 * Then, with the second application running: {@code acknowledged} = submissions that got
 * a 2xx answer (all phases), {@code lost} = those whose appeal (by key and id) is not in
 * the database (must be 0), {@code duplicates} = keys with more than one appeal; every
 * appeal has its {@code appeal.file} audit entry exactly once; every due timer has fired
 * exactly once after the restart (one ESCALATION notice, one {@code appeal.escalate}
 * audit entry, the appeal escalated, no other appeal escalated, nothing still due). The
 * benchmark JVM (client and baseline) shares the machine with the application and
 * PostgreSQL.
 */
public final class AppealsBenchmark {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String[] DIVISIONS = { "210106", "210102", "210300", "210400", "SFZ", "211200" };

	static final String[] CATEGORIES = { "POLICY", "FINANCING", "LAND", "LABOR", "PERMIT", "OTHER" };

	/** Ids of the baseline's rows start here (far above what the sequences reach). */
	static final long BASE_ID = 1_000_000_000_000L;

	/** How long a sender keeps retrying one submission. */
	static final Duration RETRY_FOR = Duration.ofMinutes(5);

	private AppealsBenchmark() {
	}

	record Settings(int n, int warmup, int kill, int senders, int rounds, int timers, String hostPort, String db,
			String user, String password, String appJavaOpts, boolean keepDb) {

		static Settings of(String[] args) {
			int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 2_000;
			return new Settings(n, Integer.getInteger("bench.warmup", Math.min(n, 1_000)),
					Integer.getInteger("bench.kill", n), Integer.getInteger("bench.senders", 8),
					Integer.getInteger("bench.rounds", 4), Integer.getInteger("bench.timers", Math.min(n, 200)),
					System.getProperty("bench.pg.hostPort", "127.0.0.1:5432"),
					System.getProperty("bench.pg.db", "lianshang_bench"),
					System.getProperty("bench.pg.user", "lianshang"),
					System.getProperty("bench.pg.password", "lianshang"),
					System.getenv().getOrDefault("BENCH_APP_JAVA_OPTS", "-Xmx1g"), Boolean.getBoolean("bench.keepDb"));
		}

		String url() {
			return "jdbc:postgresql://" + hostPort + "/" + db;
		}

		Connection connect() throws SQLException {
			return DriverManager.getConnection(url(), user, password);
		}

	}

	public static void main(String[] args) throws Exception {
		Settings s = Settings.of(args);
		if (s.n() < s.rounds() || s.kill() < 2 || s.senders() < 1) {
			throw new IllegalArgumentException("N must be at least bench.rounds, bench.kill at least 2");
		}
		Path dir = Files.createTempDirectory("lianshang-bench-appeals-");
		recreateDatabase(s, true);
		try {
			new AppealsBenchmark.Run(s, dir).run();
		}
		finally {
			if (!s.keepDb()) {
				recreateDatabase(s, false);
			}
			FileSystemUtils.deleteRecursively(dir);
		}
	}

	static void recreateDatabase(Settings s, boolean create) throws SQLException {
		if (!s.db().matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("bench.pg.db: " + s.db());
		}
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + s.hostPort() + "/postgres", s.user(),
				s.password()); Statement st = c.createStatement()) {
			st.execute("drop database if exists " + s.db() + " with (force)");
			if (create) {
				st.execute("create database " + s.db());
			}
		}
	}

	/** The application as a separate JVM. */
	static final class App {

		private final Settings settings;

		private final Path dir;

		final int port;

		final String adminPassword = "bench-admin-" + Long.toHexString(System.nanoTime());

		private Process process;

		private int starts;

		App(Settings settings, Path dir) throws IOException {
			this.settings = settings;
			this.dir = dir;
			try (ServerSocket socket = new ServerSocket(0)) {
				this.port = socket.getLocalPort();
			}
		}

		URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port + path);
		}

		/** Starts the application and waits until it answers its health check. */
		long start(String pollingInterval, HttpClient client) throws Exception {
			long t0 = System.nanoTime();
			starts++;
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(Arrays.asList(settings.appJavaOpts().trim().split("\\s+")));
			command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
					LianshangApplication.class.getName(),
					// the application's own settings only (not the tests'
					// config/application.yml)
					"--spring.config.location=classpath:/application.yml", "--server.port=" + port,
					"--lianshang.data-dir=" + dir.resolve("data"), "--lianshang.demo.enabled=false",
					"--db-scheduler.polling-interval=" + pollingInterval,
					// ready (200) once the application runners (the administrator's
					// account) have run
					"--management.endpoint.health.probes.enabled=true", "--logging.level.root=WARN",
					"--logging.level.cn.lianshang=WARN"));
			ProcessBuilder pb = new ProcessBuilder(command);
			pb.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
			pb.environment().put("SPRING_DATASOURCE_URL", settings.url());
			pb.environment().put("SPRING_DATASOURCE_USERNAME", settings.user());
			pb.environment().put("SPRING_DATASOURCE_PASSWORD", settings.password());
			pb.environment().put("LIANSHANG_ADMIN_PASSWORD", adminPassword);
			pb.redirectErrorStream(true);
			pb.redirectOutput(log().toFile());
			process = pb.start();
			long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new IllegalStateException(
							"the application stopped (exit " + process.exitValue() + "):\n" + tail());
				}
				try {
					HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.ofString());
					if (r.statusCode() == 200) {
						return (System.nanoTime() - t0) / 1_000_000;
					}
				}
				catch (IOException e) {
					// not listening yet
				}
				Thread.sleep(100);
			}
			throw new IllegalStateException("the application did not start within 5 minutes:\n" + tail());
		}

		/** SIGKILL (on Linux {@code destroyForcibly} sends SIGKILL); the exit value. */
		int kill() throws InterruptedException {
			process.destroyForcibly();
			return process.waitFor();
		}

		void stop() throws InterruptedException {
			if (process != null && process.isAlive()) {
				process.destroy();
				if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor();
				}
			}
		}

		long pid() {
			return process.pid();
		}

		Path log() {
			return dir.resolve("app-" + starts + ".log");
		}

		String tail() {
			try {
				List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
				return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
			}
			catch (IOException e) {
				return "(no log: " + e + ")";
			}
		}

	}

	/** The submissions of one phase, by key index. */
	static final class Phase {

		final String name;

		final int from;

		final int to;

		final AtomicInteger next;

		final long[] ids;

		final long[] latencyNs;

		final int[] status;

		final boolean[] retried;

		final AtomicInteger acknowledged = new AtomicInteger();

		final AtomicLong failedAttempts = new AtomicLong();

		final AtomicLong serverErrors = new AtomicLong();

		Phase(String name, int from, int to) {
			this.name = name;
			this.from = from;
			this.to = to;
			this.next = new AtomicInteger(from);
			this.ids = new long[to - from];
			this.latencyNs = new long[to - from];
			this.status = new int[to - from];
			this.retried = new boolean[to - from];
		}

		int size() {
			return to - from;
		}

	}

	/** Latency figures in ms (nearest rank). */
	record Latencies(double p50, double p99, double max) {

		static Latencies of(long[] ns, int count) {
			long[] sorted = Arrays.copyOf(ns, count);
			Arrays.sort(sorted);
			return new Latencies(rank(sorted, 0.50), rank(sorted, 0.99), sorted[count - 1] / 1e6);
		}

		static double rank(long[] sorted, double q) {
			int i = (int) Math.ceil(q * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
		}

	}

	static final class Run {

		final Settings s;

		final Path dir;

		final App app;

		final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();

		final String runId = Long.toString(System.currentTimeMillis(), 36);

		String token;

		Run(Settings s, Path dir) throws IOException {
			this.s = s;
			this.dir = dir;
			this.app = new App(s, dir);
		}

		String key(int i) {
			return "bench-" + runId + "-" + i;
		}

		byte[] body(int i) {
			ObjectNode b = JSON.createObjectNode();
			b.put("category", CATEGORIES[i % CATEGORIES.length]);
			b.put("description", "基准测试诉求第 " + i + " 件：厂区供电线路需要改造，请协调相关部门尽快答复。");
			b.put("divisionCode", DIVISIONS[i % DIVISIONS.length]);
			b.putArray("coDivisions");
			return b.toString().getBytes(StandardCharsets.UTF_8);
		}

		void run() throws Exception {
			long startMs = app.start("1h", client);
			System.out.printf(Locale.ROOT, "application started (pid %d, port %d) in %d ms on %s%n", app.pid(),
					app.port, startMs, s.url());
			try {
				runStarted();
			}
			catch (Exception | Error e) {
				System.err.println("application log " + app.log() + ":\n" + app.tail());
				throw e;
			}
			finally {
				app.stop();
			}
		}

		void runStarted() throws Exception {
			setUpEnterprise();
			int next = 0;
			Phase warmup = new Phase("warm-up", next, next += s.warmup());
			send(warmup);
			System.out.printf(Locale.ROOT, "warm-up: %d submissions%n", warmup.size());

			// measurement: rounds of ours, each followed by a round of the baseline
			Phase measured = new Phase("measured", next, next += s.n());
			Map<String, Long> perTable = rowsPerSubmission();
			Baseline baseline = null;
			long oursNs = 0;
			long baseNs = 0;
			long[] baseLatencies = new long[s.n()];
			int baseDone = 0;
			for (int r = 0; r < s.rounds(); r++) {
				int size = s.n() / s.rounds() + (r < s.n() % s.rounds() ? 1 : 0);
				int end = measured.next.get() + size;
				long t0 = System.nanoTime();
				send(measured, end);
				oursNs += System.nanoTime() - t0;
				if (baseline == null) {
					baseline = new Baseline(s, measured.ids[0]);
				}
				long t1 = System.nanoTime();
				baseline.insert(baseDone, baseDone + size, baseLatencies);
				baseNs += System.nanoTime() - t1;
				baseDone += size;
			}
			long baselineRows = baseline.delete();
			Latencies ours = Latencies.of(measured.latencyNs, measured.size());
			Latencies base = Latencies.of(baseLatencies, baseDone);
			double oursPerS = s.n() / (oursNs / 1e9);
			double basePerS = s.n() / (baseNs / 1e9);
			System.out.printf(Locale.ROOT,
					"REST: %d submissions, %d senders: %.0f submissions/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
					s.n(), s.senders(), oursPerS, ours.p50(), ours.p99(), ours.max());
			System.out.printf(Locale.ROOT,
					"baseline, plain JDBC inserts of the same rows (%s), %d threads: %.0f submissions/s, p50 %.1f ms,"
							+ " p99 %.1f ms (%d rows, deleted again)%n",
					perTable, s.senders(), basePerS, base.p50(), base.p99(), baselineRows);

			// timers due while the application cannot poll
			List<Long> due = new ArrayList<>();
			for (int i = 0; i < s.timers(); i++) {
				due.add(measured.ids[i]);
			}
			int madeDue = makeEscalationsDue(due);

			// kill and restart mid-load
			Phase kill = new Phase("kill", next, next += s.kill());
			long[] killedAt = new long[1];
			long[] readyAt = new long[1];
			int[] exit = new int[1];
			long[] restartMs = new long[1];
			int killAfter = s.kill() / 2;
			ExecutorService killer = Executors.newSingleThreadExecutor();
			Future<?> killing = killer.submit(() -> {
				while (kill.acknowledged.get() < killAfter) {
					Thread.sleep(1);
				}
				killedAt[0] = System.nanoTime();
				exit[0] = app.kill();
				restartMs[0] = app.start("1s", client);
				readyAt[0] = System.nanoTime();
				return null;
			});
			long k0 = System.nanoTime();
			send(kill);
			long killNs = System.nanoTime() - k0;
			killing.get();
			killer.shutdown();
			int replays = 0;
			int retried = 0;
			for (int i = 0; i < kill.size(); i++) {
				if (kill.retried[i]) {
					retried++;
					if (kill.status[i] == 200) {
						replays++;
					}
				}
			}
			System.out.printf(Locale.ROOT,
					"kill: SIGKILL (exit %d) after %d of %d submissions acknowledged; restarted in %d ms"
							+ " (down %d ms); %d submissions retried after failed attempts (%d attempts failed),"
							+ " %d of them answered 200 with the appeal committed before the kill; %.0f submissions/s"
							+ " over the phase%n",
					exit[0], killAfter, kill.size(), restartMs[0], (readyAt[0] - killedAt[0]) / 1_000_000, retried,
					kill.failedAttempts.get(), replays, kill.size() / (killNs / 1e9));

			// after the restart: nothing lost, nothing twice, the due timers fired once
			Check check = check(List.of(warmup, measured, kill));
			Timers timers = timers(due, madeDue);
			boolean ok = check.lost() == 0 && check.duplicates() == 0 && check.unacknowledgedRows() == 0
					&& check.auditExactlyOnce() && timers.exactlyOnce();
			System.out.printf(Locale.ROOT,
					"after restart: %d acknowledged, %d lost, %d keys with more than one appeal, %d appeals never"
							+ " acknowledged, appeal.file audit exactly once: %s%n",
					check.acknowledged(), check.lost(), check.duplicates(), check.unacknowledgedRows(),
					check.auditExactlyOnce());
			System.out.printf(Locale.ROOT,
					"timers: %d escalation timers due at the SIGKILL; after restart: %d notices on %d appeals, %d audit"
							+ " entries, %d escalated (%d others), %d still due, %d ms after the restart -> %s%n",
					timers.due(), timers.notices(), timers.distinct(), timers.audits(), timers.escalated(),
					timers.escalatedOthers(), timers.stillDue(), timers.firedMs(readyAt[0]),
					timers.exactlyOnce() ? "OK" : "FAILED");
			System.out.println(ok ? "OK" : "FAILED");

			Map<String, Object> out = new LinkedHashMap<>();
			out.put("benchmark", "appeals");
			out.put("database", check.database());
			out.put("submissions", s.n());
			out.put("senders", s.senders());
			out.put("submissions_per_s", round(oursPerS));
			out.put("p50_ms", round(ours.p50()));
			out.put("p99_ms", round(ours.p99()));
			out.put("max_ms", round(ours.max()));
			out.put("acknowledged", check.acknowledged());
			out.put("lost", check.lost());
			out.put("duplicates", check.duplicates());
			Map<String, Object> b = new LinkedHashMap<>();
			b.put("what", "plain JDBC inserts of the rows one REST submission makes (" + perTable
					+ "), one transaction per submission, same thread count, same database, same run");
			b.put("submissions_per_s", round(basePerS));
			b.put("p50_ms", round(base.p50()));
			b.put("p99_ms", round(base.p99()));
			out.put("baseline", b);
			out.put("ratio", Math.round((double) baseNs / oursNs * 1000) / 1000.0);
			Map<String, Object> k = new LinkedHashMap<>();
			k.put("submissions", kill.size());
			k.put("killed_after_acknowledged", killAfter);
			k.put("exit_code", exit[0]);
			k.put("restart_ms", restartMs[0]);
			k.put("down_ms", (readyAt[0] - killedAt[0]) / 1_000_000);
			k.put("retried", retried);
			k.put("failed_attempts", kill.failedAttempts.get());
			k.put("answered_200_on_retry", replays);
			k.put("submissions_per_s_with_restart", round(kill.size() / (killNs / 1e9)));
			out.put("kill", k);
			Map<String, Object> t = new LinkedHashMap<>();
			t.put("due_at_kill", timers.due());
			t.put("notices", timers.notices());
			t.put("distinct_appeals", timers.distinct());
			t.put("audit_entries", timers.audits());
			t.put("escalated", timers.escalated());
			t.put("escalated_others", timers.escalatedOthers());
			t.put("still_due", timers.stillDue());
			t.put("fired_ms_after_restart", timers.firedMs(readyAt[0]));
			t.put("exactly_once", timers.exactlyOnce());
			out.put("timers", t);
			out.put("goal",
					Map.of("submissions_per_s", 1000, "p99_ms", 50, "met", oursPerS >= 1000 && ours.p99() <= 50));
			out.put("ok", ok);
			System.out.println(JSON.writeValueAsString(out));
		}

		static double round(double v) {
			return Math.round(v * 10) / 10.0;
		}

		/** As the administrator: an enterprise and its account; a token for it. */
		void setUpEnterprise() throws Exception {
			String admin = token("admin", app.adminPassword);
			Random random = new Random();
			String uscc = TestData.validUscc(random, "210106");
			ObjectNode e = JSON.createObjectNode();
			e.put("uscc", uscc);
			e.put("name", "基准测试诉求有限公司" + TestData.uniqueWord(random));
			e.put("divisionCode", "210106");
			e.put("industryCode", "3311");
			e.put("scale", "BELOW");
			e.put("employees", 50);
			e.put("status", "ACTIVE");
			e.putArray("qualifications");
			post("/api/v1/enterprises", admin, e, 201);
			String username = "bench-" + uscc.toLowerCase(Locale.ROOT);
			String password = "bench-password-" + Long.toHexString(random.nextLong());
			ObjectNode a = JSON.createObjectNode();
			a.put("username", username);
			a.put("password", password);
			a.put("role", "ENTERPRISE");
			a.put("uscc", uscc);
			post("/api/v1/accounts", admin, a, 201);
			token = token(username, password);
		}

		String token(String username, String password) throws Exception {
			ObjectNode c = JSON.createObjectNode();
			c.put("username", username);
			c.put("password", password);
			return post("/api/v1/auth/token", null, c, 200).get("token").asText();
		}

		JsonNode post(String path, String bearer, JsonNode body, int expected) throws Exception {
			HttpRequest.Builder rb = HttpRequest.newBuilder(app.uri(path))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
			if (bearer != null) {
				rb.header("Authorization", "Bearer " + bearer);
			}
			HttpResponse<String> r = client.send(rb.build(), HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() != expected) {
				throw new IllegalStateException("POST " + path + ": HTTP " + r.statusCode() + " " + r.body());
			}
			return JSON.readTree(r.body());
		}

		void send(Phase phase) throws Exception {
			send(phase, phase.to);
		}

		/** Sends the phase's submissions up to index {@code end} with the senders. */
		void send(Phase phase, int end) throws Exception {
			ExecutorService senders = Executors.newFixedThreadPool(s.senders());
			try {
				List<Future<?>> running = new ArrayList<>();
				for (int t = 0; t < s.senders(); t++) {
					running.add(senders.submit(() -> {
						int i;
						while ((i = claim(phase, end)) >= 0) {
							submit(phase, i);
						}
						return null;
					}));
				}
				for (Future<?> f : running) {
					f.get();
				}
			}
			finally {
				senders.shutdownNow();
			}
		}

		static int claim(Phase phase, int end) {
			while (true) {
				int i = phase.next.get();
				if (i >= end) {
					return -1;
				}
				if (phase.next.compareAndSet(i, i + 1)) {
					return i;
				}
			}
		}

		/**
		 * One submission, retried with the same key until it is answered with 2xx; the
		 * latency recorded is that of the answered attempt.
		 */
		void submit(Phase phase, int i) throws Exception {
			byte[] body = body(i);
			HttpRequest request = HttpRequest.newBuilder(app.uri("/api/v1/appeals"))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + token)
				.header("Idempotency-Key", key(i))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
			long deadline = System.nanoTime() + RETRY_FOR.toNanos();
			int j = i - phase.from;
			while (true) {
				long t0 = System.nanoTime();
				try {
					HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
					long ns = System.nanoTime() - t0;
					int code = r.statusCode();
					if (code == 200 || code == 201) {
						phase.ids[j] = JSON.readTree(r.body()).get("id").asLong();
						phase.latencyNs[j] = ns;
						phase.status[j] = code;
						phase.acknowledged.incrementAndGet();
						return;
					}
					if (code < 500) {
						throw new IllegalStateException("submission " + key(i) + ": HTTP " + code + " "
								+ new String(r.body(), StandardCharsets.UTF_8));
					}
					phase.serverErrors.incrementAndGet();
				}
				catch (IOException e) {
					// the application is down (or was killed while answering): retry
				}
				phase.failedAttempts.incrementAndGet();
				phase.retried[j] = true;
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("submission " + key(i) + " unanswered for " + RETRY_FOR);
				}
				Thread.sleep(50);
			}
		}

		/**
		 * Rows per submission in each table that grew during the warm-up (what the
		 * baseline must insert).
		 */
		Map<String, Long> rowsPerSubmission() throws SQLException {
			Map<String, Long> rows = new LinkedHashMap<>();
			try (Connection c = s.connect(); Statement st = c.createStatement()) {
				List<String> tables = new ArrayList<>();
				try (ResultSet rs = st.executeQuery("select table_name from information_schema.tables where"
						+ " table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
					while (rs.next()) {
						tables.add(rs.getString(1));
					}
				}
				// the warm-up's appeals, counted in each table that refers to them
				String keys = "(select id from appeal where idempotency_key like '" + "bench-" + runId + "-%')";
				rows.put("appeal", count(st, "select count(*) from appeal where id in " + keys));
				rows.put("appeal_history", count(st, "select count(*) from appeal_history where appeal_id in " + keys));
				rows.put("appeal_co_handler",
						count(st, "select count(*) from appeal_co_handler where appeal_id in " + keys));
				rows.put("audit_event", count(st, "select count(*) from audit_event where entity_type = 'appeal' and"
						+ " entity_id in (select cast(id as varchar) from appeal where idempotency_key like 'bench-"
						+ runId + "-%')"));
				rows.put("scheduled_tasks", count(st, "select count(*) from scheduled_tasks where task_name = '"
						+ ClockTimer.TASK + "' and cast(split_part(task_instance, ':', 1) as bigint) in " + keys));
				long n = rows.get("appeal");
				Map<String, Long> per = new LinkedHashMap<>();
				rows.forEach((t, v) -> {
					if (v > 0) {
						per.put(t, Math.round((double) v / n));
					}
				});
				if (!tables.containsAll(per.keySet())) {
					throw new IllegalStateException("tables " + tables);
				}
				return per;
			}
		}

		static long count(Statement st, String sql) throws SQLException {
			try (ResultSet rs = st.executeQuery(sql)) {
				rs.next();
				return rs.getLong(1);
			}
		}

		int makeEscalationsDue(List<Long> ids) throws SQLException {
			int n = 0;
			try (Connection c = s.connect();
					PreparedStatement ps = c.prepareStatement("update scheduled_tasks set execution_time = now() -"
							+ " interval '1 hour', version = version + 1 where task_name = ? and task_instance like ?"
							+ " and picked = false")) {
				for (long id : ids) {
					ps.setString(1, ClockTimer.TASK);
					ps.setString(2, id + ":%:ESCALATION");
					n += ps.executeUpdate();
				}
			}
			if (n != ids.size()) {
				throw new IllegalStateException(n + " escalation timers for " + ids.size() + " appeals");
			}
			return n;
		}

		record Check(String database, int acknowledged, int lost, long duplicates, long unacknowledgedRows,
				boolean auditExactlyOnce) {
		}

		Check check(List<Phase> phases) throws SQLException {
			Map<String, List<Long>> stored = new HashMap<>();
			String database;
			long audits;
			long auditedAppeals;
			try (Connection c = s.connect(); Statement st = c.createStatement()) {
				try (ResultSet rs = st.executeQuery("select version()")) {
					rs.next();
					database = rs.getString(1).replaceAll(" on .*", "");
				}
				try (ResultSet rs = st.executeQuery(
						"select idempotency_key, id from appeal where idempotency_key like 'bench-" + runId + "-%'")) {
					while (rs.next()) {
						stored.computeIfAbsent(rs.getString(1), x -> new ArrayList<>()).add(rs.getLong(2));
					}
				}
				String appeals = "(select cast(id as varchar) from appeal where idempotency_key like 'bench-" + runId
						+ "-%')";
				audits = count(st, "select count(*) from audit_event where entity_type = 'appeal' and action ="
						+ " 'appeal.file' and entity_id in " + appeals);
				auditedAppeals = count(st, "select count(distinct entity_id) from audit_event where entity_type ="
						+ " 'appeal' and action = 'appeal.file' and entity_id in " + appeals);
			}
			int acknowledged = 0;
			int lost = 0;
			java.util.Set<String> acked = new java.util.HashSet<>();
			for (Phase p : phases) {
				for (int j = 0; j < p.size(); j++) {
					if (p.status[j] == 0) {
						continue;
					}
					acknowledged++;
					String key = key(p.from + j);
					acked.add(key);
					List<Long> ids = stored.get(key);
					if (ids == null || !ids.contains(p.ids[j])) {
						lost++;
					}
				}
			}
			long duplicates = stored.values().stream().filter(v -> v.size() > 1).count();
			long unacknowledged = stored.keySet().stream().filter(k -> !acked.contains(k)).count();
			long rows = stored.values().stream().mapToLong(List::size).sum();
			return new Check(database, acknowledged, lost, duplicates, unacknowledged,
					audits == rows && auditedAppeals == rows);
		}

		record Timers(int due, long notices, long distinct, long audits, long escalated, long escalatedOthers,
				long stillDue, long firedAt) {

			boolean exactlyOnce() {
				return notices == due && distinct == due && audits == due && escalated == due && escalatedOthers == 0
						&& stillDue == 0;
			}

			long firedMs(long readyAt) {
				return Math.max(0, (firedAt - readyAt) / 1_000_000);
			}

		}

		/** Waits until the due timers have fired (up to three minutes), then counts. */
		Timers timers(List<Long> due, int madeDue) throws Exception {
			String ids = due.stream().map(String::valueOf).collect(Collectors.joining(","));
			String quoted = due.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
			try (Connection c = s.connect(); Statement st = c.createStatement()) {
				String notices = "select count(*) from appeal_notice where kind = 'ESCALATION' and appeal_id in (" + ids
						+ ")";
				long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
				while (count(st, notices) < madeDue && System.nanoTime() < deadline) {
					Thread.sleep(100);
				}
				long firedAt = System.nanoTime();
				Thread.sleep(3000); // a timer firing twice would show up within the next
									// polls
				return new Timers(madeDue, count(st, notices),
						count(st,
								"select count(distinct appeal_id) from appeal_notice where kind = 'ESCALATION' and"
										+ " appeal_id in (" + ids + ")"),
						count(st,
								"select count(*) from audit_event where action = 'appeal.escalate' and entity_type ="
										+ " 'appeal' and entity_id in (" + quoted + ")"),
						count(st, "select count(*) from appeal where escalated = true and id in (" + ids + ")"),
						count(st, "select count(*) from appeal where escalated = true and id not in (" + ids + ")"),
						count(st,
								"select count(*) from scheduled_tasks where task_name = '" + ClockTimer.TASK
										+ "' and task_instance like '%:ESCALATION' and execution_time < now() and"
										+ " cast(split_part(task_instance, ':', 1) as bigint) in (" + ids + ")"),
						firedAt);
			}
		}

	}

	/**
	 * The baseline: plain JDBC inserts of the rows one REST submission makes, copied from
	 * a template appeal with new ids, one transaction per submission.
	 */
	static final class Baseline {

		final Settings s;

		final long template;

		final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

		Baseline(Settings s, long template) throws SQLException {
			this.s = s;
			this.template = template;
			try (Connection c = s.connect()) {
				rows.put("appeal", read(c, "select * from appeal where id = ?", template));
				rows.put("appeal_history", read(c, "select * from appeal_history where appeal_id = ?", template));
				rows.put("appeal_co_handler", read(c, "select * from appeal_co_handler where appeal_id = ?", template));
				rows.put("audit_event", read(c,
						"select * from audit_event where entity_type = 'appeal' and entity_id = cast(? as varchar)",
						template));
				rows.put("scheduled_tasks", read(c, "select * from scheduled_tasks where task_name = '"
						+ ClockTimer.TASK + "' and cast(split_part(task_instance, ':', 1) as bigint) = ?", template));
			}
		}

		static List<Map<String, Object>> read(Connection c, String sql, long id) throws SQLException {
			List<Map<String, Object>> out = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				ps.setLong(1, id);
				try (ResultSet rs = ps.executeQuery()) {
					ResultSetMetaData md = rs.getMetaData();
					while (rs.next()) {
						Map<String, Object> row = new LinkedHashMap<>();
						for (int i = 1; i <= md.getColumnCount(); i++) {
							row.put(md.getColumnName(i), rs.getObject(i));
						}
						out.add(row);
					}
				}
			}
			return out;
		}

		/** Inserts submissions {@code [from, to)} with the senders' thread count. */
		void insert(int from, int to, long[] latencies) throws Exception {
			AtomicInteger next = new AtomicInteger(from);
			ExecutorService pool = Executors.newFixedThreadPool(s.senders());
			try {
				List<Future<?>> running = new ArrayList<>();
				for (int t = 0; t < s.senders(); t++) {
					running.add(pool.submit(() -> {
						try (Connection c = s.connect()) {
							c.setAutoCommit(false);
							Map<String, PreparedStatement> statements = new HashMap<>();
							for (var e : rows.entrySet()) {
								if (!e.getValue().isEmpty()) {
									statements.put(e.getKey(),
											c.prepareStatement(insertSql(e.getKey(), e.getValue().get(0).keySet())));
								}
							}
							int i;
							while ((i = next.getAndIncrement()) < to) {
								long t0 = System.nanoTime();
								one(i, statements);
								c.commit();
								latencies[i] = System.nanoTime() - t0;
							}
						}
						return null;
					}));
				}
				for (Future<?> f : running) {
					f.get();
				}
			}
			finally {
				pool.shutdownNow();
			}
		}

		static String insertSql(String table, java.util.Set<String> columns) {
			return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
					+ columns.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")";
		}

		void one(int i, Map<String, PreparedStatement> statements) throws SQLException {
			long appeal = BASE_ID + i;
			int row = 0;
			for (var e : rows.entrySet()) {
				PreparedStatement ps = statements.get(e.getKey());
				for (Map<String, Object> r : e.getValue()) {
					int p = 1;
					for (var col : r.entrySet()) {
						Object v = switch (e.getKey() + "." + col.getKey()) {
							case "appeal.id", "appeal_history.appeal_id", "appeal_co_handler.appeal_id" -> appeal;
							case "appeal.idempotency_key" -> "baseline-" + i;
							case "appeal.description" -> "基准测试诉求第 " + i + " 件：厂区供电线路需要改造，请协调相关部门尽快答复。";
							case "appeal_history.id", "audit_event.id" -> BASE_ID + i * 16L + row++;
							case "audit_event.entity_id" -> Long.toString(appeal);
							case "scheduled_tasks.task_instance" ->
								appeal + ((String) col.getValue()).substring(Long.toString(template).length());
							default -> col.getValue();
						};
						ps.setObject(p++, v);
					}
					ps.executeUpdate();
				}
			}
		}

		/** Deletes the baseline's rows; how many. */
		long delete() throws SQLException {
			try (Connection c = s.connect(); Statement st = c.createStatement()) {
				long n = st.executeUpdate("delete from scheduled_tasks where task_name = '" + ClockTimer.TASK
						+ "' and cast(split_part(task_instance, ':', 1) as bigint) >= " + BASE_ID);
				n += st.executeUpdate("delete from audit_event where id >= " + BASE_ID);
				n += st.executeUpdate("delete from appeal_history where appeal_id >= " + BASE_ID);
				n += st.executeUpdate("delete from appeal_co_handler where appeal_id >= " + BASE_ID);
				n += st.executeUpdate("delete from appeal where id >= " + BASE_ID);
				return n;
			}
		}

	}

}
