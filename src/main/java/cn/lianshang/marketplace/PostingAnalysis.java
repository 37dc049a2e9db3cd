package cn.lianshang.marketplace;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import cn.lianshang.matching.model.Taxonomy;
import cn.lianshang.matching.model.Term;

/**
 * The analyzers of the postings' title and description (offers and demands): the shared
 * Chinese analyzers (CJK bigrams for the title, smartcn for the description) after three
 * char filters that the relevance pool chose (see README, matching quality):
 * <ol>
 * <li>full-width ASCII to half-width and A–Z to a–z;</li>
 * <li>whitespace that a slip put inside Chinese text or a number removed (数控 车削, 45
 * #钢);</li>
 * <li>every synonym of the matching taxonomy (processes, materials, categories; ASCII
 * synonyms of one or two letters left out, they hide inside words) followed by one token
 * for its code, so that CNC车, 车加工 and 车削 meet in the token of TURNING, and 45#钢 and S45C
 * in that of C45.</li>
 * </ol>
 * Registered as a second analysis configurer
 * ({@code hibernate.search.backend.analysis.configurer}); each call builds new analyzer
 * instances, since the backend closes them with the search mapping.
 */
public class PostingAnalysis implements LuceneAnalysisConfigurer {

	/** The title at index time: bigrams and unigrams after the char filters. */
	public static final String TITLE = "posting_title";

	/** The title at query time: bigrams only after the char filters. */
	public static final String TITLE_QUERY = "posting_title_query";

	/** The description: smartcn after the char filters. */
	public static final String TEXT = "posting_text";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		Analyzers a = analyzers(Taxonomy.fromClasspath());
		context.analyzer(TITLE).instance(a.title());
		context.analyzer(TITLE_QUERY).instance(a.titleQuery());
		context.analyzer(TEXT).instance(a.text());
	}

	/** The three analyzers, new instances. */
	record Analyzers(Analyzer title, Analyzer titleQuery, Analyzer text) {

	}

	static Analyzers analyzers(Taxonomy taxonomy) {
		NormalizeCharMap synonyms = synonymMap(taxonomy);
		return new Analyzers(bigrams(true, synonyms), bigrams(false, synonyms), smartcn(synonyms));
	}

	/** Full-width ASCII to half-width, ideographic space to space, A–Z to a–z. */
	static final NormalizeCharMap FOLD;

	static {
		NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
		for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
			b.add(String.valueOf(c), String.valueOf(Character.toLowerCase((char) (c - 0xFEE0))));
		}
		for (char c = 'A'; c <= 'Z'; c++) {
			b.add(String.valueOf(c), String.valueOf(Character.toLowerCase(c)));
		}
		b.add("\u3000", " ");
		FOLD = b.build();
	}

	/** Whitespace that a slip put inside Chinese text or a number. */
	static final Pattern SLIP = Pattern.compile(
			"(?<=\\p{IsHan})\\s+(?=[\\p{IsHan}\\p{Alnum}#])|(?<=[\\p{Alnum}#])\\s+(?=\\p{IsHan})|(?<=\\d)\\s+(?=[\\d#])");

	/** Each synonym and name of the taxonomy's terms to itself and its code's token. */
	static NormalizeCharMap synonymMap(Taxonomy taxonomy) {
		NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
		Set<String> seen = new HashSet<>();
		add(b, seen, "p", taxonomy.processes());
		add(b, seen, "m", taxonomy.materials());
		add(b, seen, "c", taxonomy.categories());
		return b.build();
	}

	private static void add(NormalizeCharMap.Builder b, Set<String> seen, String prefix, Taxonomy.Vocabulary v) {
		int i = 0;
		for (Term t : v.all()) {
			String token = " syn" + prefix + letters(i++) + " ";
			List<String> words = new ArrayList<>(t.synonyms());
			words.add(t.name());
			for (String w : words) {
				String folded = Taxonomy.fold(w).replace(" ", "");
				boolean shortAscii = folded.chars().allMatch(ch -> ch < 128) && folded.length() <= 2;
				if (folded.isEmpty() || shortAscii || !seen.add(folded)) {
					continue;
				}
				b.add(folded, folded + token);
			}
		}
	}

	/** A code's token made of letters only, so that no tokenizer splits it. */
	private static String letters(int n) {
		StringBuilder sb = new StringBuilder();
		do {
			sb.append((char) ('a' + n % 26));
			n /= 26;
		}
		while (n > 0);
		return sb.toString();
	}

	private static Reader normalise(Reader in, NormalizeCharMap synonyms) {
		if (synonyms == null) {
			return in;
		}
		Reader folded = new MappingCharFilter(FOLD, in);
		Reader joined = new PatternReplaceCharFilter(SLIP, "", folded);
		return new MappingCharFilter(synonyms, joined);
	}

	/**
	 * CJK bigrams as the shared {@code cjk_name} ({@code unigrams} true) or
	 * {@code cjk_name_query} (false), after the char filters when {@code synonyms} is
	 * given.
	 */
	static Analyzer bigrams(boolean unigrams, NormalizeCharMap synonyms) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream t = new CJKWidthFilter(source);
				t = new LowerCaseFilter(t);
				t = new CJKBigramFilter(t, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
						| CJKBigramFilter.HANGUL, unigrams);
				return new TokenStreamComponents(source, t);
			}

			@Override
			protected Reader initReader(String field, Reader reader) {
				return normalise(reader, synonyms);
			}
		};
	}

	/**
	 * smartcn as the shared {@code chinese_text}, after the char filters when
	 * {@code synonyms} is given.
	 */
	static Analyzer smartcn(NormalizeCharMap synonyms) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new HMMChineseTokenizer();
				TokenStream t = new CJKWidthFilter(source);
				t = new LowerCaseFilter(t);
				t = new PorterStemFilter(t);
				return new TokenStreamComponents(source, t);
			}

			@Override
			protected Reader initReader(String field, Reader reader) {
				return normalise(reader, synonyms);
			}
		};
	}

}
