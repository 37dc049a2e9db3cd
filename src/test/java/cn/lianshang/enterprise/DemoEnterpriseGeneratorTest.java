package cn.lianshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * The demo generator, without Spring: the division tree and the classification come from
 * the shipped CSV files.
 */
class DemoEnterpriseGeneratorTest {

	static final long SEED = 20261122L;

	static List<Region> regions;

	static Map<String, Region> byCode;

	static Set<String> industryClasses;

	static List<EnterpriseDraft> drafts;

	@BeforeAll
	static void load() throws IOException {
		regions = readRegions();
		byCode = regions.stream().collect(Collectors.toMap(Region::code, r -> r));
		industryClasses = new HashSet<>();
		for (String[] row : read("data/industry-gbt4754-2017.csv")) {
			if (row[2].equals("class")) {
				industryClasses.add(row[0]);
			}
		}
		drafts = new DemoEnterpriseGenerator(SEED, regions).drafts(5000).toList();
	}

	/**
	 * The division tree as migration V2 builds it: paths from the parent codes, centroids
	 * by code or county.
	 */
	static List<Region> readRegions() throws IOException {
		Map<String, double[]> centroids = new HashMap<>();
		for (String[] row : read("data/centroids.csv")) {
			centroids.put(row[0], new double[] { Double.parseDouble(row[1]), Double.parseDouble(row[2]) });
		}
		Map<String, String> paths = new HashMap<>();
		List<Region> list = new ArrayList<>();
		for (String[] row : read("data/divisions-liaoning.csv")) {
			Region.Level level = Region.Level.valueOf(row[2].toUpperCase());
			String parent = level == Region.Level.CITY ? null : row[3];
			String path = (parent == null ? "" : paths.get(parent)) + row[0] + "/";
			paths.put(row[0], path);
			double[] c = centroids.getOrDefault(row[0], centroids.get(parent));
			list.add(new Region(row[0], row[1], level, parent, path, c[0], c[1]));
		}
		double[] sfz = centroids.get("SFZ");
		list.add(new Region("SFZ", "沈抚改革创新示范区", Region.Level.ZONE, null, "SFZ/", sfz[0], sfz[1]));
		return list;
	}

	static List<String[]> read(String resource) throws IOException {
		try (var in = DemoEnterpriseGeneratorTest.class.getClassLoader().getResourceAsStream(resource);
				var reader = new BufferedReader(
						new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
		}
	}

	@Test
	void sameSeedGivesTheSameEnterprisesAndAnotherSeedOthers() {
		List<EnterpriseDraft> again = new DemoEnterpriseGenerator(SEED, regions).drafts(5000).toList();
		assertThat(again).isEqualTo(drafts);
		List<EnterpriseDraft> other = new DemoEnterpriseGenerator(SEED + 1, regions).drafts(5000).toList();
		assertThat(other.stream().map(EnterpriseDraft::name).collect(Collectors.toSet()))
			.isNotEqualTo(drafts.stream().map(EnterpriseDraft::name).collect(Collectors.toSet()));
		long sameDivision = 0;
		for (int i = 0; i < drafts.size(); i++) {
			if (drafts.get(i).divisionCode().equals(other.get(i).divisionCode())) {
				sameDivision++;
			}
		}
		assertThat(sameDivision).isLessThan(drafts.size() / 2);
	}

	@Test
	void aSliceEqualsTheSameRangeOfTheWhole() {
		List<EnterpriseDraft> slice = new DemoEnterpriseGenerator(SEED, regions).drafts(1234, 1300).toList();
		assertThat(slice).isEqualTo(drafts.subList(1234, 1300));
	}

	@Test
	void everyCodeIsValidAndUnique() {
		Set<String> seen = new HashSet<>();
		for (EnterpriseDraft d : drafts) {
			assertThat(Uscc.check(d.uscc())).as(d.uscc()).isEmpty();
			assertThat(seen.add(d.uscc())).as("duplicate %s", d.uscc()).isTrue();
			assertThat(d.uscc()).startsWith("91");
		}
	}

	@Test
	void codesCarryTheCountyAndAreUniqueAcrossHundredsOfThousands() {
		DemoEnterpriseGenerator g = new DemoEnterpriseGenerator(SEED, regions);
		Set<String> bodies = new HashSet<>();
		for (int i = 0; i < 200_000; i++) {
			int year = i % 2 == 0 ? 2010 : 2020;
			String code = DemoEnterpriseGenerator.uscc("210106", i, year);
			assertThat(bodies.add(code.substring(8, 16))).isTrue();
		}
		assertThat(Uscc.isValid(DemoEnterpriseGenerator.uscc("210106", 1_339_999, 2020))).isTrue();
		for (EnterpriseDraft d : drafts) {
			Region r = byCode.get(d.divisionCode());
			String county = r.level() == Region.Level.TOWNSHIP ? r.parentCode() : r.code();
			String expected = county.equals("SFZ") ? DemoEnterpriseGenerator.ZONE_USCC_AREA : county;
			assertThat(d.uscc().substring(2, 8)).isEqualTo(expected);
		}
		assertThat(g.capacity()).isEqualTo(DemoEnterpriseGenerator.MAX_ENTERPRISES);
	}

	@Test
	void namesAreUniqueAndLookReal() {
		Set<String> names = new HashSet<>();
		for (EnterpriseDraft d : drafts) {
			assertThat(names.add(d.name())).as("duplicate %s", d.name()).isTrue();
			assertThat(d.name()).matches("\\p{IsHan}{6,20}");
			assertThat(d.name()).endsWith("公司");
			assertThat(d.name().length()).isLessThanOrEqualTo(EnterpriseRegistry.MAX_NAME);
			assertThat(DemoNames.REAL_BRANDS).noneMatch(b -> d.name().substring(2).startsWith(b));
		}
	}

	@Test
	void namesStayUniqueBeyondTheTwoCharacterTradeNames() {
		DemoEnterpriseGenerator g = new DemoEnterpriseGenerator(SEED, regions);
		int n = g.names().twoCharCount() + 20_000;
		Set<String> names = new HashSet<>(n * 2);
		g.drafts(n).forEach(d -> assertThat(names.add(d.name())).as("duplicate %s", d.name()).isTrue());
		assertThat(g.names().capacity()).isGreaterThanOrEqualTo(DemoEnterpriseGenerator.MAX_ENTERPRISES);
	}

	@Test
	void tradeNamesCanBeReadBackSoFullNamesAreUnique() {
		DemoNames names = new DemoEnterpriseGenerator(SEED, regions).names();
		assertThat(names.primary()).doesNotContainAnyElementsOf(names.secondary());
		Set<String> firstChars = new HashSet<>();
		DemoEnterpriseGenerator.SECTORS.forEach(s -> s.words().forEach(w -> firstChars.add(w.substring(0, 1))));
		assertThat(names.primary()).doesNotContainAnyElementsOf(firstChars);
		assertThat(names.secondary()).doesNotContainAnyElementsOf(firstChars);
		for (String brand : DemoNames.REAL_BRANDS) {
			for (char c : brand.toCharArray()) {
				assertThat(names.secondary()).doesNotContain(String.valueOf(c));
			}
		}
		Set<String> tradeNames = new HashSet<>();
		long probe = names.capacity();
		for (long i = 0; i < probe; i += Math.max(1, probe / 300_000)) {
			assertThat(tradeNames.add(names.tradeName(i))).isTrue();
		}
	}

	@Test
	void everyDivisionAndIndustryExists() {
		for (EnterpriseDraft d : drafts) {
			Region r = byCode.get(d.divisionCode());
			assertThat(r).as(d.divisionCode()).isNotNull();
			assertThat(r.level()).isIn(Region.Level.TOWNSHIP, Region.Level.ZONE);
			assertThat(d.industryCode()).matches("\\d{4}");
			assertThat(industryClasses).contains(d.industryCode());
		}
		for (DemoEnterpriseGenerator.Sector s : DemoEnterpriseGenerator.SECTORS) {
			assertThat(industryClasses).as(s.code()).contains(s.code());
		}
	}

	@Test
	void everyCityCountyAndTheZoneGetsEnterprisesRoughlyByEconomy() {
		Map<String, Integer> byTop = new TreeMap<>();
		Set<String> counties = new HashSet<>();
		for (EnterpriseDraft d : drafts) {
			Region r = byCode.get(d.divisionCode());
			byTop.merge(r.topCode(), 1, Integer::sum);
			counties.add(r.level() == Region.Level.TOWNSHIP ? r.parentCode() : r.code());
		}
		assertThat(byTop.keySet()).containsExactlyInAnyOrder("210100", "210300", "210400", "210500", "210900", "211000",
				"211200", "SFZ");
		long countyCount = regions.stream().filter(r -> r.level() == Region.Level.COUNTY).count();
		assertThat(countyCount).isEqualTo(54);
		assertThat(counties).hasSize(54 + 1);
		double total = DemoEnterpriseGenerator.TOP_WEIGHTS.values().stream().mapToDouble(Double::doubleValue).sum();
		DemoEnterpriseGenerator.TOP_WEIGHTS.forEach((code, w) -> {
			double expected = drafts.size() * w / total;
			assertThat((double) byTop.get(code)).as(code).isBetween(expected * 0.9 - 5, expected * 1.1 + 5);
		});
		String largest = byTop.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		assertThat(largest).isEqualTo("210100");
	}

	@Test
	void coordinatesLieNearTheirCountySeat() {
		for (EnterpriseDraft d : drafts) {
			Region r = byCode.get(d.divisionCode());
			Region county = r.level() == Region.Level.TOWNSHIP ? byCode.get(r.parentCode()) : r;
			double km = Regions.distanceKm(d.latitude(), d.longitude(), county.latitude(), county.longitude());
			assertThat(km).as(d.uscc())
				.isLessThanOrEqualTo(
						county.level() == Region.Level.ZONE ? 5.05 : county.name().endsWith("区") ? 3.05 : 10.1);
			assertThat(EnterpriseRegistry.inMetropolitanArea(d.latitude(), d.longitude())).isTrue();
		}
	}

	@Test
	void scaleRevenueFoundingAndQualificationsArePlausible() {
		long above = drafts.stream().filter(d -> d.scale() == Scale.ABOVE).count();
		assertThat(above).isBetween(150L, 500L);
		for (EnterpriseDraft d : drafts) {
			if (d.scale() == Scale.ABOVE) {
				assertThat(d.revenueBand()).isGreaterThanOrEqualTo(RevenueBand.R3);
				assertThat(d.employees()).isGreaterThanOrEqualTo(20);
			}
			else {
				assertThat(d.revenueBand()).isLessThanOrEqualTo(RevenueBand.R2);
				assertThat(d.qualifications()).doesNotContain("SINGLE_CHAMPION");
			}
			assertThat(d.foundedOn().getYear()).isBetween(1950, 2025);
			assertThat(d.address()).isNotBlank().endsWith("号");
			if (d.qualifications().contains("LITTLE_GIANT")) {
				assertThat(d.qualifications()).contains("SRDI_SME");
			}
		}
		long recent = drafts.stream().filter(d -> d.foundedOn().getYear() >= 2015).count();
		assertThat(recent).isGreaterThan(drafts.size() / 2);
		Map<String, Long> quals = drafts.stream()
			.flatMap(d -> d.qualifications().stream())
			.collect(Collectors.groupingBy(q -> q, Collectors.counting()));
		assertThat(quals.get("HNTE")).isBetween(300L, 750L);
		assertThat(quals.get("TSME")).isBetween(350L, 900L);
		assertThat(quals.get("SRDI_SME")).isBetween(130L, 400L);
		assertThat(quals.getOrDefault("LITTLE_GIANT", 0L)).isBetween(5L, 50L);
		assertThat(quals.getOrDefault("GAZELLE", 0L)).isBetween(20L, 120L);
		assertThat(quals.getOrDefault("UNICORN", 0L)).isLessThanOrEqualTo(3L);
		// technology qualifications concentrate in the chains: robots and IC equipment
		// far above trade
		double techRate = rate(drafts, Set.of("3491", "3562", "6513"), "HNTE");
		double tradeRate = rate(drafts, Set.of("5181", "5299", "5232", "5121"), "HNTE");
		assertThat(techRate).isGreaterThan(tradeRate * 5);
		long active = drafts.stream().filter(d -> d.status() == EnterpriseStatus.ACTIVE).count();
		assertThat(active).isBetween(4400L, 4800L);
	}

	private static double rate(List<EnterpriseDraft> list, Set<String> classes, String qualification) {
		List<EnterpriseDraft> in = list.stream().filter(d -> classes.contains(d.industryCode())).toList();
		return in.stream().filter(d -> d.qualifications().contains(qualification)).count() / (double) in.size();
	}

	@Test
	void theChainsAreWellRepresented() {
		Map<String, Long> byClass = drafts.stream()
			.collect(Collectors.groupingBy(EnterpriseDraft::industryCode, Collectors.counting()));
		for (String chain : List.of("3421", "3670", "3744", "3491", "3562", "2511", "3130", "1351", "2720", "3841")) {
			assertThat(byClass.getOrDefault(chain, 0L)).as(chain).isGreaterThan(0L);
		}
		long manufacturing = drafts.stream()
			.filter(d -> d.industryCode().compareTo("1310") >= 0 && d.industryCode().compareTo("4400") < 0)
			.count();
		assertThat(manufacturing).isBetween(1800L, 2800L);
	}

}
