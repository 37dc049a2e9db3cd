package cn.lianshang.matching.model;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The relevance set (graded by the written rule at its top, applied by relevance.py)
 * {@code src/test/resources/matching/relevance.csv} (30 demands, each with a pool of 6
 * candidate offers graded 0–3 by the rule written at the top of the file) and nDCG@k over
 * it. Used by {@code RelevanceTests} and by {@code bench/run matching}.
 */
public final class RelevanceSet {

	/** The day the due dates count from. */
	public static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

	/** The places of the file: county, city, centroid of the region data. */
	static final Map<String, Place> PLACES = Map.of("TIEXI",
			new Place("210106", "铁西区", "210100", "沈阳市", 41.7897, 123.3513), "HUNNAN",
			new Place("210112", "浑南区", "210100", "沈阳市", 41.7192, 123.4496), "SHENBEI",
			new Place("210113", "沈北新区", "210100", "沈阳市", 42.0525, 123.5270), "HEPING",
			new Place("210102", "和平区", "210100", "沈阳市", 41.7894, 123.4065), "FUSHUN",
			new Place("210402", "新抚区", "210400", "抚顺市", 41.8620, 123.9126), "ANSHAN",
			new Place("210303", "铁西区", "210300", "鞍山市", 41.1209, 122.9699), "BENXI",
			new Place("210502", "平山区", "210500", "本溪市", 41.2996, 123.7692), "BEIJING",
			new Place(null, null, null, null, 39.90, 116.40));

	/** A candidate offer with its grade. */
	public record Judged(Capability capability, String title, String description, String placeKey, int grade) {

		public String id() {
			return capability.id();
		}

	}

	/** A demand with its judged pool. */
	public record Case(Requirement demand, String title, String description, String placeKey, List<Judged> pool) {

		public Map<String, Integer> grades() {
			Map<String, Integer> g = new LinkedHashMap<>();
			pool.forEach(j -> g.put(j.id(), j.grade()));
			return g;
		}

		public List<Capability> capabilities() {
			return pool.stream().map(Judged::capability).toList();
		}

	}

	private RelevanceSet() {
	}

	public static Place place(String key) {
		Place p = PLACES.get(key);
		if (p == null) {
			throw new IllegalArgumentException("unknown place " + key);
		}
		return p;
	}

	public static List<Case> load() {
		Map<String, Requirement> demands = new LinkedHashMap<>();
		Map<String, String[]> demandText = new LinkedHashMap<>();
		Map<String, List<Judged>> pools = new LinkedHashMap<>();
		try (Reader in = new InputStreamReader(
				RelevanceSet.class.getClassLoader().getResourceAsStream("matching/relevance.csv"),
				StandardCharsets.UTF_8)) {
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setCommentMarker('#')
				.setHeader()
				.setSkipHeaderRecord(true)
				.setTrim(true)
				.get();
			for (CSVRecord r : format.parse(in)) {
				Scenario scenario = Scenario.valueOf(r.get("scenario"));
				Place place = place(r.get("place"));
				Integer it = r.get("it").isEmpty() ? null : Integer.valueOf(r.get("it"));
				BigDecimal quantity = new BigDecimal(r.get("quantity"));
				int days = Integer.parseInt(r.get("days"));
				String demand = r.get("demand");
				if (r.get("kind").equals("D")) {
					demands.put(demand,
							new Requirement(demand, "BUYER", scenario, codes(r.get("processes")),
									codes(r.get("materials")), blankToNull(r.get("category")), it, Set.of(), quantity,
									r.get("unit"), TODAY.plusDays(days), null, place));
					demandText.put(demand, new String[] { r.get("title"), r.get("description"), r.get("place") });
					pools.put(demand, new ArrayList<>());
				}
				else {
					String id = r.get("id");
					Capability c = new Capability(id, "SUPPLIER-" + id, scenario, codes(r.get("processes")),
							codes(r.get("materials")), codes(r.get("category")), it, Set.of(), quantity, r.get("unit"),
							days, null, null, place);
					pools.get(demand)
						.add(new Judged(c, r.get("title"), r.get("description"), r.get("place"),
								Integer.parseInt(r.get("grade"))));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return demands.keySet()
			.stream()
			.map(id -> new Case(demands.get(id), demandText.get(id)[0], demandText.get(id)[1], demandText.get(id)[2],
					List.copyOf(pools.get(id))))
			.toList();
	}

	private static Set<String> codes(String list) {
		return list.isBlank() ? Set.of()
				: Arrays.stream(list.split("\\|")).map(String::trim).collect(Collectors.toSet());
	}

	private static String blankToNull(String s) {
		return s.isBlank() ? null : s;
	}

	/**
	 * nDCG@k of a ranked list of candidate ids against the grades (gain 2^g − 1, log2
	 * discount); ids outside the pool are skipped (a condensed list), the ideal is the
	 * pool sorted by grade.
	 */
	public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
		List<String> judged = ranked.stream().filter(grades::containsKey).distinct().limit(k).toList();
		double dcg = dcg(judged.stream().map(grades::get).toList(), k);
		double ideal = dcg(grades.values().stream().sorted(Comparator.reverseOrder()).toList(), k);
		return ideal == 0 ? 0 : dcg / ideal;
	}

	private static double dcg(List<Integer> gains, int k) {
		double sum = 0;
		for (int i = 0; i < Math.min(k, gains.size()); i++) {
			sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return sum;
	}

	/** The mean nDCG@k of a ranker (a case to its ranked candidate ids) over the set. */
	public static double meanNdcg(List<Case> cases, Function<Case, List<String>> ranker, int k) {
		return cases.stream().mapToDouble(c -> ndcg(ranker.apply(c), c.grades(), k)).average().orElse(0);
	}

	/** Our ranking: the model's hard filters and weighted criteria. */
	public static Function<Case, List<String>> ours(Ranking ranking, int k) {
		return c -> ranking.offersFor(c.demand(), c.capabilities(), TODAY, k).stream().map(Match::candidateId).toList();
	}

	/**
	 * The baseline: the same hard filters, then the candidates whose title or description
	 * contains any word (two characters or more) of the demand's title, as SQL
	 * {@code LIKE '%word%'} would, nearest first.
	 */
	public static Function<Case, List<String>> likeThenDistance(Ranking ranking, int k) {
		return c -> {
			List<String> words = Arrays.stream(c.title().split("\\s+")).filter(w -> w.length() >= 2).toList();
			return c.pool()
				.stream()
				.filter(j -> ranking.admissible(c.demand(), j.capability()))
				.filter(j -> words.stream().anyMatch(w -> j.title().contains(w) || j.description().contains(w)))
				.sorted(Comparator
					.comparing((Judged j) -> c.demand().place().distanceKm(j.capability().place()),
							Comparator.nullsLast(Comparator.naturalOrder()))
					.thenComparing(Judged::id))
				.limit(k)
				.map(Judged::id)
				.toList();
		};
	}

	/** The admissible candidates in a random order (seeded). */
	public static Function<Case, List<String>> shuffled(Ranking ranking, java.util.Random random) {
		return c -> {
			List<String> ids = new ArrayList<>(c.pool()
				.stream()
				.filter(j -> ranking.admissible(c.demand(), j.capability()))
				.map(Judged::id)
				.toList());
			Collections.shuffle(ids, random);
			return ids;
		};
	}

}
