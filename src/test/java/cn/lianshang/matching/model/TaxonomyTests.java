package cn.lianshang.matching.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyTests {

	static final Taxonomy taxonomy = Taxonomy.fromClasspath();

	@Test
	void theIssuesTextNormalisesToCncTurningAnd45Steel() {
		Taxonomy.Normalised n = taxonomy.normalise("数控车加工 45号钢");
		assertThat(n.processes()).containsExactly("TURNING");
		assertThat(n.materials()).containsExactly("C45");
	}

	@Test
	void aLongerDemandSentenceYieldsEveryCodeItMentions() {
		Taxonomy.Normalised n = taxonomy.normalise("需要 2000 件 45#钢数控车削轴类零件，调质后外圆磨，表面镀锌，公差 IT7");
		assertThat(n.processes()).containsExactly("TURNING", "HEAT_TREATMENT", "GRINDING", "ELECTROPLATING");
		assertThat(n.materials()).containsExactly("C45");
	}

	@ParameterizedTest
	@CsvSource({ "车削,TURNING", "CNC车削,TURNING", "数控车,TURNING", "ｃｎｃ加工,CNC_MACHINING", "五轴联动,FIVE_AXIS", "慢走丝,WIRE_EDM",
			"阳极氧化,ANODIZING", "喷塑,SPRAY_COATING", "3D打印,ADDITIVE", "TURNING,TURNING" })
	void processSynonymsResolveToTheirCode(String text, String code) {
		assertThat(taxonomy.processes().resolve(text)).contains(code);
	}

	@ParameterizedTest
	@CsvSource({ "45#,C45", "45钢,C45", "C45,C45", "S45C,C45", "Q345,Q355", "Q355B,Q355", "SUS304,SS304",
			"0Cr18Ni9,SS304", "316L,SS316L", "6061-T6,AL6061", "7075,AL7075", "H62,H62", "T2紫铜,T2", "TC4,TC4",
			"POM,POM", "PA66,PA66", "ABS,ABS", "HRB400E,HRB400", "20CrMnTi,20CRMNTI", "40Cr,40CR" })
	void materialSynonymsResolveToTheirGrade(String text, String code) {
		assertThat(taxonomy.materials().resolve(text)).contains(code);
	}

	@Test
	void gradesBelongToFamiliesAndCategories() {
		assertThat(taxonomy.materials().sameFamily("C45", "C20")).isTrue();
		assertThat(taxonomy.materials().sameFamily("C45", "SS304")).isFalse();
		assertThat(taxonomy.materials().find("HRB400").orElseThrow().category()).isEqualTo("STEEL");
		assertThat(taxonomy.categories().resolve("型钢")).contains("PROFILE");
		assertThat(taxonomy.categories().resolve("塑料颗粒")).contains("PLASTIC_PELLET");
	}

	@Test
	void latinSynonymsMatchOnlyAtWordBoundaries() {
		assertThat(taxonomy.normalise("型号 3040 与 ABSX").materials()).isEmpty();
		assertThat(taxonomy.normalise("304 不锈钢板").materials()).containsExactly("SS304");
	}

	@Test
	void unknownWordsResolveToNothing() {
		assertThat(taxonomy.processes().resolve("搓澡")).isEmpty();
		assertThat(taxonomy.materials().resolve("Q999")).isEmpty();
	}

}
