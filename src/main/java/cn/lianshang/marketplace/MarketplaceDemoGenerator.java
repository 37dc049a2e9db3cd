package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.lianshang.matching.model.Scenario;

/**
 * Demo offers and demands for demo enterprises: a pure function of the enterprises
 * (sorted by credit code), the seed and today. Offers follow the enterprise's industry
 * (machining shops offer cutting, steel mills sell steel); demands mostly ask for what
 * local shops offer, and a few ask in 阜新 for processes that no shop near 阜新 offers (五轴,
 * 电火花), so the demo shows a demand without a good local match.
 */
final class MarketplaceDemoGenerator {

	/** One demo enterprise as the generator sees it. */
	record Company(String uscc, String name, String industryCode, String divisionCode) {

	}

	record Plan(List<OfferDraft> offers, List<DemandDraft> demands) {

	}

	/** A supplier profile: what shops of an industry offer. */
	record Profile(Scenario scenario, List<String> core, List<String> extra, List<String> materials,
			List<String> categories, int finestIt, int coarsestIt, List<String> certifications, String noun) {

	}

	/** Processes no shop in or near 阜新 offers. */
	static final Set<String> RARE = Set.of("FIVE_AXIS", "EDM", "WIRE_EDM");

	static final String FUXIN = "2109";

	static final double OFFER_SHARE = 0.55;

	private static final List<String> CUTTING_MATERIALS = List.of("C45", "40CR", "Q235B", "42CRMO", "SS304", "AL6061");

	private final long seed;

	private final LocalDate today;

	MarketplaceDemoGenerator(long seed, LocalDate today) {
		this.seed = seed;
		this.today = today;
	}

	/**
	 * The offer profile of an industry class (GB/T 4754), or null when its enterprises
	 * offer nothing.
	 */
	static Profile profile(String industry) {
		if (industry == null || industry.length() < 2) {
			return null;
		}
		String c = industry;
		if (c.startsWith("374") || c.equals("3963")) {
			return machining(List.of("CNC_MACHINING", "MILLING", "FIVE_AXIS"),
					List.of("TURNING", "EDM", "WIRE_EDM", "GRINDING"), List.of("AL7075", "TC4", "AL6061", "SS304"), 5,
					6, List.of("AS9100"), "航空结构件");
		}
		if (c.startsWith("367") || c.startsWith("366") || c.startsWith("361")) {
			return machining(List.of("TURNING", "MILLING"),
					List.of("GRINDING", "STAMPING", "WELDING", "DRILLING", "HEAT_TREATMENT"),
					List.of("C45", "20CRMNTI", "40CR", "AL6061"), 6, 8, List.of("IATF16949"), "汽车零部件");
		}
		if (c.equals("3491") || c.equals("3914")) {
			return machining(List.of("CNC_MACHINING", "MILLING", "TURNING"),
					List.of("FIVE_AXIS", "ASSEMBLY", "GRINDING"), List.of("AL6061", "C45", "40CR", "SS304"), 6, 7,
					List.of(), "机器人结构件");
		}
		if (c.startsWith("356") || c.startsWith("397") || c.startsWith("398")) {
			return machining(List.of("CNC_MACHINING", "MILLING"),
					List.of("FIVE_AXIS", "WIRE_EDM", "ANODIZING", "GRINDING"), List.of("AL6061", "SS316L", "SS304"), 5,
					6, List.of(), "精密腔体零件");
		}
		if (c.equals("3581")) {
			return machining(List.of("CNC_MACHINING", "TURNING"), List.of("MILLING", "GRINDING"),
					List.of("SS316L", "TC4", "SS304"), 6, 7, List.of("ISO13485"), "医疗器械零件");
		}
		if (c.equals("3391")) {
			return machining(List.of("CASTING"), List.of("CNC_MACHINING", "HEAT_TREATMENT"), List.of("HT250", "QT450"),
					9, 11, List.of(), "铸件");
		}
		if (c.equals("3311")) {
			return machining(List.of("WELDING", "LASER_CUTTING"), List.of("PLASMA_CUTTING", "BENDING", "SHEET_METAL"),
					List.of("Q235B", "Q355"), 11, 13, List.of(), "钢结构件");
		}
		if (c.equals("3360")) {
			return machining(List.of("HEAT_TREATMENT", "SURFACE_TREATMENT"),
					List.of("ELECTROPLATING", "SPRAY_COATING", "ANODIZING"), List.of("C45", "40CR", "AL6061"), 0, 0,
					List.of(), "零件热处理与表面处理");
		}
		if (c.equals("3399") || c.startsWith("38")) {
			return machining(List.of("SHEET_METAL", "STAMPING"),
					List.of("BENDING", "WELDING", "SPRAY_COATING", "ASSEMBLY", "LASER_CUTTING"),
					List.of("Q235B", "SS304", "T2", "AL6061"), 10, 12, List.of(), "钣金冲压件");
		}
		if (c.equals("2929")) {
			return new Profile(Scenario.MATERIAL, List.of(), List.of(), List.of("PP", "PE", "ABS", "PA66", "POM"),
					List.of("PLASTIC_PELLET"), 0, 0, List.of(), "塑料粒子");
		}
		if (c.startsWith("33") || c.startsWith("34") || c.startsWith("35") || c.startsWith("37")) {
			return machining(List.of("CNC_MACHINING", "TURNING", "MILLING"),
					List.of("DRILLING", "GRINDING", "BORING", "WIRE_EDM", "EDM", "HEAT_TREATMENT"), CUTTING_MATERIALS,
					6, 8, List.of(), "机械零件");
		}
		if (c.startsWith("31") || c.equals("5164")) {
			return new Profile(Scenario.MATERIAL, List.of(), List.of(),
					List.of("Q235B", "Q355", "C45", "40CR", "42CRMO", "GCR15", "HRB400", "SS304"),
					List.of("STEEL", "PLATE", "PROFILE", "PIPE"), 0, 0, List.of(), "钢材");
		}
		if (c.startsWith("32")) {
			return new Profile(Scenario.MATERIAL, List.of(), List.of(), List.of("AL6061", "AL7075", "T2", "H62"),
					List.of("NONFERROUS"), 0, 0, List.of(), "有色金属材料");
		}
		if (c.equals("2651")) {
			return new Profile(Scenario.MATERIAL, List.of(), List.of(), List.of("PP", "PE", "ABS"),
					List.of("PLASTIC_PELLET"), 0, 0, List.of(), "树脂原料");
		}
		if (c.startsWith("26") || c.equals("5169") || c.equals("2511")) {
			return new Profile(Scenario.MATERIAL, List.of(), List.of(), List.of(), List.of("CHEMICAL"), 0, 0, List.of(),
					"化工原料");
		}
		return null;
	}

	private static Profile machining(List<String> core, List<String> extra, List<String> materials, int finest,
			int coarsest, List<String> certifications, String noun) {
		return new Profile(Scenario.MACHINING, core, extra, materials, List.of(), finest, coarsest, certifications,
				noun);
	}

	Plan plan(List<Company> enterprises, int demandCount) {
		List<Company> sorted = new ArrayList<>(enterprises);
		sorted.sort(Comparator.comparing(Company::uscc));
		Random random = new Random(seed * 31 + 7);
		List<OfferDraft> offers = new ArrayList<>();
		for (Company e : sorted) {
			Profile p = profile(e.industryCode());
			double draw = random.nextDouble();
			if (p != null && draw < OFFER_SHARE) {
				offers.add(offer(e, p, random));
			}
		}
		List<Company> buyers = sorted.stream()
			.filter(e -> e.industryCode() != null && isBuyer(e.industryCode()))
			.toList();
		List<Company> fuxin = buyers.stream().filter(e -> e.divisionCode().startsWith(FUXIN)).toList();
		List<DemandDraft> demands = new ArrayList<>();
		for (int i = 0; i < demandCount && !buyers.isEmpty(); i++) {
			if (i % 12 == 5 && !fuxin.isEmpty()) {
				demands.add(rareDemand(fuxin.get(random.nextInt(fuxin.size())), random));
			}
			else if (i % 10 < 7) {
				demands.add(machiningDemand(buyers.get(random.nextInt(buyers.size())), random));
			}
			else {
				demands.add(materialDemand(buyers.get(random.nextInt(buyers.size())), random));
			}
		}
		return new Plan(offers, demands);
	}

	static boolean isBuyer(String industry) {
		char first = industry.charAt(0);
		return first == '3' || first == '2' || industry.startsWith("13") || industry.startsWith("14");
	}

	private OfferDraft offer(Company e, Profile p, Random r) {
		if (p.scenario() == Scenario.MATERIAL) {
			List<String> materials = pick(p.materials(), 1 + r.nextInt(Math.min(4, Math.max(1, p.materials().size()))),
					r);
			List<String> categories = pick(p.categories(), 1 + r.nextInt(p.categories().size()), r);
			boolean plastic = p.categories().contains("PLASTIC_PELLET");
			boolean chemical = p.categories().contains("CHEMICAL");
			int base = plastic ? 9000 : chemical ? 6000 : p.noun().equals("钢材") ? 4200 : 19000;
			int price = base + r.nextInt(base / 4);
			int capacity = (5 + r.nextInt(60)) * 50;
			String names = materials.isEmpty() ? p.noun()
					: String.join("、", materials.stream().map(MarketplaceDemoGenerator::materialName).toList());
			String title = "供应" + names + (materials.isEmpty() ? "" : " " + p.noun());
			String description = "现货供应" + names + "，月供货能力 " + capacity + " 吨，" + (5 + r.nextInt(20)) + " 吨起订，都市圈内可配送。";
			return new OfferDraft(Scenario.MATERIAL, e.uscc(), clip(title), description, List.of(), materials,
					categories, null, null, null, null, null, BigDecimal.valueOf(capacity), "吨", 2 + r.nextInt(10),
					BigDecimal.valueOf(5), BigDecimal.valueOf(price), certifications(p, r), null);
		}
		List<String> processes = new ArrayList<>(p.core());
		for (String x : p.extra()) {
			if (r.nextDouble() < 0.35) {
				processes.add(x);
			}
		}
		if (e.divisionCode().startsWith(FUXIN)) {
			processes.removeIf(RARE::contains);
			if (processes.isEmpty()) {
				processes.add("CNC_MACHINING");
			}
		}
		List<String> materials = pick(p.materials(), 2 + r.nextInt(Math.max(1, p.materials().size() - 1)), r);
		Integer it = p.finestIt() == 0 ? null : p.finestIt() + r.nextInt(p.coarsestIt() - p.finestIt() + 1);
		int capacity = (4 + r.nextInt(40)) * 500;
		int machines = 6 + r.nextInt(40);
		int side = (3 + r.nextInt(20)) * 100;
		String processNames = String.join("、", processes.stream().map(MarketplaceDemoGenerator::processName).toList());
		String title = "承接" + processNames + "加工 · " + p.noun();
		String description = "设备 " + machines + " 台，可加工 "
				+ String.join("、", materials.stream().map(MarketplaceDemoGenerator::materialName).toList())
				+ (it == null ? "" : "，公差可达 IT" + it) + "，月产能 " + capacity + " 件，最大工件 " + side + " mm。";
		return new OfferDraft(Scenario.MACHINING, e.uscc(), clip(title), description, processes, materials, List.of(),
				it, null, List.of((double) side, (double) side, (double) side / 2), BigDecimal.valueOf(10),
				BigDecimal.valueOf(capacity), BigDecimal.valueOf(capacity), "件", 5 + r.nextInt(25), null, null,
				certifications(p, r), null);
	}

	private static List<String> certifications(Profile p, Random r) {
		Set<String> certs = new LinkedHashSet<>();
		if (r.nextDouble() < 0.7) {
			certs.add("ISO9001");
		}
		for (String c : p.certifications()) {
			if (r.nextDouble() < 0.8) {
				certs.add(c);
			}
		}
		if (r.nextDouble() < 0.25) {
			certs.add("ISO14001");
		}
		return List.copyOf(certs);
	}

	/** What buyers mostly ask for: processes that many shops offer. */
	private static final List<List<String>> COMMON = List.of(List.of("TURNING"), List.of("MILLING"),
			List.of("CNC_MACHINING"), List.of("TURNING", "MILLING"), List.of("TURNING", "GRINDING"),
			List.of("SHEET_METAL", "BENDING"), List.of("STAMPING"), List.of("WELDING"), List.of("LASER_CUTTING"),
			List.of("HEAT_TREATMENT"), List.of("CASTING"), List.of("CNC_MACHINING", "DRILLING"));

	private static final List<String> PARTS = List.of("轴类零件", "法兰盘", "支架", "齿轮坯", "连接板", "箱体", "套筒", "端盖", "安装座",
			"导轨块");

	private DemandDraft machiningDemand(Company e, Random r) {
		List<String> processes = COMMON.get(r.nextInt(COMMON.size()));
		String material = CUTTING_MATERIALS.get(r.nextInt(CUTTING_MATERIALS.size()));
		String part = PARTS.get(r.nextInt(PARTS.size()));
		int quantity = (1 + r.nextInt(40)) * 100;
		int it = 6 + r.nextInt(4);
		String names = String.join("、", processes.stream().map(MarketplaceDemoGenerator::processName).toList());
		String title = quantity + " 件 " + materialName(material) + part + names + "加工";
		String description = part + "，材料 " + materialName(material) + "，公差 IT" + it + "，按图纸加工。";
		List<String> certs = e.industryCode().startsWith("367") && r.nextBoolean() ? List.of("IATF16949") : List.of();
		return new DemandDraft(Scenario.MACHINING, e.uscc(), clip(title), description, processes, List.of(material),
				null, it, null, null, BigDecimal.valueOf(quantity), "件", today.plusDays(14 + r.nextInt(77)), null,
				certs, null);
	}

	private DemandDraft rareDemand(Company e, Random r) {
		boolean fiveAxis = r.nextBoolean();
		String process = fiveAxis ? "FIVE_AXIS" : "EDM";
		String material = fiveAxis ? "AL7075" : "40CR";
		String part = fiveAxis ? "叶轮" : "模具型腔";
		int quantity = (1 + r.nextInt(10)) * 20;
		String title = quantity + " 件 " + materialName(material) + part + processName(process) + "加工";
		String description = part + "，需" + processName(process) + "，公差 IT6，希望阜新本地或就近加工。";
		return new DemandDraft(Scenario.MACHINING, e.uscc(), clip(title), description, List.of(process),
				List.of(material), null, 6, null, null, BigDecimal.valueOf(quantity), "件",
				today.plusDays(20 + r.nextInt(60)), null, List.of(), null);
	}

	private static final List<String> MATERIAL_ASKS = List.of("Q235B", "Q355", "C45", "40CR", "SS304", "AL6061", "PP",
			"ABS", "HRB400", "T2");

	private DemandDraft materialDemand(Company e, Random r) {
		String material = MATERIAL_ASKS.get(r.nextInt(MATERIAL_ASKS.size()));
		int tons = (1 + r.nextInt(50)) * 10;
		String title = "采购 " + materialName(material) + " " + tons + " 吨";
		String description = "月度采购 " + materialName(material) + "，送货到厂，需附材质证明。";
		return new DemandDraft(Scenario.MATERIAL, e.uscc(), title, description, List.of(), List.of(material), null,
				null, null, null, BigDecimal.valueOf(tons), "吨", today.plusDays(10 + r.nextInt(50)), null, List.of(),
				null);
	}

	private static List<String> pick(List<String> from, int n, Random r) {
		List<String> copy = new ArrayList<>(from);
		java.util.Collections.shuffle(copy, r);
		return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
	}

	private static final java.util.Map<String, String> NAMES = java.util.Map.ofEntries(
			java.util.Map.entry("CNC_MACHINING", "数控"), java.util.Map.entry("TURNING", "车削"),
			java.util.Map.entry("MILLING", "铣削"), java.util.Map.entry("FIVE_AXIS", "五轴"),
			java.util.Map.entry("GRINDING", "磨削"), java.util.Map.entry("BORING", "镗削"),
			java.util.Map.entry("DRILLING", "钻削"), java.util.Map.entry("WIRE_EDM", "线切割"),
			java.util.Map.entry("EDM", "电火花"), java.util.Map.entry("SHEET_METAL", "钣金"),
			java.util.Map.entry("STAMPING", "冲压"), java.util.Map.entry("BENDING", "折弯"),
			java.util.Map.entry("LASER_CUTTING", "激光切割"), java.util.Map.entry("PLASMA_CUTTING", "等离子切割"),
			java.util.Map.entry("WELDING", "焊接"), java.util.Map.entry("CASTING", "铸造"),
			java.util.Map.entry("HEAT_TREATMENT", "热处理"), java.util.Map.entry("SURFACE_TREATMENT", "表面处理"),
			java.util.Map.entry("ELECTROPLATING", "电镀"), java.util.Map.entry("SPRAY_COATING", "喷涂"),
			java.util.Map.entry("ANODIZING", "阳极氧化"), java.util.Map.entry("ASSEMBLY", "装配"));

	static String processName(String code) {
		return NAMES.getOrDefault(code, code);
	}

	static String materialName(String code) {
		return switch (code) {
			case "C45" -> "45#钢";
			case "40CR" -> "40Cr";
			case "42CRMO" -> "42CrMo";
			case "20CRMNTI" -> "20CrMnTi";
			case "GCR15" -> "GCr15";
			case "SS304" -> "304不锈钢";
			case "SS316L" -> "316L不锈钢";
			case "AL6061" -> "6061铝";
			case "AL7075" -> "7075铝";
			case "TC4" -> "TC4钛合金";
			default -> code;
		};
	}

	private static String clip(String title) {
		return title.length() > PostingRules.MAX_TITLE ? title.substring(0, PostingRules.MAX_TITLE) : title;
	}

}
