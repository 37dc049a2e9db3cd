package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianshang.policy.model.Clause;
import cn.lianshang.policy.model.ClauseValidation;
import cn.lianshang.policy.model.CompanySize;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

class ClauseJsonTests {

	final ClauseJson json = new ClauseJson();

	final ObjectMapper mapper = new ObjectMapper();

	/**
	 * 沈阳 and two districts; sections C and I, division 34, class 3421; HNTE and TSME;
	 * articles 1–5.
	 */
	static final ClauseValidation.Vocabulary VOCABULARY = new ClauseValidation.Vocabulary() {

		@Override
		public boolean divisionExists(String code) {
			return Set.of("210100", "210106", "210112", "SFZ").contains(code);
		}

		@Override
		public boolean industryExists(String code) {
			return Set.of("C", "I", "34", "3421", "C3421").contains(code);
		}

		@Override
		public boolean qualificationExists(String code) {
			return Set.of("HNTE", "TSME").contains(code);
		}

		@Override
		public Set<Integer> articles() {
			return Set.of(1, 2, 3, 4, 5);
		}

	};

	JsonNode tree(String text) throws Exception {
		return mapper.readTree(text.replace('\'', '"'));
	}

	List<String> problems(String text) throws Exception {
		ClauseJson.Parsed parsed = json.parse(tree(text), "eligibility");
		if (!parsed.problems().isEmpty()) {
			return parsed.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
		}
		return ClauseValidation.check(parsed.clause(), "eligibility", VOCABULARY)
			.stream()
			.map(v -> v.path() + ":" + v.code())
			.toList();
	}

	@Test
	void aTreeRoundTripsThroughJsonWithTypeNames() throws Exception {
		String text = "{'type':'all','all':[{'type':'divisionIn','codes':['210100'],'article':2},"
				+ "{'type':'any','any':[{'type':'scale','scale':'ABOVE','article':3},"
				+ "{'type':'qualification','anyOf':['HNTE'],'article':3}]},"
				+ "{'type':'not','not':{'type':'industryUnder','codes':['I'],'article':4}},"
				+ "{'type':'rdShare','min':3,'article':4},{'type':'revenue','min':2000,'article':4},"
				+ "{'type':'founded','to':'2020-01-01','article':2},{'type':'credit','article':5}]}";
		ClauseJson.Parsed parsed = json.parse(tree(text), "eligibility");
		assertThat(parsed.problems()).isEmpty();
		Clause.All all = (Clause.All) parsed.clause();
		assertThat(all.all()).hasSize(7);
		assertThat(((Clause.Any) all.all().get(1)).any().get(0)).isEqualTo(new Clause.ScaleIs(CompanySize.ABOVE, 3));
		assertThat(json.read(json.write(parsed.clause()))).isEqualTo(parsed.clause());
		assertThat(json.tree(parsed.clause()).get("type").asText()).isEqualTo("all");
		assertThat(json.tree(parsed.clause()).at("/all/5").has("from")).as("nulls are left out").isFalse();
		assertThat(ClauseValidation.check(parsed.clause(), "eligibility", VOCABULARY)).isEmpty();
	}

	@Test
	void invalidTreesAreReportedWithTheirPaths() throws Exception {
		assertThat(problems("{'type':'all','all':[{'type':'divisionIn','codes':['210100','999999'],'article':2},"
				+ "{'type':'industryUnder','codes':['Z9'],'article':3},"
				+ "{'type':'employees','min':300,'max':10,'article':3},{'type':'any','any':[]},"
				+ "{'type':'qualification','anyOf':['NOPE'],'article':3},{'type':'credit','article':9},"
				+ "{'type':'rdShare','min':120,'article':4},{'type':'scale','article':2}]}"))
			.containsExactly("eligibility.all[0].codes[1]:policy.clause.division-unknown",
					"eligibility.all[1].codes[0]:policy.clause.industry-unknown",
					"eligibility.all[2].min:policy.clause.min-above-max", "eligibility.all[3].any:policy.clause.empty",
					"eligibility.all[4].anyOf[0]:policy.clause.qualification-unknown",
					"eligibility.all[5].article:policy.clause.article-unknown",
					"eligibility.all[6].min:policy.clause.percent", "eligibility.all[7].scale:policy.clause.required");
	}

	@Test
	void aLeafWithoutArticleOrBoundsIsInvalid() throws Exception {
		assertThat(problems("{'type':'all','all':[{'type':'revenue','article':2},{'type':'credit'}]}")).containsExactly(
				"eligibility.all[0]:policy.clause.range-open",
				"eligibility.all[1].article:policy.clause.article-required");
	}

	@Test
	void nestingDeeperThanTenIsRefused() throws Exception {
		String leaf = "{'type':'credit','article':1}";
		String ten = leaf;
		for (int i = 0; i < 9; i++) {
			ten = "{'type':'not','not':" + ten + "}";
		}
		assertThat(problems(ten)).isEmpty();
		String eleven = "{'type':'all','all':[" + ten + "]}";
		assertThat(problems(eleven))
			.containsExactly("eligibility.all[0].not.not.not.not.not.not.not.not.not:policy.clause.too-deep");
	}

	@Test
	void unknownTypesAndPropertiesAndWrongValuesAreReportedAtTheirPath() throws Exception {
		assertThat(problems("{'type':'all','all':[{'type':'credit','article':1},{'type':'nonsense','article':1}]}"))
			.containsExactly("eligibility.all[1].type:policy.clause.type-unknown");
		assertThat(problems("{'type':'all','all':[{'type':'credit','article':1,'minn':3}]}"))
			.containsExactly("eligibility.all[0].minn:policy.clause.property-unknown");
		assertThat(problems("{'type':'all','all':[{'type':'employees','min':'many','article':1}]}"))
			.containsExactly("eligibility.all[0].min:policy.clause.malformed");
		assertThat(problems("{'type':'any','any':[{'type':'scale','scale':'HUGE','article':1}]}"))
			.containsExactly("eligibility.any[0].scale:policy.clause.malformed");
		ClauseJson.Parsed missing = json.parse(null, "eligibility");
		assertThat(missing.problems()).extracting(FieldProblem::field).containsExactly("eligibility");
	}

}
