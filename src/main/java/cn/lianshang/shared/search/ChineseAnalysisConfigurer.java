package cn.lianshang.shared.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the search index, shared by every module that indexes Chinese text.
 * <ul>
 * <li>{@value #NAME}: CJK bigrams with unigrams, for names and short titles — finds any
 * two-character part of a name (沈阳机床 → 沈阳, 阳机, 机床) and single characters, with no
 * dictionary to miss a brand.</li>
 * <li>{@value #TEXT}: smartcn word segmentation, for longer descriptions.</li>
 * <li>{@value #SORT}: a lower-cased keyword normalizer for sorting.</li>
 * </ul>
 */
public class ChineseAnalysisConfigurer implements LuceneAnalysisConfigurer {

	public static final String NAME = "cjk_name";

	/**
	 * The query side of {@value #NAME}: bigrams only, so that 机床 does not also match
	 * every 机 and 床.
	 */
	public static final String NAME_QUERY = "cjk_name_query";

	public static final String TEXT = "chinese_text";

	public static final String SORT = "sort";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(NAME)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class)
			.param("outputUnigrams", "true");
		context.analyzer(NAME_QUERY)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class);
		context.analyzer(TEXT)
			.custom()
			.tokenizer(HMMChineseTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(PorterStemFilterFactory.class);
		context.normalizer(SORT)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
