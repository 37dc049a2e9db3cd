package cn.lianshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.lianshang.TestData;
import cn.lianshang.enterprise.Uscc.Rule;

/**
 * GB 32100-2015 (and the GB 11714 organisation code inside it), against real and broken
 * codes.
 */
class UsccTest {

	/**
	 * How the reasons of {@code uscc-invalid-samples.csv} are worded, most specific
	 * first. Outside checks hold more rows than ours, so this maps wording rather than
	 * rows; an unmapped reason fails the test.
	 */
	static final Map<Pattern, Rule> REASONS = new java.util.LinkedHashMap<>();

	static {
		REASONS.put(Pattern.compile("(wrong|invalid|bad) length|\\b\\d+ (characters|digits)\\b.*(length|missing)"),
				Rule.LENGTH);
		REASONS.put(Pattern.compile("forbidden letter|letter [IOSVZ] (is )?not"), Rule.FORBIDDEN_LETTER);
		REASONS.put(Pattern.compile("lower[ -]?case"), Rule.LOWER_CASE);
		REASONS.put(Pattern.compile("space|whitespace|invalid character|punctuation|not a letter or digit"),
				Rule.INVALID_CHARACTER);
		REASONS.put(Pattern.compile("organi[sz]ation code check|gb ?11714|mod ?11"), Rule.ORGANISATION_CODE);
		REASONS.put(Pattern.compile("check ?(character|digit|code|sum)|checksum|mod ?31"), Rule.CHECK_CHARACTER);
		REASONS.put(Pattern.compile("empty|blank|missing code"), Rule.REQUIRED);
	}

	static Rule ruleFor(String reason) {
		String r = reason.toLowerCase(Locale.ROOT);
		return REASONS.entrySet()
			.stream()
			.filter(e -> e.getKey().matcher(r).find())
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no Uscc.Rule is mapped for the reason: " + reason));
	}

	static List<CSVRecord> rows(String resource) throws IOException {
		InputStream in = UsccTest.class.getResourceAsStream("/uscc/" + resource);
		assertThat(in).as(resource).isNotNull();
		try (var parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return parser.getRecords();
		}
	}

	static Stream<Arguments> validSamples() throws IOException {
		return rows("uscc-samples.csv").stream().map(r -> Arguments.of(r.get("code"), r.get("company")));
	}

	static Stream<Arguments> invalidSamples() throws IOException {
		return rows("uscc-invalid-samples.csv").stream().map(r -> Arguments.of(r.get("code"), r.get("why_invalid")));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("validSamples")
	void acceptsARealCode(String code, String company) {
		assertThat(Uscc.check(code)).as(company).isEmpty();
		assertThat(Uscc.isValid(code)).isTrue();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("invalidSamples")
	void rejectsABrokenCodeForItsReason(String code, String why) {
		assertThat(Uscc.check(code)).as(why).contains(ruleFor(why));
	}

	@Test
	void theSampleFilesAreNotEmpty() throws IOException {
		assertThat(rows("uscc-samples.csv")).hasSizeGreaterThanOrEqualTo(20);
		assertThat(rows("uscc-invalid-samples.csv")).hasSizeGreaterThanOrEqualTo(11);
	}

	@Test
	void anUnmappedReasonFailsRatherThanPasses() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ruleFor("the moon is in the wrong phase"))
			.isInstanceOf(AssertionError.class);
	}

	@Test
	void computesTheWorkedExampleOfTheStandard() {
		assertThat(Uscc.checkCharacter("91440300192203821")).isEqualTo('6');
		assertThat(Uscc.check("914403001922038216")).isEmpty();
		assertThat(Uscc.check("914403001922038217")).contains(Rule.CHECK_CHARACTER);
	}

	@Test
	void rejectsALowerCaseCopyOfAValidCode() {
		String code = "91110108551385082Q";
		assertThat(Uscc.check(code)).isEmpty();
		assertThat(Uscc.check(code.toLowerCase(Locale.ROOT))).contains(Rule.LOWER_CASE);
		assertThat(Uscc.check("91330110ma2b00r29g")).contains(Rule.LOWER_CASE);
	}

	@Test
	void rejectsAnEmbeddedSpace() {
		String code = "914403001922038216";
		String spaced = code.substring(0, 8) + " " + code.substring(9);
		assertThat(spaced).hasSize(18);
		assertThat(Uscc.check(spaced)).contains(Rule.INVALID_CHARACTER);
		assertThat(Uscc.check("9144-3001922038216")).contains(Rule.INVALID_CHARACTER);
	}

	@Test
	void rejectsEveryTranspositionOfTwoDifferentAdjacentCharacters() throws IOException {
		List<String> accepted = new ArrayList<>();
		for (CSVRecord r : rows("uscc-samples.csv")) {
			String code = r.get("code");
			for (int i = 0; i < 17; i++) {
				if (code.charAt(i) == code.charAt(i + 1)) {
					continue;
				}
				char[] c = code.toCharArray();
				c[i] = code.charAt(i + 1);
				c[i + 1] = code.charAt(i);
				String swapped = new String(c);
				if (Uscc.check(swapped).isEmpty()) {
					accepted.add(swapped + " (from " + code + ", positions " + (i + 1) + "/" + (i + 2) + ")");
				}
			}
		}
		assertThat(accepted).isEmpty();
	}

	@Test
	void rejectsEverySingleCharacterSubstitution() {
		String code = "914403001922038216";
		for (int i = 0; i < 18; i++) {
			for (char c : Uscc.CHARS.toCharArray()) {
				if (c == code.charAt(i)) {
					continue;
				}
				String changed = code.substring(0, i) + c + code.substring(i + 1);
				assertThat(Uscc.check(changed)).as(changed).isPresent();
			}
		}
	}

	@Test
	void checksTheOrganisationCodeInsideEvenWhenTheOuterCheckCharacterFits() {
		String code = "914403001922038216";
		char orgCheck = code.charAt(16);
		char wrong = orgCheck == '0' ? '1' : '0';
		String first17 = code.substring(0, 16) + wrong;
		String broken = first17 + Uscc.checkCharacter(first17);
		assertThat(Uscc.check(broken)).contains(Rule.ORGANISATION_CODE);
	}

	@Test
	void computesTheOrganisationCheckCharacterIncludingX() {
		// 19220382 is Huawei's organisation code body; its check character is 1 (position
		// 17 of the USCC).
		assertThat(Uscc.organisationCheck("19220382")).isEqualTo('1');
		// 78786241 (上海贝锐, 91310110787862412B) has check character 2.
		assertThat(Uscc.organisationCheck("78786241")).isEqualTo('2');
		assertThat(Uscc.organisationCheck("30160721")).isEqualTo('X');
	}

	@Test
	void reportsLengthBeforeAnythingElseAndRequiresAValue() {
		assertThat(Uscc.check(null)).contains(Rule.REQUIRED);
		assertThat(Uscc.check("")).contains(Rule.REQUIRED);
		assertThat(Uscc.check("9I44030019220382")).contains(Rule.LENGTH);
	}

	@Test
	void generatedFixtureCodesAreValid() {
		Random random = new Random(42);
		for (int i = 0; i < 1000; i++) {
			String code = TestData.validUscc(random);
			assertThat(Uscc.check(code)).as(code).isEqualTo(Optional.empty());
		}
	}

	@Test
	void mapsTheReasonsOfTheInvalidSamples() {
		assertThat(ruleFor("wrong length: 17 characters")).isEqualTo(Rule.LENGTH);
		assertThat(ruleFor("forbidden letter S as check character")).isEqualTo(Rule.FORBIDDEN_LETTER);
		assertThat(ruleFor("check character 18 altered")).isEqualTo(Rule.CHECK_CHARACTER);
		assertThat(ruleFor("position 11 (organisation code body) 2->3; check character no longer matches"))
			.isEqualTo(Rule.CHECK_CHARACTER);
		assertThat(ruleFor("lower case letters")).isEqualTo(Rule.LOWER_CASE);
		assertThat(ruleFor("embedded space at position 9")).isEqualTo(Rule.INVALID_CHARACTER);
	}

}
