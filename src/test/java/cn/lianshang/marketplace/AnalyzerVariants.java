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

import cn.lianshang.matching.model.Taxonomy;
import cn.lianshang.matching.model.Term;

/**
 * The analyzers compared on the relevance pool, as Lucene analyzers built from the same
 * factories as {@code shared.search.ChineseAnalysisConfigurer}:
 * <ul>
 * <li>{@code current}: what the offer mapping uses now — title with CJK bigrams and
 * unigrams (query: bigrams only), description with smartcn;</li>
 * <li>{@code smartcn}: smartcn word segmentation on both fields;</li>
 * <li>{@code bigrams}: CJK bigrams (+ unigrams at index time) on both fields;</li>
 * <li>{@code bigrams+synonyms}: the same after three char filters — full-width to
 * half-width and lower case, whitespace inside Chinese text and between digits removed
 * (数控 车削, 45 #钢), and every synonym of the matching taxonomy (processes, materials,
 * categories; pure ASCII synonyms of two letters left out, they hide inside words)
 * followed by one token of its code, so that CNC车 and 车削 meet in the token of
 * TURNING;</li>
 * <li>{@code smartcn+synonyms}: those char filters before smartcn.</li>
 * </ul>
 */
final class AnalyzerVariants {

	record Variant(String name, Analyzer title, Analyzer titleQuery, Analyzer description, Analyzer descriptionQuery) {

	}

	private AnalyzerVariants() {
	}

	static List<Variant> all(Taxonomy taxonomy) {
		NormalizeCharMap synonyms = synonymMap(taxonomy);
		List<Variant> v = new ArrayList<>();
		v.add(new Variant("current", bigrams(true, null), bigrams(false, null), smartcn(null), smartcn(null)));
		v.add(new Variant("smartcn", smartcn(null), smartcn(null), smartcn(null), smartcn(null)));
		v.add(new Variant("bigrams", bigrams(true, null), bigrams(false, null), bigrams(true, null),
				bigrams(false, null)));
		v.add(new Variant("bigrams+synonyms", bigrams(true, synonyms), bigrams(false, synonyms),
				bigrams(true, synonyms), bigrams(false, synonyms)));
		v.add(new Variant("smartcn+synonyms", smartcn(synonyms), smartcn(synonyms), smartcn(synonyms),
				smartcn(synonyms)));
		return v;
	}

	/** Full-width ASCII to half-width, ideographic space to space, A–Z to a–z. */
	static final NormalizeCharMap FOLD;

	static {
		NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
		for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
			char half = (char) (c - 0xFEE0);
			b.add(String.valueOf(c), String.valueOf(Character.toLowerCase(half)));
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
