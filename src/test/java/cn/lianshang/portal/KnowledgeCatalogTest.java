package cn.lianshang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The curated knowledge file: well-formed, unique, every item with its source. */
class KnowledgeCatalogTest {

	@Test
	void theCuratedFileHoldsAboutThirtyWellFormedItems() {
		List<KnowledgeItem.Fields> items = KnowledgeCatalog.read();
		assertThat(items).hasSizeGreaterThanOrEqualTo(30);
		assertThat(items).extracting(KnowledgeItem.Fields::code).doesNotHaveDuplicates();
		assertThat(items).allSatisfy(f -> {
			assertThat(f.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
			assertThat(f.summary()).isNotBlank().hasSizeLessThanOrEqualTo(1000);
			assertThat(f.source()).isNotBlank();
			if (f.industryPrefix() != null) {
				assertThat(f.industryPrefix()).matches("[A-T]\\d{0,4}");
			}
			if (f.divisionCode() != null) {
				assertThat(f.divisionCode()).matches("\\d{6}|SFZ");
			}
			if (f.url() != null) {
				assertThat(f.url()).startsWith("/");
			}
			// an item not taken from a document is marked as demo content
			if (f.source().startsWith("平台演示")) {
				assertThat(f.demo()).as(f.code()).isTrue();
			}
		});
		assertThat(items).extracting(f -> f.kind())
			.contains(KnowledgeItem.Kind.POLICY_INTERPRETATION, KnowledgeItem.Kind.CHAIN_NEWS,
					KnowledgeItem.Kind.TRAINING);
	}

}
