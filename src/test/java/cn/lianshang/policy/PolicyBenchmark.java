package cn.lianshang.policy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
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
 * {@code bench/run policy [N]}: N generated enterprises' facts (default 100,000; real
 * divisions, GB/T 4754 classes and qualification codes from the platform's reference
 * data; about 5% of each registry fact missing, the facts the registry does not hold
 * known for a third) × the demo policies ({@code policy/demo-policies.json}).
 * <p>
 * Ours: {@link FactColumns} (one bitset per division / industry code / scale /
 * qualification) drops the enterprises the definite facts show surely failing, then the
 * full three-valued evaluation with traces ({@link Eligibility}) runs on the survivors.
 * Baseline: the full evaluation of every enterprise × policy. Both in the same run; the
 * eligible and unknown counts of each policy must be equal (else the run fails). Time is
 * the best of three rounds after a warm-up; ours includes building the columns. Last line
 * one JSON object, {@code ratio} = baseline / ours.
 */
public final class PolicyBenchmark {

	static final LocalDate ON = LocalDate.of(2026, 6, 1);

	static final int ROUNDS = 3;

	private PolicyBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
		Path dir = Files.createTempDirectory("lianshang-bench-policy-");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LianshangApplication.class)
			.logStartupInfo(false)
			.run("--spring.config.location=classpath:/application.yml", "--server.port=0",
					"--lianshang.data-dir=" + dir, "--lianshang.demo.enabled=false",
					"--LIANSHANG_ADMIN_PASSWORD=bench-" + System.nanoTime(), "--logging.level.root=WARN",
					"--logging.level.cn.lianshang=WARN");
		List<EnterpriseFacts> facts;
		List<Clause> policies;
		try {
			facts = generate(context, n, new Random(20261122));
			ClauseJson json = new ClauseJson();
			policies = DemoPolicies.read(json.mapper())
				.stream()
				.map(d -> json.parse(d.eligibility(), "eligibility").clause())
				.toList();
		}
		finally {
			context.close();
			FileSystemUtils.deleteRecursively(dir);
		}
		run(facts, policies);
	}

	/** Eligible and unknown counts per policy, and how many full evaluations ran. */
	record Counts(long[] eligible, long[] unknown, long evaluated) {

	}

	static void run(List<EnterpriseFacts> facts, List<Clause> policies) {
		int n = facts.size();
		// warm-up on a slice, both paths
		List<EnterpriseFacts> slice = facts.subList(0, Math.min(n, 20_000));
		ours(slice, policies);
		baseline(slice, policies);

		long oursNs = Long.MAX_VALUE;
		long baseNs = Long.MAX_VALUE;
		Counts o = null;
		Counts b = null;
		for (int round = 0; round < ROUNDS; round++) {
			long t0 = System.nanoTime();
			o = ours(facts, policies);
			long t1 = System.nanoTime();
			b = baseline(facts, policies);
			long t2 = System.nanoTime();
			oursNs = Math.min(oursNs, t1 - t0);
			baseNs = Math.min(baseNs, t2 - t1);
		}
		long eligible = 0;
		long unknown = 0;
		for (int p = 0; p < policies.size(); p++) {
			if (o.eligible()[p] != b.eligible()[p] || o.unknown()[p] != b.unknown()[p]) {
				throw new IllegalStateException("policy " + p + ": ours " + o.eligible()[p] + " eligible / "
						+ o.unknown()[p] + " unknown, baseline " + b.eligible()[p] + " / " + b.unknown()[p]);
			}
			System.out.printf(Locale.ROOT, "policy %2d: %7d eligible %7d unknown%n", p + 1, o.eligible()[p],
					o.unknown()[p]);
			eligible += o.eligible()[p];
			unknown += o.unknown()[p];
		}
		double oursMs = oursNs / 1e6;
		double baseMs = baseNs / 1e6;
		long pairs = (long) n * policies.size();
		System.out.printf(Locale.ROOT,
				"%d enterprises × %d policies: ours %.1f ms (%d full evaluations after the pre-filter) | baseline %.1f ms (%d)%n",
				n, policies.size(), oursMs, o.evaluated(), baseMs, b.evaluated());
		System.out.printf(Locale.ROOT,
				"{\"benchmark\":\"policy\",\"enterprises\":%d,\"policies\":%d,\"pairs\":%d,\"eligible\":%d,"
						+ "\"unknown\":%d,\"sameCounts\":true,\"oursMs\":%.1f,\"oursFullEvaluations\":%d,"
						+ "\"baseline\":{\"what\":\"full three-valued evaluation with traces of every enterprise × policy\","
						+ "\"ms\":%.1f,\"fullEvaluations\":%d},\"rounds\":%d,\"ratio\":%.2f}%n",
				n, policies.size(), pairs, eligible, unknown, oursMs, o.evaluated(), baseMs, b.evaluated(), ROUNDS,
				baseMs / oursMs);
	}

	static Counts ours(List<EnterpriseFacts> facts, List<Clause> policies) {
		FactColumns columns = FactColumns.of(facts);
		long[] eligible = new long[policies.size()];
		long[] unknown = new long[policies.size()];
		long evaluated = 0;
		for (int p = 0; p < policies.size(); p++) {
			Clause clause = policies.get(p);
			BitSet candidates = columns.candidates(clause);
			for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
				Outcome outcome = Eligibility.evaluate(clause, facts.get(i), ON).outcome();
				evaluated++;
				if (outcome == Outcome.PASS) {
					eligible[p]++;
				}
				else if (outcome == Outcome.UNKNOWN) {
					unknown[p]++;
				}
			}
		}
		return new Counts(eligible, unknown, evaluated);
	}

	static Counts baseline(List<EnterpriseFacts> facts, List<Clause> policies) {
		long[] eligible = new long[policies.size()];
		long[] unknown = new long[policies.size()];
		long evaluated = 0;
		for (int p = 0; p < policies.size(); p++) {
			Clause clause = policies.get(p);
			for (EnterpriseFacts f : facts) {
				Outcome outcome = Eligibility.evaluate(clause, f, ON).outcome();
				evaluated++;
				if (outcome == Outcome.PASS) {
					eligible[p]++;
				}
				else if (outcome == Outcome.UNKNOWN) {
					unknown[p]++;
				}
			}
		}
		return new Counts(eligible, unknown, evaluated);
	}

	/**
	 * Registry-like facts over the platform's divisions, industry classes and
	 * qualifications.
	 */
	static List<EnterpriseFacts> generate(ConfigurableApplicationContext context, int n, Random r) {
		List<String> divisions = context.getBean(Regions.class)
			.all()
			.stream()
			.filter(x -> x.level() == Region.Level.COUNTY || x.level() == Region.Level.TOWNSHIP
					|| x.level() == Region.Level.ZONE)
			.map(Region::path)
			.toList();
		List<String> classes = context.getBean(Industries.class)
			.all()
			.stream()
			.filter(c -> c.level() == IndustryClass.Level.CLASS)
			.map(IndustryClass::path)
			.toList();
		List<String> qualifications = context.getBean(EnterpriseRegistry.class)
			.qualifications()
			.stream()
			.map(QualificationView::code)
			.toList();
		RevenueBand[] bands = RevenueBand.values();
		List<EnterpriseFacts> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
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
					.withRdSharePercent(BigDecimal.valueOf(r.nextInt(100), 1))
					.withGraduateHires(r.nextInt(5))
					.withFirstSet(r.nextInt(10) == 0)
					.withSmartManufacturing(SmartManufacturing.values()[r.nextInt(SmartManufacturing.values().length)]);
			}
			out.add(f);
		}
		return out;
	}

	private static boolean missing(Random r) {
		return r.nextInt(20) == 0;
	}

}
