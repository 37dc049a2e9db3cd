package cn.lianshang.metro;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.lianshang.metro.data.IndicatorCatalogue;
import cn.lianshang.metro.data.MetroIndicator;
import cn.lianshang.metro.data.OrgUnits;
import cn.lianshang.metro.data.RecordingValues;
import cn.lianshang.metro.data.ValueEntry;
import cn.lianshang.metro.projects.ProjectStatus;
import cn.lianshang.metro.projects.TrackingProjects;
import cn.lianshang.metro.targets.PlanTargets;

/**
 * Demo values ({@code @Order(9)}, when {@code lianshang.demo.enabled}): every indicator
 * of the catalogue for the seven cities, the zone and the area, 2023–2025, SYNTHETIC and
 * marked so in their source ({@link #DEMO_SOURCE}) and demo flag. Where a seed document
 * gives a figure for an indicator (a progress figure of the plan target the indicator
 * measures) that figure is stored instead, not marked demo, with the seed's quote as its
 * source. Deterministic for a given {@code lianshang.demo.seed}; the area totals of
 * additive indicators are the sums of the cities, and the dispersion of GRP per capita is
 * computed from the cities' values, so the demo data pass every validation rule. Also
 * three demo key projects.
 */
@Component
@Order(9)
class MetroDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MetroDemo.class);

	static final String DEMO_SOURCE = "演示数据（合成，非官方统计） / demo data (synthetic, not official statistics)";

	static final List<Integer> YEARS = List.of(2023, 2024, 2025);

	/** Relative economic size of the units (Shenyang = 1), for additive indicators. */
	static final Map<String, Double> SIZE = Map.of("210100", 1.0, "210300", 0.24, "210400", 0.12, "210500", 0.11,
			"210900", 0.075, "211000", 0.105, "211200", 0.095, "SFZ", 0.03);

	/** Relative strength (0–1) of the units, which places them within each range. */
	static final Map<String, Double> STRENGTH = Map.of("210100", 0.85, "210300", 0.6, "210400", 0.45, "210500", 0.45,
			"210900", 0.2, "211000", 0.4, "211200", 0.3, "SFZ", 0.7);

	/** Additive indicators: the amount of a unit of size 1 in 2023. */
	static final Map<String, Double> ADDITIVE = Map.of("gdp", 8100.0, "budget_revenue", 850.0, "high_tech_firms",
			6000.0, "base_stations_5g", 38000.0);

	/** Other city indicators: the plausible range. */
	static final Map<String, double[]> RANGE = new LinkedHashMap<>();
	static {
		RANGE.put("gdp_growth", new double[] { 3, 7 });
		RANGE.put("gdp_per_capita", new double[] { 4, 11 });
		RANGE.put("fai_growth", new double[] { -5, 10 });
		RANGE.put("industry_va_growth", new double[] { 2, 9 });
		RANGE.put("rd_intensity", new double[] { 0.8, 3.3 });
		RANGE.put("digital_core_share", new double[] { 3, 12 });
		RANGE.put("manufacturing_share", new double[] { 18, 35 });
		RANGE.put("commute_time", new double[] { 40, 120 });
		RANGE.put("expressway_density", new double[] { 2, 5 });
		RANGE.put("rail_density", new double[] { 1.5, 5 });
		RANGE.put("broadband_gigabit_share", new double[] { 15, 40 });
		RANGE.put("good_air_days", new double[] { 75, 90 });
		RANGE.put("pm25", new double[] { 28, 42 });
		RANGE.put("energy_intensity_decline", new double[] { 1, 4 });
		RANGE.put("surface_water_good", new double[] { 60, 95 });
		RANGE.put("forest_cover", new double[] { 15, 60 });
		RANGE.put("unemployment", new double[] { 4.2, 5.8 });
		RANGE.put("doctors_per_1000", new double[] { 2.5, 4.2 });
		RANGE.put("income_growth", new double[] { 4, 7 });
		RANGE.put("elderly_beds", new double[] { 25, 40 });
		RANGE.put("preschool_enrolment", new double[] { 85, 98 });
		RANGE.put("income_ratio", new double[] { 1.8, 2.6 });
		RANGE.put("urbanisation", new double[] { 50, 85 });
		RANGE.put("cross_settlement_share", new double[] { 60, 95 });
	}

	/** Area-only counts by year (demo) where no seed figure exists. */
	static final Map<String, int[]> AREA_COUNTS = Map.of("cross_city_services", new int[] { 150, 180, 200 },
			"tourist_routes", new int[] { 98, 103, 105 });

	static final Map<String, String> SCOPE_UNITS = Map.of("都市圈", OrgUnits.AREA, "沈阳市", "210100", "鞍山市", "210300", "抚顺市",
			"210400", "本溪市", "210500", "阜新市", "210900", "辽阳市", "211000", "铁岭市", "211200", "沈抚改革创新示范区", "SFZ");

	private final boolean enabled;

	private final long seed;

	private final RecordingValues recording;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits units;

	private final PlanTargets targets;

	private final TrackingProjects projects;

	MetroDemo(@Value("${lianshang.demo.enabled:false}") boolean enabled, @Value("${lianshang.demo.seed:1}") long seed,
			RecordingValues recording, IndicatorCatalogue catalogue, OrgUnits units, PlanTargets targets,
			TrackingProjects projects) {
		this.enabled = enabled;
		this.seed = seed;
		this.recording = recording;
		this.catalogue = catalogue;
		this.units = units;
		this.targets = targets;
		this.projects = projects;
	}

	/** The same runner, enabled with this seed (for tests and benchmarks). */
	MetroDemo enabledCopy(long seed) {
		return new MetroDemo(true, seed, recording, catalogue, units, targets, projects);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || recording.demoCount() > 0) {
			return;
		}
		long start = System.nanoTime();
		Generated g = generate(seed);
		recording.loadDemo(g.synthetic());
		if (!g.fromSeeds().isEmpty()) {
			recording.saveAll(g.fromSeeds(), false, "seed", 0);
		}
		if (!projects.exists("DEMO-TIELING-PARK")) {
			projects.registerDemo("DEMO-TIELING-PARK", "【演示】铁岭装备制造配套产业园", "[Demo] Tieling equipment supply park",
					"211200", "INDUSTRY", new BigDecimal("12.5"), 2024, 2026, ProjectStatus.UNDER_CONSTRUCTION, 40);
			projects.registerDemo("DEMO-BENXI-GREENWAY", "【演示】本溪太子河生态绿道", "[Demo] Benxi Taizi River greenway", "210500",
					"ECOLOGY", new BigDecimal("3.2"), 2023, 2025, ProjectStatus.COMPLETED, 100);
			projects.registerDemo("DEMO-SFZ-DATA-CENTRE", "【演示】沈抚示范区算力中心", "[Demo] SFZ computing centre", "SFZ",
					"INDUSTRY", new BigDecimal("8.0"), 2025, 2027, ProjectStatus.APPROVED, 0);
		}
		log.info("Metro demo: {} synthetic values and {} seed figures in {} ms", g.synthetic().size(),
				g.fromSeeds().size(), (System.nanoTime() - start) / 1_000_000);
	}

	record Generated(List<ValueEntry> synthetic, List<ValueEntry> fromSeeds) {

	}

	/** The demo values for a seed (pure: the same seed gives the same values). */
	Generated generate(long seed) {
		Random random = new Random(seed);
		Map<String, ValueEntry> fromSeeds = seedFigures();
		List<ValueEntry> synthetic = new ArrayList<>();
		List<String> cities = units.cities().stream().map(OrgUnits.OrgUnit::code).toList();
		for (int year : YEARS) {
			double trend = 1 + 0.05 * (year - 2023);
			Map<String, Double> gdpPerCapita = new LinkedHashMap<>();
			for (MetroIndicator i : catalogue.cityIndicators()) {
				double total = 0;
				for (String city : cities) {
					if (i.code().equals("commute_time") && city.equals("210100")) {
						continue; // not applicable to Shenyang itself
					}
					double v;
					if (ADDITIVE.containsKey(i.code())) {
						v = ADDITIVE.get(i.code()) * SIZE.get(city) * trend * (0.9 + 0.2 * random.nextDouble());
						v = i.kind() == MetroIndicator.Kind.COUNT ? Math.round(v) : round(v, 1);
						total += v;
					}
					else {
						double[] r = RANGE.get(i.code());
						double s = i.direction() > 0 ? STRENGTH.get(city) : 1 - STRENGTH.get(city);
						double position = Math.max(0, Math.min(1, s + (random.nextDouble() - 0.5) * 0.3));
						v = round(r[0] + (r[1] - r[0]) * position, 2);
						if (i.code().equals("gdp_per_capita")) {
							gdpPerCapita.put(city, v);
						}
					}
					add(synthetic, fromSeeds, i.code(), city, year, v);
				}
				if (ADDITIVE.containsKey(i.code())) {
					add(synthetic, fromSeeds, i.code(), OrgUnits.AREA, year, round(total, 1));
				}
			}
			double[] pc = gdpPerCapita.values().stream().mapToDouble(Double::doubleValue).toArray();
			add(synthetic, fromSeeds, "gdp_pc_dispersion", OrgUnits.AREA, year, round(variation(pc), 4));
			for (var e : AREA_COUNTS.entrySet()) {
				add(synthetic, fromSeeds, e.getKey(), OrgUnits.AREA, year, e.getValue()[YEARS.indexOf(year)]);
			}
		}
		return new Generated(synthetic, new ArrayList<>(fromSeeds.values()));
	}

	private static void add(List<ValueEntry> out, Map<String, ValueEntry> fromSeeds, String indicator, String unit,
			int year, double value) {
		if (fromSeeds.containsKey(indicator + "/" + unit + "/" + year)) {
			return; // the seed's figure takes its place
		}
		out.add(new ValueEntry(indicator, unit, String.valueOf(year), BigDecimal.valueOf(value).stripTrailingZeros(),
				DEMO_SOURCE, null));
	}

	/**
	 * The seeds' figures for the catalogue's indicators: progress figures of the plan
	 * target an indicator measures, for 2023–2025 and a scope that is an org unit.
	 */
	private Map<String, ValueEntry> seedFigures() {
		Map<String, ValueEntry> map = new LinkedHashMap<>();
		for (MetroIndicator i : catalogue.all()) {
			if (i.target() == null) {
				continue;
			}
			for (PlanTargets.Figure f : targets.progressFigures(null)) {
				String unit = SCOPE_UNITS.get(f.scope());
				if (i.target().equals(f.measures()) && unit != null && f.year() != null && YEARS.contains(f.year())
						&& f.value() != null) {
					map.put(i.code() + "/" + unit + "/" + f.year(), new ValueEntry(i.code(), unit,
							String.valueOf(f.year()), f.value(), "种子文件 " + f.sourceFile() + "：「" + f.quote() + "」",
							f.comparison().equals("=") ? null : "原文为“" + f.comparison() + " " + f.value() + "”"));
				}
			}
		}
		return map;
	}

	static double variation(double[] x) {
		double mean = java.util.Arrays.stream(x).average().orElse(0);
		double ss = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
		return mean == 0 ? 0 : Math.sqrt(ss / x.length) / mean;
	}

	static double round(double v, int digits) {
		return BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_UP).doubleValue();
	}

}
