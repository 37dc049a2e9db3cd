package cn.lianshang.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.enterprise.Industries;
import cn.lianshang.enterprise.IndustryClass;

/**
 * The reference data that migration V2 loads: the division tree and GB/T 4754-2017, in
 * the database and the API.
 */
class ReferenceDataTest extends ApiTestSupport {

	static final List<String> CITIES = List.of("210100", "210300", "210400", "210500", "210900", "211000", "211200");

	@Autowired
	Regions regions;

	@Autowired
	Industries industries;

	@Test
	void holdsSevenCitiesFiftyFourCountiesAndSixHundredFortySixTownshipsAndTheZone() {
		Map<Region.Level, Long> counts = regions.all()
			.stream()
			.collect(Collectors.groupingBy(Region::level, Collectors.counting()));
		assertThat(counts).containsEntry(Region.Level.CITY, 7L)
			.containsEntry(Region.Level.COUNTY, 54L)
			.containsEntry(Region.Level.TOWNSHIP, 646L)
			.containsEntry(Region.Level.ZONE, 1L);
		assertThat(regions.all().stream().filter(r -> r.level() == Region.Level.CITY).map(Region::code))
			.containsExactlyInAnyOrderElementsOf(CITIES);
		assertThat(jdbc.queryForObject("select count(*) from division", Long.class)).isEqualTo(708L);
	}

	@Test
	void theZoneIsTopLevelWithoutChildrenAndCarriesANote() {
		Region sfz = regions.find("SFZ").orElseThrow();
		assertThat(sfz.level()).isEqualTo(Region.Level.ZONE);
		assertThat(sfz.name()).isEqualTo("沈抚改革创新示范区");
		assertThat(sfz.parentCode()).isNull();
		assertThat(sfz.path()).isEqualTo("SFZ/");
		assertThat(regions.childrenOf("SFZ")).isEmpty();
		assertThat(regions.note("SFZ")).hasValueSatisfying(note -> assertThat(note).isNotBlank());
		assertThat(regions.all().stream().filter(r -> "SFZ".equals(r.parentCode()))).isEmpty();
	}

	@Test
	void everyTownshipLiesInACountyAndEveryCountyInACity() {
		Map<String, Region> byCode = regions.all()
			.stream()
			.collect(Collectors.toMap(Region::code, Function.identity()));
		List<String> broken = new ArrayList<>();
		for (Region r : regions.all()) {
			Region parent = r.parentCode() == null ? null : byCode.get(r.parentCode());
			switch (r.level()) {
				case TOWNSHIP -> {
					if (parent == null || parent.level() != Region.Level.COUNTY || r.code().length() != 9
							|| !r.code().startsWith(parent.code())) {
						broken.add(r.code() + " township under " + r.parentCode());
					}
				}
				case COUNTY -> {
					if (parent == null || parent.level() != Region.Level.CITY || r.code().length() != 6) {
						broken.add(r.code() + " county under " + r.parentCode());
					}
				}
				case CITY, ZONE -> {
					if (parent != null) {
						broken.add(r.code() + " top-level unit under " + r.parentCode());
					}
				}
			}
			String expectedPath = (parent == null ? "" : parent.path()) + r.code() + "/";
			if (!expectedPath.equals(r.path())) {
				broken.add(r.code() + " path " + r.path() + ", expected " + expectedPath);
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void countsTheUnitsBelowEachCity() {
		Map<String, Integer> counties = Map.of("210100", 13, "210300", 7, "210400", 7, "210500", 6, "210900", 7,
				"211000", 7, "211200", 7);
		counties.forEach((city, n) -> assertThat(regions.childrenOf(city)).as(city).hasSize(n));
		long shenyangTownships = regions.all()
			.stream()
			.filter(r -> r.level() == Region.Level.TOWNSHIP && r.path().startsWith("210100/"))
			.count();
		assertThat(shenyangTownships).isEqualTo(190);
		assertThat(regions.fullName("210106")).isEqualTo("沈阳市铁西区");
		assertThat(regions.isWithin("210106001", "210100")).isTrue();
		assertThat(regions.isWithin("210106001", "210300")).isFalse();
	}

	@Test
	void listsTheSevenCitiesAndTheZoneOverTheApi() throws Exception {
		var result = mvc.perform(get("/api/v1/regions")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		JsonNode top = body(result);
		assertThat(top).hasSize(8);
		List<String> codes = new ArrayList<>();
		top.forEach(r -> codes.add(r.get("code").asText()));
		assertThat(codes).containsAll(CITIES).contains("SFZ");
		top.forEach(r -> {
			assertThat(r.get("name").asText()).isNotBlank();
			assertThat(r.get("level").asText()).isEqualTo("SFZ".equals(r.get("code").asText()) ? "zone" : "city");
		});
	}

	@Test
	void listsTheThirteenCountiesOfShenyangOverTheApi() throws Exception {
		JsonNode children = body(mvc.perform(get("/api/v1/regions/210100/children")).andReturn());
		assertThat(children).hasSize(13);
		List<String> names = new ArrayList<>();
		children.forEach(c -> {
			names.add(c.get("name").asText());
			assertThat(c.get("level").asText()).isEqualTo("county");
			assertThat(c.get("parentCode").asText()).isEqualTo("210100");
		});
		assertThat(names).contains("铁西区", "浑南区");
		assertThat(body(mvc.perform(get("/api/v1/regions/SFZ/children")).andReturn())).isEmpty();
		problem(mvc.perform(get("/api/v1/regions/999999/children")).andReturn(), 404);
	}

	@Test
	void holdsTheFourLevelsOfGbt4754WithConsistentParents() {
		Map<IndustryClass.Level, Long> counts = industries.all()
			.stream()
			.collect(Collectors.groupingBy(IndustryClass::level, Collectors.counting()));
		assertThat(counts).containsEntry(IndustryClass.Level.SECTION, 20L)
			.containsEntry(IndustryClass.Level.DIVISION, 97L)
			.containsEntry(IndustryClass.Level.GROUP, 473L)
			.containsEntry(IndustryClass.Level.CLASS, 1381L);
		List<String> broken = new ArrayList<>();
		for (IndustryClass i : industries.all()) {
			IndustryClass parent = i.parentCode() == null ? null : industries.find(i.parentCode()).orElse(null);
			boolean ok = switch (i.level()) {
				case SECTION -> parent == null && i.code().matches("[A-T]");
				case DIVISION ->
					parent != null && parent.level() == IndustryClass.Level.SECTION && i.code().matches("\\d{2}");
				case GROUP -> parent != null && parent.level() == IndustryClass.Level.DIVISION
						&& i.code().matches("\\d{3}") && i.code().startsWith(parent.code());
				case CLASS -> parent != null && parent.level() == IndustryClass.Level.GROUP
						&& i.code().matches("\\d{4}") && i.code().startsWith(parent.code());
			};
			if (!ok) {
				broken.add(i.code() + " (" + i.level() + ") under " + i.parentCode());
			}
		}
		assertThat(broken).isEmpty();
		// every group has at least one class
		assertThat(industries.all().stream().filter(i -> i.level() == IndustryClass.Level.GROUP))
			.allSatisfy(g -> assertThat(industries.childrenOf(g.code())).as(g.code()).isNotEmpty());
	}

	@Test
	void knowsTheMachineToolClassesAndTheirPrefixedForm() {
		IndustryClass lathe = industries.find("3421").orElseThrow();
		assertThat(lathe.name()).isEqualTo("金属切削机床制造");
		assertThat(lathe.level()).isEqualTo(IndustryClass.Level.CLASS);
		assertThat(lathe.prefixedCode()).isEqualTo("C3421");
		assertThat(industries.find("C3421")).contains(lathe);
		assertThat(industries.find("A3421")).isEmpty();
		assertThat(industries.lineage("3421").stream().map(IndustryClass::code)).containsExactly("C", "34", "342",
				"3421");
		assertThat(industries.find("34").orElseThrow().name()).isEqualTo("通用设备制造业");
		assertThat(industries.find("3425").orElseThrow().name()).isEqualTo("机床功能部件及附件制造");
	}

	@Test
	void listsIndustriesLevelByLevelOverTheApi() throws Exception {
		assertThat(body(mvc.perform(get("/api/v1/industries")).andReturn())).hasSize(20);
		JsonNode group342 = body(mvc.perform(get("/api/v1/industries?parent=342")).andReturn());
		List<String> codes = new ArrayList<>();
		group342.forEach(c -> {
			codes.add(c.get("code").asText());
			assertThat(c.get("level").asText()).isEqualTo("class");
			assertThat(c.get("parentCode").asText()).isEqualTo("342");
		});
		assertThat(codes).containsExactly("3421", "3422", "3423", "3424", "3425", "3429");
		assertThat(group342.get(0).get("prefixedCode").asText()).isEqualTo("C3421");
		assertThat(body(mvc.perform(get("/api/v1/industries?parent=C")).andReturn())).hasSize(31);
		assertThat(body(mvc.perform(get("/api/v1/industries?parent=34")).andReturn())).hasSize(9);
		assertThat(body(mvc.perform(get("/api/v1/industries?parent=3421")).andReturn())).isEmpty();
		JsonNode one = body(mvc.perform(get("/api/v1/industries/C3421")).andReturn());
		assertThat(one.get("code").asText()).isEqualTo("3421");
		problem(mvc.perform(get("/api/v1/industries?parent=9999")).andReturn(), 404);
	}

}
