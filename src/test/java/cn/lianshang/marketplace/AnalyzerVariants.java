package cn.lianshang.marketplace;

import static cn.lianshang.marketplace.PostingAnalysis.bigrams;
import static cn.lianshang.marketplace.PostingAnalysis.smartcn;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

import cn.lianshang.matching.model.Taxonomy;

/**
 * The analyzers compared on the relevance pool, built by {@link PostingAnalysis} (the
 * same factories as {@code shared.search.ChineseAnalysisConfigurer}):
 * <ul>
 * <li>{@code configured}: what the offer and demand mappings use, the analyzers of
 * {@link PostingAnalysis#analyzers} — the shared pair (title: CJK bigrams and unigrams,
 * query bigrams only; description: smartcn) after the char filters (width and case,
 * whitespace slips, the taxonomy's synonyms with a token per code);</li>
 * <li>{@code shared (before)}: the shared pair without the char filters, the mapping
 * before this comparison;</li>
 * <li>{@code smartcn}: smartcn word segmentation on both fields;</li>
 * <li>{@code bigrams}: CJK bigrams (+ unigrams at index time) on both fields;</li>
 * <li>{@code bigrams+synonyms} and {@code smartcn+synonyms}: each on both fields, after
 * the char filters.</li>
 * </ul>
 * HanLP is not among them: it is not in the Maven packages this machine can reach.
 */
final class AnalyzerVariants {

	record Variant(String name, Analyzer title, Analyzer titleQuery, Analyzer description, Analyzer descriptionQuery) {

	}

	static final String CONFIGURED = "configured";

	private AnalyzerVariants() {
	}

	static List<Variant> all(Taxonomy taxonomy) {
		NormalizeCharMap synonyms = PostingAnalysis.synonymMap(taxonomy);
		List<Variant> v = new ArrayList<>();
		PostingAnalysis.Analyzers configured = PostingAnalysis.analyzers(taxonomy);
		v.add(new Variant(CONFIGURED, configured.title(), configured.titleQuery(), configured.text(),
				configured.text()));
		v.add(new Variant("shared (before)", bigrams(true, null), bigrams(false, null), smartcn(null), smartcn(null)));
		v.add(new Variant("smartcn", smartcn(null), smartcn(null), smartcn(null), smartcn(null)));
		v.add(new Variant("bigrams", bigrams(true, null), bigrams(false, null), bigrams(true, null),
				bigrams(false, null)));
		v.add(new Variant("bigrams+synonyms", bigrams(true, synonyms), bigrams(false, synonyms),
				bigrams(true, synonyms), bigrams(false, synonyms)));
		v.add(new Variant("smartcn+synonyms", smartcn(synonyms), smartcn(synonyms), smartcn(synonyms),
				smartcn(synonyms)));
		return v;
	}

}
