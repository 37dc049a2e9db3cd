package cn.lianshang.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.OwnSchema;
import cn.lianshang.TestData;
import cn.lianshang.marketplace.RelevancePool.Figures;
import cn.lianshang.matching.Matching;
import cn.lianshang.matching.model.Capability;
import cn.lianshang.matching.model.Place;
import cn.lianshang.matching.model.Ranking;
import cn.lianshang.matching.model.RelevanceSet;
import cn.lianshang.matching.model.Requirement;
import cn.lianshang.matching.model.Taxonomy;
import cn.lianshang.matching.model.Weights;

/**
 * The relevance pool through the real path: every offer of the pool inside the
 * metropolitan area and every demand posted through the API into a context of its own
 * (its own database and search index, nothing else in them), each demand's matches read
 * from {@code GET /api/v1/demands/{id}/matches} (Hibernate Search retrieval with the
 * configured analyzers, then the ranking), and their nDCG@10 and recall@20 compared with
 * the plain-Lucene replica of {@link PoolRelevanceTests} on the same offers.
 */
@SpringBootTest(properties = "lianshang.matching.candidates=200")
class PoolThroughFindingMatchesTests extends ApiTestSupport {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		OwnSchema.use(registry, "pool_relevance_test");
	}

	static final Map<String, String> DIVISION = Map.of("TIEXI", "210106", "HUNNAN", "210112", "SHENBEI", "210113",
			"HEPING", "210102", "FUSHUN", "210402", "ANSHAN", "210303", "BENXI", "210502");

	String enterprise(String name, String place) throws Exception {
		Place p = RelevanceSet.place(place);
		Map<String, Object> body = enterprise(TestData.validUscc(random, DIVISION.get(place)), name,
				DIVISION.get(place), "3484");
		body.put("latitude", p.latitude());
		body.put("longitude", p.longitude());
		return register(body).get("uscc").asText();
	}

	long posted(String path, String token, Map<String, Object> body) throws Exception {
		MvcResult result = perform(post(path), token, body);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(201);
		return body(result).get("id").asLong();
	}

	@Test
	void theRealPathScoresAsTheReplicaOnTheWholePool() throws Exception {
		RelevancePool pool = RelevancePool.load().without(o -> !DIVISION.containsKey(o.placeKey()));
		String admin = adminToken();
		Map<String, String> suppliers = new HashMap<>();
		Map<String, String> buyers = new HashMap<>();
		for (String place : DIVISION.keySet()) {
			suppliers.put(place, enterprise("供方" + place + TestData.uniqueWord(random), place));
			buyers.put(place, enterprise("需方" + place + TestData.uniqueWord(random), place));
		}
		Map<Long, String> poolIdOf = new HashMap<>();
		for (RelevancePool.PoolOffer o : pool.offers) {
			Capability c = o.capability();
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("scenario", c.scenario().name());
			body.put("enterpriseUscc", suppliers.get(o.placeKey()));
			body.put("title", o.title());
			body.put("description", o.description());
			body.put("processes", List.copyOf(c.processes()));
			body.put("materials", List.copyOf(c.materials()));
			body.put("categories", List.copyOf(c.categories()));
			body.put("toleranceIt", c.bestToleranceIt());
			body.put("monthlyCapacity", c.monthlyCapacity());
			body.put("unit", c.unit());
			body.put("leadTimeDays", c.leadTimeDays());
			poolIdOf.put(posted("/api/v1/offers", admin, body), o.id());
		}
		Map<String, List<String>> real = new HashMap<>();
		long days = java.time.temporal.ChronoUnit.DAYS.between(RelevanceSet.TODAY, Matching.today());
		for (RelevancePool.Query q : pool.queries) {
			Requirement d = q.demand();
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("scenario", d.scenario().name());
			body.put("enterpriseUscc", buyers.get(q.placeKey()));
			body.put("title", q.title());
			body.put("description", q.description());
			body.put("processes", List.copyOf(d.processes()));
			body.put("materials", List.copyOf(d.materials()));
			body.put("materialCategory", d.category());
			body.put("toleranceIt", d.toleranceIt());
			body.put("quantity", d.quantity());
			body.put("unit", d.unit());
			body.put("dueDate", d.dueDate().plusDays(days).toString());
			long id = posted("/api/v1/demands", admin, body);
			List<String> ids = new ArrayList<>();
			for (JsonNode m : body(perform(get("/api/v1/demands/" + id + "/matches?limit=20"), admin, null))) {
				ids.add(poolIdOf.getOrDefault(m.get("offerId").asLong(), "foreign"));
			}
			real.put(q.id(), ids);
		}
		Taxonomy taxonomy = Taxonomy.fromClasspath();
		Ranking ranking = new Ranking(taxonomy, Weights.DEFAULT);
		AnalyzerVariants.Variant configured = AnalyzerVariants.all(taxonomy)
			.stream()
			.filter(v -> v.name().equals(AnalyzerVariants.CONFIGURED))
			.findFirst()
			.orElseThrow();
		try (PoolRetrieval replica = new PoolRetrieval(pool, configured, taxonomy, ranking, 200)) {
			Figures ours = RelevancePool.measure(pool.queries, q -> real.get(q.id()));
			Figures copy = RelevancePool.measure(pool.queries, q -> replica.engine(q, 20));
			double overlap = pool.queries.stream().mapToDouble(q -> {
				List<String> a = real.get(q.id()).stream().limit(10).toList();
				List<String> b = replica.engine(q, 10);
				return b.isEmpty() ? (a.isEmpty() ? 1 : 0)
						: (double) a.stream().filter(b::contains).count() / Math.max(a.size(), b.size());
			}).average().orElse(0);
			System.out.printf("relevance pool (%d offers in the area) through FindingMatches: %s%n  replica: %s%n"
					+ "  top-10 overlap real/replica %.3f%n", pool.offers.size(), ours, copy, overlap);
			assertThat(real.values()).allMatch(l -> !l.contains("foreign"));
			assertThat(ours.ndcg10()).isCloseTo(copy.ndcg10(), org.assertj.core.data.Offset.offset(0.01));
			assertThat(ours.recall20()).isCloseTo(copy.recall20(), org.assertj.core.data.Offset.offset(0.01));
			assertThat(ours.ndcg10()).isGreaterThanOrEqualTo(PoolRelevanceTests.NDCG_FLOOR);
		}
	}

}
