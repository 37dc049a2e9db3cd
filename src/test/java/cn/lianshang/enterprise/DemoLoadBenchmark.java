package cn.lianshang.enterprise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.lianshang.LianshangApplication;

/**
 * {@code bench/run demo [N]}: loading N demo enterprises into the embedded default (H2
 * file database and Lucene index on disk, as {@code java -jar} runs), against the
 * baseline of storing the same drafts through the ordinary JPA path
 * ({@link EnterpriseRegistry#registerAll}: entity by entity, one audit record and event
 * per row, automatic indexing at commit). Both are measured on the same slice of min(N,
 * 20,000) rows, each in a fresh application with a fresh data directory, after a small
 * warm-up of both; then ours alone on the full N, with its peak heap and the size of the
 * data directory. Prints one JSON object as its last line.
 */
public final class DemoLoadBenchmark {

	static final int BASELINE_MAX = 20_000;

	static final int BASELINE_CHUNK = 1_000;

	private DemoLoadBenchmark() {
	}

	/**
	 * The split of our last load into inserting and indexing (the baseline indexes as it
	 * inserts).
	 */
	static DemoData.LoadReport lastReport;

	record Run(int rows, long millis, long peakHeapBytes, long dataDirBytes) {

		double rowsPerSecond() {
			return rows / Math.max(millis / 1000.0, 1e-3);
		}

	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 5_000;
		int slice = Math.min(n, BASELINE_MAX);
		if (Boolean.getBoolean("bench.oursOnly")) {
			// for the largest sizes, where the baseline slice was measured in an earlier
			// run: no ratio then
			Run full = run(n, DemoLoadBenchmark::ours);
			System.out.println(String.format(Locale.ROOT,
					"{\"benchmark\":\"demo\",\"n\":%d,\"maxHeapMb\":%d,\"ours\":{\"rows\":%d,\"seconds\":%.3f,"
							+ "\"rowsPerSecond\":%.0f,\"peakHeapMb\":%d,\"dataDirMb\":%.1f,\"insertSeconds\":%.3f,"
							+ "\"indexSeconds\":%.3f},\"baseline\":null,\"ratio\":null}",
					n, Runtime.getRuntime().maxMemory() >> 20, full.rows(), full.millis() / 1000.0,
					full.rowsPerSecond(), full.peakHeapBytes() >> 20, full.dataDirBytes() / 1048576.0,
					lastReport.insertMillis() / 1000.0, lastReport.indexMillis() / 1000.0));
			return;
		}
		// warm-up: class loading and JIT for both paths, not measured
		run(1_000, DemoLoadBenchmark::ours);
		run(1_000, DemoLoadBenchmark::baseline);
		Run baseline = run(slice, DemoLoadBenchmark::baseline);
		Run oursSlice = run(slice, DemoLoadBenchmark::ours);
		DemoData.LoadReport sliceReport = lastReport;
		Run full = n > slice ? run(n, DemoLoadBenchmark::ours) : oursSlice;
		DemoData.LoadReport fullReport = lastReport;
		String json = String.format(Locale.ROOT, "{\"benchmark\":\"demo\",\"n\":%d,\"maxHeapMb\":%d,"
				+ "\"ours\":{\"rows\":%d,\"seconds\":%.3f,\"rowsPerSecond\":%.0f,\"peakHeapMb\":%d,\"dataDirMb\":%.1f,"
				+ "\"insertSeconds\":%.3f,\"indexSeconds\":%.3f},"
				+ "\"slice\":{\"rows\":%d,\"oursSeconds\":%.3f,\"oursRowsPerSecond\":%.0f,"
				+ "\"insertSeconds\":%.3f,\"indexSeconds\":%.3f},"
				+ "\"baseline\":{\"path\":\"EnterpriseRegistry.registerAll (JPA, automatic indexing)\",\"rows\":%d,"
				+ "\"seconds\":%.3f,\"rowsPerSecond\":%.0f,\"peakHeapMb\":%d}," + "\"ratio\":%.2f}", n,
				Runtime.getRuntime().maxMemory() >> 20, full.rows(), full.millis() / 1000.0, full.rowsPerSecond(),
				full.peakHeapBytes() >> 20, full.dataDirBytes() / 1048576.0, fullReport.insertMillis() / 1000.0,
				fullReport.indexMillis() / 1000.0, oursSlice.rows(), oursSlice.millis() / 1000.0,
				oursSlice.rowsPerSecond(), sliceReport.insertMillis() / 1000.0, sliceReport.indexMillis() / 1000.0,
				baseline.rows(), baseline.millis() / 1000.0, baseline.rowsPerSecond(), baseline.peakHeapBytes() >> 20,
				baseline.millis() / (double) Math.max(1, oursSlice.millis()));
		System.out.println(json);
	}

	/** Our path: JDBC batches and the mass indexer. */
	static long ours(ConfigurableApplicationContext context, int n) {
		long start = System.nanoTime();
		lastReport = context.getBean(DemoData.class).load(n);
		return (System.nanoTime() - start) / 1_000_000;
	}

	/**
	 * The ordinary path: JPA entity by entity, in transactions of 1,000, indexed
	 * automatically at commit.
	 */
	static long baseline(ConfigurableApplicationContext context, int n) {
		EnterpriseRegistry registry = context.getBean(EnterpriseRegistry.class);
		DemoEnterpriseGenerator generator = new DemoEnterpriseGenerator(context.getBean(DemoSettings.class).seed(),
				context.getBean(cn.lianshang.region.Regions.class).all());
		long start = System.nanoTime();
		for (int from = 0; from < n; from += BASELINE_CHUNK) {
			List<EnterpriseDraft> drafts = generator.drafts(from, Math.min(n, from + BASELINE_CHUNK)).toList();
			registry.registerAll(drafts, true, "enterprise.register");
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	interface Loader {

		long load(ConfigurableApplicationContext context, int n);

	}

	/**
	 * One measured load in a fresh application with a fresh data directory, removed
	 * afterwards.
	 */
	static Run run(int n, Loader loader) throws IOException {
		Path dir = Files.createTempDirectory("lianshang-bench-");
		try {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(LianshangApplication.class)
				.logStartupInfo(false)
				.run("--spring.config.location=classpath:/application.yml", "--server.port=0",
						"--lianshang.data-dir=" + dir, "--lianshang.demo.enabled=false",
						"--LIANSHANG_ADMIN_PASSWORD=bench-" + System.nanoTime(), "--logging.level.root=WARN",
						"--logging.level.cn.lianshang=WARN", "--logging.level.cn.lianshang.enterprise.DemoData=INFO");
			long millis;
			long peak;
			try {
				System.gc();
				List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
					.stream()
					.filter(p -> p.getType() == MemoryType.HEAP)
					.toList();
				heap.forEach(MemoryPoolMXBean::resetPeakUsage);
				millis = loader.load(context, n);
				peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
			}
			finally {
				// Hibernate Search threads are not daemons: the context must be closed
				// for the JVM to exit
				context.close();
			}
			long size = size(dir, p -> {
				try {
					return Files.size(p);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			System.err.printf(Locale.ROOT, "bench demo: %d rows in %d ms%n", n, millis);
			return new Run(n, millis, peak, size);
		}
		finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static long size(Path dir, ToLongFunction<Path> size) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(size).sum();
		}
	}

}
