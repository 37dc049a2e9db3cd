package cn.lianshang.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Integrity of the reference chains against seed 002 and GB/T 4754-2017 (the registry's
 * own copy, {@code data/industry-gbt4754-2017.csv}).
 */
class ReferenceChainsTest {

	static ReferenceChains reference;

	/** code → level of every GB/T 4754-2017 entry. */
	static Map<String, String> industry = new HashMap<>();

	@BeforeAll
	static void load() throws Exception {
		reference = ReferenceChains.load();
		try (BufferedReader r = new BufferedReader(new InputStreamReader(
				ReferenceChainsTest.class.getClassLoader().getResourceAsStream("data/industry-gbt4754-2017.csv"),
				StandardCharsets.UTF_8))) {
			r.readLine();
			r.lines().map(l -> l.split(",", -1)).forEach(f -> industry.put(f[0], f[2]));
		}
		assertThat(industry).hasSizeGreaterThan(1900);
	}

	@Test
	void theTwentyChainsOfSeed002InTheirFourGroups() {
		Map<String, List<String>> byGroup = reference.chains()
			.stream()
			.collect(Collectors.groupingBy(ReferenceChains.ChainRow::group,
					Collectors.mapping(ReferenceChains.ChainRow::name, Collectors.toList())));
		assertThat(byGroup.get("LAOZIHAO")).containsExactly("汽车及零部件", "通用机械装备", "石化重矿轨道交通及专用装备", "机床及功能部件", "电力装备");
		assertThat(byGroup.get("YUANZIHAO")).containsExactly("冶金建材", "石油化工", "农副产品深加工");
		assertThat(byGroup.get("XINZIHAO")).containsExactly("新能源及新能源汽车", "集成电路", "航空", "生物医药及医疗装备", "机器人", "新材料",
				"节能环保");
		assertThat(byGroup.get("NEWIT")).containsExactly("网络信息安全", "5G基础设施及应用", "人工智能", "智能终端制造", "智能传感器");
		assertThat(reference.chains()).hasSize(20);
	}

	@Test
	void everyChainHasAtLeastTwelveNodesInAllThreeSegmentsWithValidClassesAndUniqueCodes() {
		Set<String> allCodes = new HashSet<>();
		for (ReferenceChains.ChainRow chain : reference.chains()) {
			List<NodeSpec> nodes = reference.nodesOf(chain.code());
			assertThat(nodes).as(chain.code()).hasSizeGreaterThanOrEqualTo(12);
			assertThat(nodes.stream().map(NodeSpec::segment).collect(Collectors.toSet())).as(chain.code())
				.containsExactlyInAnyOrder("上游", "中游", "下游");
			for (NodeSpec n : nodes) {
				assertThat(allCodes.add(n.code())).as("unique node code %s", n.code()).isTrue();
				assertThat(KeepingChains.NODE_CODE.matcher(n.code()).matches()).as(n.code()).isTrue();
				assertThat(NodeSpec.KINDS).as(n.code()).contains(n.kind());
				assertThat(n.weight()).as(n.code()).isBetween(1, 5);
				assertThat(n.keywords()).as(n.code()).isNotEmpty();
				assertThat(n.industryCodes()).as(n.code()).isNotEmpty();
				for (String c : n.industryCodes()) {
					assertThat(c).as(n.code()).matches("\\d{4}");
					assertThat(industry.get(c)).as("%s: %s is a GB/T 4754-2017 class", n.code(), c).isEqualTo("class");
				}
			}
		}
		assertThat(reference.nodes().keySet()).as("no nodes of an unknown chain")
			.isEqualTo(reference.chains().stream().map(ReferenceChains.ChainRow::code).collect(Collectors.toSet()));
	}

	@Test
	void theAutomotiveChainNamesVehicleMakingByItsTwoClasses() {
		NodeSpec vehicle = reference.nodesOf("AUTO")
			.stream()
			.filter(n -> n.code().equals("AUTO-VEHICLE"))
			.findFirst()
			.orElseThrow();
		assertThat(vehicle.segment()).isEqualTo("下游");
		assertThat(vehicle.industryCodes()).containsExactly("3611", "3612");
	}

}
