package cn.lianshang.policy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import cn.lianshang.LianshangApplication;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.Industries;
import cn.lianshang.enterprise.IndustryClass;
import cn.lianshang.enterprise.QualificationView;
import cn.lianshang.enterprise.RevenueBand;
import cn.lianshang.policy.model.Clause;
import cn.lianshang.policy.model.CompanySize;
import cn.lianshang.policy.model.Eligibility;
import cn.lianshang.policy.model.EnterpriseFacts;
import cn.lianshang.policy.model.FactColumns;
import cn.lianshang.policy.model.Outcome;
import cn.lianshang.policy.model.RevenueRange;
import cn.lianshang.policy.model.SmartManufacturing;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * {@code bench/run policy [N]}: N generated enterprises' facts (default 1,340,000; real
 * divisions, GB/T 4754 classes and qualification codes from the platform's reference
 * data; about 5% of each registry fact missing, the facts the registry does not hold
 * known for a third) × the demo policies (the files of {@code DemoPolicies.RESOURCES}).
 * <p>
 * Ours: {@link FactColumns} — dictionary-encoded fact columns, a pass and an unknown
 * bitset per leaf, the tree combined by AND / OR / ANDNOT — over all N enterprises, the
 * policies spread over the available cores; best of three rounds, each with the leaf
 * cache empty. Baseline: {@link Eligibility} row by row (with traces, as the push run
 * used to) on the first {@code min(N, 100000)} enterprises, extrapolated linearly to N
 * when N is larger ({@code baseline_sample} and {@code baseline_extrapolated} say so).
 * The eligible / ineligible / unknown counts of every policy on that sample must be equal
 * (else the run fails). Then one enterprise's re-evaluation after a registry change:
 * 1,000 enterprises get new facts, each {@link FactColumns#update} plus its push decision
 * under every policy ({@link PushingPolicy#decide}, as {@code pushEnterprise} makes it,
 * the trees parsed before: {@code ClauseJson} keeps parsed trees; the database reads of
 * {@code pushEnterprise} are not part of it); p50/p99/max, and the updated enterprises
 * checked against a fresh columnar evaluation. Also timed for the same enterprises: every
 * policy's full evaluation with its trace (what the calculator shows), as
 * {@code traces_ms}, in a loop of its own (each loop after a {@code System.gc()}). Last
 * line one JSON object.
 */
public final class PolicyBenchmark {

	static final LocalDate ON = LocalDate.of(2026, 6, 1);

	static final int ROUNDS = 3;

	static final int SAMPLE = 100_000;

	static final int UPDATES = 1_000;

	private PolicyBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_340_000;
		Path dir = Files.createTempDirectory("lianshang-bench-policy-");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LianshangApplication.class)
			.logStartupInfo(false)
			.run("--spring.config.location=classpath:/application.yml", "--server.port=0",
					"--lianshang.data-dir=" + dir, "--lianshang.demo.enabled=false",
					"--LIANSHANG_ADMIN_PASSWORD=bench-" + System.nanoTime(), "--logging.level.root=WARN",
					"--logging.level.cn.lianshang=WARN");
		Generator generator;
		List<Clause> policies;
		boolean[] automatic;
		try {
			generator = new Generator(context, new Random(20261122));
			ClauseJson json = new ClauseJson();
			List<PolicyDraft> drafts = DemoPolicies.read(json.mapper());
			policies = drafts.stream().map(d -> json.parse(d.eligibility(), "eligibility").clause()).toList();
			automatic = new boolean[drafts.size()];
			for (int p = 0; p < automatic.length; p++) {
				automatic[p] = drafts.get(p).howToClaim() == HowToClaim.AUTOMATIC;
			}
		}
		finally {
			context.close();
			FileSystemUtils.deleteRecursively(dir);
		}
		run(n, generator, policies, automatic);
	}

	static void run(int n, Generator generator, List<Clause> policies, boolean[] automatic) {
		int sampleSize = Math.min(n, SAMPLE);
		List<EnterpriseFacts> sample = new ArrayList<>(sampleSize);
		long b0 = System.nanoTime();
		FactColumns columns = FactColumns.withCapacity(n);
		for (int i = 0; i < n; i++) {
			EnterpriseFacts f = generator.next();
			columns.add(f);
			if (i < sampleSize) {
				sample.add(f);
			}
		}
		double buildSeconds = (System.nanoTime() - b0) / 1e9;

		// warm-up of both paths on a small slice
		FactColumns warm = FactColumns.of(sample.subList(0, Math.min(sampleSize, 20_000)));
		ours(warm, policies);
		baseline(sample.subList(0, Math.min(sampleSize, 5_000)), policies);

		long oursNs = Long.MAX_VALUE;
		long[][] o = null;
		for (int round = 0; round < ROUNDS; round++) {
			columns.clearCache();
			long t0 = System.nanoTime();
			FactColumns.Result[] results = ours(columns, policies);
			oursNs = Math.min(oursNs, System.nanoTime() - t0);
			o = counts(results, sampleSize);
		}
		long t1 = System.nanoTime();
		long[][] b = baseline(sample, policies);
		double baseSampleSeconds = (System.nanoTime() - t1) / 1e9;
		long eligible = 0;
		long unknown = 0;
		for (int p = 0; p < policies.size(); p++) {
			for (int k = 0; k < 3; k++) {
				if (o[k][p] != b[k][p]) {
					throw new IllegalStateException("policy " + (p + 1) + " differs on the sample: ours "
							+ Arrays.toString(new long[] { o[0][p], o[1][p], o[2][p] }) + ", baseline "
							+ Arrays.toString(new long[] { b[0][p], b[1][p], b[2][p] }));
				}
			}
			eligible += o[3][p];
			unknown += o[5][p];
			System.out.printf(Locale.ROOT, "policy %3d: %8d eligible %8d ineligible %8d unknown (all %d)%n", p + 1,
					o[3][p], o[4][p], o[5][p], n);
		}

		// one enterprise's re-evaluation after a registry change
		Random r = new Random(7);
		long[] updateNs = new long[UPDATES];
		long[] traceNs = new long[UPDATES];
		int[] rows = new int[UPDATES];
		EnterpriseFacts[] updated = new EnterpriseFacts[UPDATES];
		long due = 0;
		long traced = 0;
		int count = policies.size();
		for (int u = 0; u < UPDATES; u++) {
			rows[u] = r.nextInt(n);
			updated[u] = generator.next();
		}
		// warm-up (compilation) of the same code on other facts and rows, before the
		// measured updates
		for (int u = 0; u < UPDATES; u++) {
			EnterpriseFacts other = generator.next();
			columns.update(r.nextInt(n), other);
			for (int p = 0; p < count; p++) {
				due += PushingPolicy.decide(policies.get(p), automatic[p], other, ON).isPresent() ? 1 : 0;
				traced += Eligibility.evaluate(policies.get(p), other, ON).trace().size();
			}
		}
		due = 0;
		traced = 0;
		// the two timings in separate loops, each after a collection, so that the
		// traces' garbage does not land in the re-evaluations
		System.gc();
		for (int u = 0; u < UPDATES; u++) {
			long u0 = System.nanoTime();
			columns.update(rows[u], updated[u]);
			for (int p = 0; p < count; p++) {
				if (PushingPolicy.decide(policies.get(p), automatic[p], updated[u], ON).isPresent()) {
					due++;
				}
			}
			updateNs[u] = System.nanoTime() - u0;
		}
		System.gc();
		for (int u = 0; u < UPDATES; u++) {
			long t0 = System.nanoTime();
			for (Clause policy : policies) {
				traced += Eligibility.evaluate(policy, updated[u], ON).trace().size();
			}
			traceNs[u] = System.nanoTime() - t0;
		}
		FactColumns.Result[] after = ours(columns, policies);
		for (int u = 0; u < UPDATES; u++) {
			for (int p = 0; p < policies.size(); p++) {
				Outcome expected = Eligibility.evaluate(policies.get(p), updated[u], ON).outcome();
				if (after[p].eligible().get(rows[u]) != (expected == Outcome.PASS)
						|| after[p].unknown().get(rows[u]) != (expected == Outcome.UNKNOWN)) {
					boolean later = false;
					for (int v = u + 1; v < UPDATES; v++) {
						later |= rows[v] == rows[u];
					}
					if (!later) {
						throw new IllegalStateException(
								"updated enterprise " + rows[u] + " differs under policy " + (p + 1));
					}
				}
			}
		}
		Arrays.sort(updateNs);
		Arrays.sort(traceNs);

		System.gc();
		long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
		double seconds = oursNs / 1e9;
		double baselineSeconds = baseSampleSeconds * n / sampleSize;
		long pairs = (long) n * policies.size();
		System.out.printf(Locale.ROOT,
				"%d enterprises × %d policies on %d cores: columns built in %.2f s, evaluated in %.3f s | baseline %.2f s on %d (%s)%n",
				n, policies.size(), Runtime.getRuntime().availableProcessors(), buildSeconds, seconds,
				baseSampleSeconds, sampleSize, sampleSize < n ? "extrapolated to " + n : "measured on all");
		System.out.printf(Locale.ROOT,
				"{\"benchmark\":\"policy\",\"size\":%d,\"policies\":%d,\"pairs\":%d,\"cores\":%d,\"seconds\":%.3f,"
						+ "\"evals_per_s\":%.0f,\"build_seconds\":%.2f,\"heap_mb\":%d,\"columns_mb\":%d,\"eligible\":%d,"
						+ "\"unknown\":%d,\"baseline_seconds\":%.2f,\"baseline_sample\":%d,\"baseline_sample_seconds\":%.2f,"
						+ "\"baseline_extrapolated\":%b,\"baseline\":\"Eligibility.evaluate row by row with traces\","
						+ "\"same_counts_on_sample\":true,\"reevaluation_ms\":{\"p50\":%.3f,\"p99\":%.3f,\"max\":%.3f,"
						+ "\"updates\":%d,\"pushes_due\":%d,\"what\":\"FactColumns.update + PushingPolicy.decide under every policy\"},"
						+ "\"traces_ms\":{\"p50\":%.3f,\"p99\":%.3f,\"trace_entries\":%d},\"rounds\":%d,\"ratio\":%.1f}%n",
				n, policies.size(), pairs, Runtime.getRuntime().availableProcessors(), seconds, pairs / seconds,
				buildSeconds, heap >> 20, columns.bytes() >> 20, eligible, unknown, baselineSeconds, sampleSize,
				baseSampleSeconds, sampleSize < n, updateNs[UPDATES / 2] / 1e6, updateNs[UPDATES * 99 / 100] / 1e6,
				updateNs[UPDATES - 1] / 1e6, UPDATES, due, traceNs[UPDATES / 2] / 1e6,
				traceNs[UPDATES * 99 / 100] / 1e6, traced, ROUNDS, baselineSeconds / seconds);
	}

	/** Every policy over the columns, the policies spread over the cores. */
	static FactColumns.Result[] ours(FactColumns columns, List<Clause> policies) {
		return policies.parallelStream().map(p -> columns.evaluate(p, ON)).toArray(FactColumns.Result[]::new);
	}

	/**
	 * Rows 0–2: eligible / ineligible / unknown among the first {@code sample}
	 * enterprises; rows 3–5: among all.
	 */
	static long[][] counts(FactColumns.Result[] results, int sample) {
		long[][] c = new long[6][results.length];
		for (int p = 0; p < results.length; p++) {
			FactColumns.Result x = results[p];
			c[0][p] = x.eligible().get(0, sample).cardinality();
			c[1][p] = x.ineligible().get(0, sample).cardinality();
			c[2][p] = x.unknown().get(0, sample).cardinality();
			c[3][p] = x.eligible().cardinality();
			c[4][p] = x.ineligible().cardinality();
			c[5][p] = x.unknown().cardinality();
		}
		return c;
	}

	/** Eligible / ineligible / unknown counts, one enterprise × policy at a time. */
	static long[][] baseline(List<EnterpriseFacts> facts, List<Clause> policies) {
		long[][] c = new long[3][policies.size()];
		for (int p = 0; p < policies.size(); p++) {
			Clause clause = policies.get(p);
			for (EnterpriseFacts f : facts) {
				Outcome outcome = Eligibility.evaluate(clause, f, ON).outcome();
				c[outcome == Outcome.PASS ? 0 : outcome == Outcome.FAIL ? 1 : 2][p]++;
			}
		}
		return c;
	}

	/**
	 * Registry-like facts over the platform's divisions, industry classes and
	 * qualifications, one enterprise at a time.
	 */
	static final class Generator {

		private final List<String> divisions;

		private final List<String> classes;

		private final List<String> qualifications;

		private final Random r;

		private final RevenueBand[] bands = RevenueBand.values();

		private final BigDecimal[] rdShares = new BigDecimal[100];

		Generator(ConfigurableApplicationContext context, Random r) {
			this.r = r;
			divisions = context.getBean(Regions.class)
				.all()
				.stream()
				.filter(x -> x.level() == Region.Level.COUNTY || x.level() == Region.Level.TOWNSHIP
						|| x.level() == Region.Level.ZONE)
				.map(Region::path)
				.toList();
			classes = context.getBean(Industries.class)
				.all()
				.stream()
				.filter(c -> c.level() == IndustryClass.Level.CLASS)
				.map(IndustryClass::path)
				.toList();
			qualifications = context.getBean(EnterpriseRegistry.class)
				.qualifications()
				.stream()
				.map(QualificationView::code)
				.toList();
			for (int i = 0; i < rdShares.length; i++) {
				rdShares[i] = BigDecimal.valueOf(i, 1);
			}
		}

		EnterpriseFacts next() {
			Set<String> held = new HashSet<>();
			for (String q : qualifications) {
				if (r.nextInt(12) == 0) {
					held.add(q);
				}
			}
			RevenueBand band = bands[r.nextInt(bands.length)];
			EnterpriseFacts f = new EnterpriseFacts(missing(r) ? null : divisions.get(r.nextInt(divisions.size())),
					missing(r) ? null : classes.get(r.nextInt(classes.size())),
					missing(r) ? null : r.nextInt(6) == 0 ? CompanySize.ABOVE : CompanySize.BELOW,
					missing(r) ? null : r.nextInt(800),
					missing(r) ? null : new RevenueRange(band.fromWan(), band.toWan()),
					missing(r) ? null : ON.minusDays(r.nextInt(40 * 365)), missing(r) ? null : held, null, null, null,
					null, null);
			if (r.nextInt(3) == 0) {
				f = f.withSeriousDishonesty(r.nextInt(20) == 0)
					.withRdSharePercent(rdShares[r.nextInt(rdShares.length)])
					.withGraduateHires(r.nextInt(5))
					.withFirstSet(r.nextInt(10) == 0)
					.withSmartManufacturing(SmartManufacturing.values()[r.nextInt(SmartManufacturing.values().length)]);
			}
			return f;
		}

	}

	private static boolean missing(Random r) {
		return r.nextInt(20) == 0;
	}

}
