package cn.lianshang.metro.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import cn.lianshang.metro.progress.ProgressStatus;

/**
 * The shipped targets file against the seed documents (copies in
 * {@code src/test/resources/seeds/}): every quote is the seed's own text, and every
 * number of a row is in its quote.
 */
class PlanFiguresSeedTest {

	static final List<String> SEEDS = List.of("000_3992c5023efac640.txt", "001_f23afacf029143a4.txt",
			"002_aa6756e9050e9936.txt", "003_cfc6f6ad63fdc188.txt", "004_b3576bec33bbc3d8.txt");

	static final Set<String> COMPARISONS = Set.of("≥", ">", "≤", "<", "=", "≈");

	static List<PlanFigure> rows;

	static Map<String, String> seeds = new HashMap<>();

	@BeforeAll
	static void load() throws IOException {
		rows = PlanFigures.load(new ClassPathResource(PlanFigures.RESOURCE));
		for (String seed : SEEDS) {
			try (InputStream in = new ClassPathResource("seeds/" + seed).getInputStream()) {
				seeds.put(seed, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
	}

	@Test
	void everyQuoteIsFoundVerbatimInItsSeed() {
		assertThat(rows).isNotEmpty();
		for (PlanFigure f : rows) {
			assertThat(seeds).as(f.id()).containsKey(f.sourceFile());
			assertThat(seeds.get(f.sourceFile())).as("%s quote", f.id()).contains(f.quote());
		}
	}

	@Test
	void theValueAndTheBaseYearAreInTheQuote() {
		for (PlanFigure f : rows) {
			String digits = numbersOf(f.quote());
			assertThat(containsNumber(digits, f.value().stripTrailingZeros().toPlainString()))
				.as("%s: value %s in «%s»", f.id(), f.value().toPlainString(), f.quote())
				.isTrue();
			if (f.baseYear() != null) {
				assertThat(containsNumber(digits, f.baseYear().toString())).as("%s base year", f.id()).isTrue();
			}
			if (f.baseValue() != null) {
				assertThat(containsNumber(digits, f.baseValue().stripTrailingZeros().toPlainString()))
					.as("%s base value", f.id())
					.isTrue();
			}
		}
	}

	@Test
	void chineseNumeralsAreReadAsTheirValues() {
		assertThat(numbersOf("集聚了全市近三分之一的規上工業企業")).contains("近33.3的");
		assertThat(containsNumber(numbersOf("居東北第一，全國第六位"), "6")).isTrue();
		assertThat(containsNumber(numbersOf("居東北第一，全國第六位"), "5")).isFalse();
		assertThat(containsNumber(numbersOf("确保“两高”项目零新增"), "0")).isTrue();
	}

	@Test
	void theNumberCheckCanFail() {
		// a figure followed or preceded by more digits is not the figure: 10 is not in
		// 10,000 or 2.5
		assertThat(containsNumber(numbersOf("到2025年，瀋陽市經濟總量將突破10,000億元"), "10")).isFalse();
		assertThat(containsNumber(numbersOf("到2025年，瀋陽市經濟總量將突破10,000億元"), "10000")).isTrue();
		assertThat(containsNumber(numbersOf("科技型企业突破**2.5**万家"), "5")).isFalse();
		assertThat(containsNumber(numbersOf("科技型企业突破**2.5**万家"), "2.5")).isTrue();
	}

	@Test
	void idsAreUniqueAndSayKindAndSeed() {
		Set<String> seen = new HashSet<>();
		for (PlanFigure f : rows) {
			assertThat(seen.add(f.id())).as("duplicate id %s", f.id()).isTrue();
			String expected = "S" + f.sourceFile().substring(0, 3) + "-" + (f.isTarget() ? "T" : "P");
			assertThat(f.id()).startsWith(expected);
		}
		assertThatThrownBy(() -> new PlanFigures(List.of(rows.get(0), rows.get(0)))).hasMessageContaining("duplicate");
	}

	@Test
	void comparisonsScopesDimensionsAndYearsAreValid() {
		for (PlanFigure f : rows) {
			assertThat(COMPARISONS).as(f.id()).contains(f.comparison().symbol());
			assertThat(PlanFigures.SCOPES).as(f.id()).contains(f.scope());
			assertThat(f.dimension()).as(f.id()).isIn(PlanFigures.DIMENSIONS);
			assertThat(f.indicator()).as(f.id()).isNotBlank();
			assertThat(f.indicatorEn()).as(f.id()).isNotBlank();
			assertThat(f.unit()).as(f.id()).isNotBlank();
			if (f.year() != null) {
				assertThat(f.year()).as(f.id()).isBetween(2020, 2050);
			}
			if (!f.isTarget()) {
				assertThat(f.year()).as("%s: a progress figure has a year", f.id()).isNotNull();
				assertThat(f.annual()).isFalse();
			}
		}
	}

	@Test
	void aProgressFigureMeasuresATargetOfTheSameScopeAndUnit() {
		PlanFigures figures = new PlanFigures(rows);
		for (PlanFigure f : figures.progressFigures()) {
			if (f.measures() != null) {
				PlanFigure t = figures.find(f.measures()).orElseThrow();
				assertThat(t.isTarget()).isTrue();
				assertThat(f.unit()).as(f.id()).isEqualTo(t.unit());
				assertThat(f.scope()).as(f.id()).isEqualTo(t.scope());
			}
		}
		assertThat(figures.progressFigures().stream().filter(f -> f.measures() != null)).hasSizeGreaterThan(3);
	}

	@Test
	void everySeedContributesAndKnownFiguresArePresent() {
		Map<String, Long> perSeed = rows.stream()
			.collect(Collectors.groupingBy(PlanFigure::sourceFile, Collectors.counting()));
		assertThat(perSeed.keySet()).containsExactlyInAnyOrderElementsOf(SEEDS);
		// the examples the seeds README and the brief name
		assertThat(rows).anySatisfy(f -> {
			assertThat(f.quote()).isEqualTo("沈白高铁施工总体进度达到78%");
			assertThat(f.isTarget()).isFalse();
		});
		assertThat(rows).anySatisfy(f -> {
			assertThat(f.quote()).isEqualTo("都市圈轨道密度达到每百平方公里3.8公里");
			assertThat(f.comparison().symbol()).isEqualTo("≥");
			assertThat(f.year()).isEqualTo(2025);
		});
		assertThat(rows).anySatisfy(f -> {
			assertThat(f.quote()).contains("260项以上");
			assertThat(f.comparison().symbol()).isEqualTo("≥");
		});
		assertThat(rows).anySatisfy(f -> {
			assertThat(f.quote()).contains("134");
			assertThat(f.unit()).isEqualTo("万户");
			assertThat(f.year()).isEqualTo(2024);
		});
		assertThat(rows).anySatisfy(f -> {
			assertThat(f.quote()).isEqualTo("沈阳市国际友城达到113个");
			assertThat(f.year()).isEqualTo(2035);
		});
	}

	@Test
	void statusesFromTheSeedsAlone() {
		PlanFigures figures = new PlanFigures(rows);
		// 精品旅游线路: 98 (2022, seed 000) → 108 (2025, seed 001), target 100 by 2025: reached
		PlanFigure routes = figures.find("S001-T01").orElseThrow();
		TargetProgress.Result r = TargetProgress.of(routes, figures.measuring(routes));
		assertThat(r.status()).isEqualTo(ProgressStatus.ACHIEVED);
		assertThat(r.base().value()).isEqualTo(98);
		assertThat(r.current().value()).isEqualTo(108);
		// 跨域通办 ≥ 260 by 2025: 210 reported, no earlier figure → insufficient data
		PlanFigure services = figures.find("S001-T03").orElseThrow();
		assertThat(TargetProgress.of(services, figures.measuring(services)).status())
			.isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
		// 开工重点项目 ≥ 3000 in 2025 (annual): 3072 in 2024 says nothing about 2025
		PlanFigure keyProjects = rows.stream()
			.filter(f -> f.isTarget() && f.quote().equals("全年开工重点项目3000个以上"))
			.findFirst()
			.orElseThrow();
		TargetProgress.Result k = TargetProgress.of(keyProjects, figures.measuring(keyProjects));
		assertThat(k.figureIds()).hasSize(1);
		assertThat(k.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
	}

	@Test
	void aBrokenFileIsRefused() {
		String header = "id,kind,sourceFile,scope,indicator,indicatorEn,unit,comparison,year,value,baseYear,baseValue,"
				+ "binding,dimension,annual,measures,quote\n";
		assertThatThrownBy(() -> PlanFigures
			.parse(new StringReader(header + "S001-T01,TARGET,001.txt,都市圈,x,x,个,~,2025,1,,,,区域协调,,,q\n")))
			.hasMessageContaining("line 1");
		assertThatThrownBy(() -> PlanFigures
			.parse(new StringReader(header + "S001-T01,TARGET,001.txt,火星,x,x,个,=,2025,1,,,,区域协调,,,q\n")))
			.hasMessageContaining("scope");
	}

	/**
	 * The quote with the thousands separators and markdown emphasis removed ("10,000" →
	 * "10000", "**126亿元**"), a fraction in Chinese numerals as the percentage it is, to
	 * one decimal ("三分之一" → "33.3"), and the single Chinese digits as digits ("第六位" →
	 * "第6位", "零新增" → "0新增").
	 */
	static String numbersOf(String quote) {
		String text = quote.replace("**", "").replaceAll("(?<=\\d),(?=\\d{3})", "");
		Matcher fraction = Pattern.compile("([一二三四五六七八九])分之([一二三四五六七八九])").matcher(text);
		text = fraction.replaceAll(m -> String.format(java.util.Locale.ROOT, "%.1f",
				100.0 * (DIGITS.indexOf(m.group(2)) / (double) DIGITS.indexOf(m.group(1)))));
		StringBuilder digits = new StringBuilder();
		for (char c : text.toCharArray()) {
			int d = DIGITS.indexOf(c);
			digits.append(d >= 0 ? Character.forDigit(d, 10) : c);
		}
		return digits.toString();
	}

	/** The Chinese digits, each at the index of its value. */
	static final String DIGITS = "零一二三四五六七八九";

	/**
	 * True if {@code number} occurs in {@code text} not glued to further digits or a
	 * decimal part.
	 */
	static boolean containsNumber(String text, String number) {
		return Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d]|\\.\\d)").matcher(text).find();
	}

}
