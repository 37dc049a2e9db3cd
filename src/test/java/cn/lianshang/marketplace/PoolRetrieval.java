package cn.lianshang.marketplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import cn.lianshang.marketplace.RelevancePool.PoolOffer;
import cn.lianshang.matching.model.Capability;
import cn.lianshang.matching.model.Match;
import cn.lianshang.matching.model.Ranking;
import cn.lianshang.matching.model.RelevanceSet;
import cn.lianshang.matching.model.Requirement;
import cn.lianshang.matching.model.Scenario;
import cn.lianshang.matching.model.Taxonomy;

/**
 * The relevance pool in a Lucene index of its own, with one analyzer variant for the
 * offers' {@code title} and {@code description}, and two ways to answer a demand over the
 * whole pool:
 * <ul>
 * <li>{@link #engine}: the query of {@code FindingMatches.offerQuery} written in plain
 * Lucene (scenario filter; any required process; for raw materials a grade of the
 * families or the category; grades in common boosted 2; the demand's title as an OR text
 * hint over title and description; within {@value FindingMatches#LOCAL_KM} km boosted 3;
 * score then distance), its top {@code candidates} re-ranked by {@link Ranking};</li>
 * <li>{@link #textOnly}: the demand's title and description as an OR query over the
 * offers' title and description, scenario filter only, BM25 order: what the analyzer
 * alone finds.</li>
 * </ul>
 */
final class PoolRetrieval implements AutoCloseable {

	private final Map<String, Capability> byId = new HashMap<>();

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final Analyzer queryAnalyzer;

	private final Taxonomy taxonomy;

	private final Ranking ranking;

	private final int candidates;

	PoolRetrieval(RelevancePool pool, AnalyzerVariants.Variant variant, Taxonomy taxonomy, Ranking ranking,
			int candidates) {
		this.taxonomy = taxonomy;
		this.ranking = ranking;
		this.candidates = candidates;
		this.queryAnalyzer = new PerFieldAnalyzerWrapper(variant.titleQuery(),
				Map.of("description", variant.descriptionQuery()));
		Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(variant.title(),
				Map.of("description", variant.description()));
		try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
			for (PoolOffer o : pool.offers) {
				Capability c = o.capability();
				byId.put(c.id(), c);
				Document d = new Document();
				d.add(new StringField("id", c.id(), Field.Store.YES));
				d.add(new StringField("scenario", c.scenario().name(), Field.Store.NO));
				c.processes().forEach(p -> d.add(new StringField("processes", p, Field.Store.NO)));
				c.materials().forEach(m -> d.add(new StringField("materials", m, Field.Store.NO)));
				c.categories().forEach(m -> d.add(new StringField("categories", m, Field.Store.NO)));
				d.add(new TextField("title", o.title(), Field.Store.NO));
				d.add(new TextField("description", o.description(), Field.Store.NO));
				d.add(new LatLonPoint("location", c.place().latitude(), c.place().longitude()));
				d.add(new LatLonDocValuesField("location", c.place().latitude(), c.place().longitude()));
				w.addDocument(d);
			}
			w.commit();
			this.reader = DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.searcher = new IndexSearcher(reader);
	}

	/** The engine's answer: retrieval as FindingMatches, then the ranking's top k. */
	List<String> engine(RelevancePool.Query q, int k) {
		return engine(q, k, candidates);
	}

	/** The same with another candidate cut. */
	List<String> engine(RelevancePool.Query q, int k, int candidates) {
		Requirement d = q.demand();
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		b.add(new MatchAllDocsQuery(), Occur.MUST);
		b.add(new TermQuery(new Term("scenario", d.scenario().name())), Occur.FILTER);
		if (d.scenario() == Scenario.MACHINING && !d.processes().isEmpty()) {
			b.add(anyOf("processes", d.processes()), Occur.FILTER);
		}
		if (d.scenario() == Scenario.MATERIAL) {
			if (!d.materials().isEmpty()) {
				b.add(anyOf("materials", withFamilies(d.materials())), Occur.FILTER);
			}
			else if (d.category() != null) {
				b.add(new TermQuery(new Term("categories", d.category())), Occur.FILTER);
			}
		}
		if (!d.materials().isEmpty()) {
			b.add(new BoostQuery(new ConstantScoreQuery(anyOf("materials", d.materials())), 2), Occur.SHOULD);
		}
		Query hint = text(q.title());
		if (hint != null) {
			b.add(hint, Occur.SHOULD);
		}
		double lat = d.place().latitude();
		double lon = d.place().longitude();
		b.add(new BoostQuery(new ConstantScoreQuery(
				LatLonPoint.newDistanceQuery("location", lat, lon, FindingMatches.LOCAL_KM * 1000)), 3), Occur.SHOULD);
		Sort sort = new Sort(SortField.FIELD_SCORE, LatLonDocValuesField.newDistanceSort("location", lat, lon));
		List<Capability> retrieved = new ArrayList<>();
		for (String id : search(b.build(), candidates, sort)) {
			retrieved.add(byId.get(id));
		}
		return ranking.offersFor(d, retrieved, RelevanceSet.TODAY, k).stream().map(Match::candidateId).toList();
	}

	/** The analyzer alone: the demand's text against the offers' text. */
	List<String> textOnly(RelevancePool.Query q, int k) {
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		b.add(new TermQuery(new Term("scenario", q.demand().scenario().name())), Occur.FILTER);
		Query t = text(q.title() + " " + q.description());
		if (t == null) {
			return List.of();
		}
		b.add(t, Occur.MUST);
		return search(b.build(), k, Sort.RELEVANCE);
	}

	private Query text(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		SimpleQueryParser parser = new SimpleQueryParser(queryAnalyzer, Map.of("title", 1f, "description", 1f));
		parser.setDefaultOperator(Occur.SHOULD);
		return parser.parse(FindingMatches.escape(text));
	}

	private List<String> search(Query query, int n, Sort sort) {
		try {
			ScoreDoc[] hits = searcher.search(query, n, sort, true).scoreDocs;
			List<String> ids = new ArrayList<>(hits.length);
			for (ScoreDoc h : hits) {
				ids.add(searcher.storedFields().document(h.doc).get("id"));
			}
			return ids;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Query anyOf(String field, Set<String> values) {
		return new TermInSetQuery(field, values.stream().sorted().map(BytesRef::new).toList());
	}

	private Set<String> withFamilies(Set<String> materials) {
		Taxonomy.Vocabulary v = taxonomy.materials();
		Set<String> all = new LinkedHashSet<>(materials);
		for (cn.lianshang.matching.model.Term t : v.all()) {
			if (materials.stream().anyMatch(m -> v.sameFamily(m, t.code()))) {
				all.add(t.code());
			}
		}
		return all;
	}

	/**
	 * The LIKE baseline over the whole pool: the same hard filters (the ranking's
	 * admissibility), then the offers whose title or description contains a
	 * whitespace-separated word of the demand's title (two characters or more), nearest
	 * first.
	 */
	static List<String> like(RelevancePool pool, Ranking ranking, RelevancePool.Query q, int k) {
		List<String> words = java.util.Arrays.stream(q.title().split("\\s+")).filter(w -> w.length() >= 2).toList();
		return pool.offers.stream()
			.filter(o -> ranking.admissible(q.demand(), o.capability()))
			.filter(o -> words.stream().anyMatch(w -> o.title().contains(w) || o.description().contains(w)))
			.sorted(Comparator
				.comparing((PoolOffer o) -> q.demand().place().distanceKm(o.capability().place()),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(PoolOffer::id))
			.limit(k)
			.map(PoolOffer::id)
			.collect(Collectors.toList());
	}

	@Override
	public void close() throws IOException {
		reader.close();
		directory.close();
	}

}
