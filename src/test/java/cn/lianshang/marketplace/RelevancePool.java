package cn.lianshang.marketplace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.lianshang.matching.model.Capability;
import cn.lianshang.matching.model.RelevanceSet;
import cn.lianshang.matching.model.Requirement;
import cn.lianshang.matching.model.Scenario;

/**
 * The relevance pool {@code src/test/resources/matching/relevance-pool.tsv} (format at
 * the top of the file; written by {@code relevance_pool.py}): a fixed seeded pool of
 * offers, 220 demands constructed from known offers and 50 hand-written ones, each with
 * graded judgments (0–3) over the whole pool; and the measures over it, nDCG@k (gain 2^g
 * − 1, log2 discount, ideal = the best k grades of the whole pool) and recall@k of the
 * offers graded 2 or 3 (capped: divided by min(k, relevant)).
 */
final class RelevancePool {

	static final String RESOURCE = "matching/relevance-pool.tsv";

	/** An offer of the pool. */
	record PoolOffer(Capability capability, String title, String description, String placeKey) {

		String id() {
			return capability.id();
		}

	}

	/** A demand with its grades over the pool (offers not in the map have grade 0). */
	record Query(Requirement demand, String set, String title, String description, String placeKey, String note,
			Map<String, Integer> grades) {

		String id() {
			return demand.id();
		}

		long relevant() {
			return grades.values().stream().filter(g -> g >= 2).count();
		}

	}

	final List<PoolOffer> offers;

	final List<Query> queries;

	private RelevancePool(List<PoolOffer> offers, List<Query> queries) {
		this.offers = List.copyOf(offers);
		this.queries = List.copyOf(queries);
	}

	static RelevancePool load() {
		List<PoolOffer> offers = new ArrayList<>();
		Map<String, String[]> queryRows = new LinkedHashMap<>();
		Map<String, Map<String, Integer>> grades = new HashMap<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				RelevancePool.class.getClassLoader().getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				switch (f[0]) {
					case "O" -> offers.add(offer(f));
					case "Q" -> queryRows.put(f[1], f);
					case "J" -> {
						Map<String, Integer> g = grades.computeIfAbsent(f[1], k -> new HashMap<>());
						for (String id : f[3].split(",")) {
							g.put(id, Integer.valueOf(f[2]));
						}
					}
					default -> throw new IllegalStateException("unknown record " + f[0]);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Query> queries = queryRows.values()
			.stream()
			.map(f -> query(f, Map.copyOf(grades.getOrDefault(f[1], Map.of()))))
			.toList();
		return new RelevancePool(offers, queries);
	}

	// O id scenario title description processes materials categories it capacity unit
	// lead place
	private static PoolOffer offer(String[] f) {
		Capability c = new Capability(f[1], "SUPPLIER-" + f[1], Scenario.valueOf(f[2]), codes(f[5]), codes(f[6]),
				codes(f[7]), f[8].isEmpty() ? null : Integer.valueOf(f[8]), Set.of(), new BigDecimal(f[9]), f[10],
				Integer.valueOf(f[11]), null, null, RelevanceSet.place(f[12]));
		return new PoolOffer(c, f[3], f[4], f[12]);
	}

	// Q id set scenario title description processes materials category it quantity unit
	// days place note
	private static Query query(String[] f, Map<String, Integer> grades) {
		Requirement r = new Requirement(f[1], "BUYER", Scenario.valueOf(f[3]), codes(f[6]), codes(f[7]),
				f[8].isEmpty() ? null : f[8], f[9].isEmpty() ? null : Integer.valueOf(f[9]), Set.of(),
				new BigDecimal(f[10]), f[11], RelevanceSet.TODAY.plusDays(Integer.parseInt(f[12])), null,
				RelevanceSet.place(f[13]));
		return new Query(r, f[2], f[4], f[5], f[13], f[14], grades);
	}

	private static Set<String> codes(String list) {
		return list.isBlank() ? Set.of()
				: Arrays.stream(list.split("\\|")).map(String::trim).collect(Collectors.toSet());
	}

	/**
	 * The same pool without some offers: gone from the pool and from every demand's
	 * grades.
	 */
	RelevancePool without(java.util.function.Predicate<PoolOffer> drop) {
		List<PoolOffer> kept = offers.stream().filter(drop.negate()).toList();
		Set<String> ids = kept.stream().map(PoolOffer::id).collect(Collectors.toSet());
		List<Query> qs = queries.stream().map(q -> {
			Map<String, Integer> g = new HashMap<>();
			q.grades().forEach((id, grade) -> {
				if (ids.contains(id)) {
					g.put(id, grade);
				}
			});
			return new Query(q.demand(), q.set(), q.title(), q.description(), q.placeKey(), q.note(), Map.copyOf(g));
		}).toList();
		return new RelevancePool(kept, qs);
	}

	List<Query> queries(String set) {
		return queries.stream().filter(q -> q.set().equals(set)).toList();
	}

	/** nDCG@k of a ranked list against the grades over the whole pool. */
	static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
		List<Integer> got = ranked.stream().distinct().limit(k).map(id -> grades.getOrDefault(id, 0)).toList();
		List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).limit(k).toList();
		double best = dcg(ideal);
		return best == 0 ? 0 : dcg(got) / best;
	}

	private static double dcg(List<Integer> gains) {
		double sum = 0;
		for (int i = 0; i < gains.size(); i++) {
			sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return sum;
	}

	/**
	 * recall@k of the offers graded 2 or 3, divided by min(k, their number); NaN when the
	 * demand has none.
	 */
	static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
		long relevant = grades.values().stream().filter(g -> g >= 2).count();
		if (relevant == 0) {
			return Double.NaN;
		}
		long found = ranked.stream().distinct().limit(k).filter(id -> grades.getOrDefault(id, 0) >= 2).count();
		return (double) found / Math.min(k, relevant);
	}

	/** Mean nDCG@10 and recall@20 of a ranker over some queries. */
	record Figures(int queries, double ndcg10, double recall20, int recallQueries) {

		@Override
		public String toString() {
			return String.format("nDCG@10 %.3f  recall@20 %.3f  (%d demands, recall over %d)", ndcg10, recall20,
					queries, recallQueries);
		}

	}

	static Figures measure(List<Query> queries, java.util.function.Function<Query, List<String>> ranker) {
		double ndcg = 0;
		double recall = 0;
		int withRelevant = 0;
		for (Query q : queries) {
			List<String> ranked = ranker.apply(q);
			ndcg += ndcg(ranked, q.grades(), 10);
			double r = recall(ranked, q.grades(), 20);
			if (!Double.isNaN(r)) {
				recall += r;
				withRelevant++;
			}
		}
		return new Figures(queries.size(), ndcg / queries.size(), withRelevant == 0 ? 0 : recall / withRelevant,
				withRelevant);
	}

}
