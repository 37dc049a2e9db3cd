package cn.lianshang.enterprise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import cn.lianshang.region.Region;

/**
 * Demo enterprises for the whole metropolitan area, generated deterministically from a
 * seed: enterprise number {@code i} depends only on the seed, {@code i} and the division
 * tree, so any slice can be generated on its own (in parallel, in chunks) and the same
 * seed always gives the same registry.
 * <p>
 * What is modelled, and on what basis:
 * <ul>
 * <li><b>Where.</b> Cities and the zone get shares of enterprises proportional to their
 * economies: approximate 2023 GDP in 亿元 — 沈阳 ~8,100, 鞍山 ~1,900, 抚顺 ~950, 本溪 ~900, 辽阳
 * ~900, 铁岭 ~750, 阜新 ~600 — and the 沈抚改革创新示范区 a small share (200, an assumption: its
 * output is counted partly in 沈阳's and 抚顺's). These are round figures from the cities'
 * statistical communiqués as remembered, good to perhaps ±10 %; they set proportions,
 * nothing else. Within a city, urban districts (区) weigh 3, county-level cities (市) 1.5
 * and counties (县) 1, with 铁西区 and 浑南区 of 沈阳 (the industrial and the high-tech base)
 * ×1.5. Which county an enterprise lies in follows a golden-ratio (low-discrepancy)
 * sequence over the cumulative weights, so every prefix of the sequence matches the
 * weights closely and even the smallest county gets its share at N = 5,000; the township
 * within the county is drawn uniformly. The zone has no townships, so its enterprises are
 * registered to {@code SFZ} itself.</li>
 * <li><b>Location.</b> Without boundary polygons, "inside the county" means "within a
 * radius of its seat": the county's centroid plus a uniform point in a disc of 3 km for
 * urban districts, 5 km for the zone and 10 km for counties and county-level cities.</li>
 * <li><b>Industry.</b> GB/T 4754-2017 classes weighted toward the Shenyang chains
 * (machine tools, auto parts, aviation, robots, IC equipment, petrochemicals, metallurgy,
 * food, biomedicine, new energy ...) — about 45 % manufacturing, far above the real share
 * among all market entities, because the platform is about industrial supply and demand —
 * with trade, construction, logistics and services in roughly realistic proportions after
 * that.</li>
 * <li><b>Scale.</b> About 6 % 规模以上 (10 % of manufacturers, 3 % of the others, more for
 * heavy industry). The real share among all market entities is far lower (9,576 "四上"
 * enterprises among 1.34 million business entities in Shenyang, ~0.7 %), but the demo
 * registry is of firms, mostly industrial. Employees are log-normal (median ~10 below the
 * scale line, ~120 above); the revenue band follows employees times a log-normal revenue
 * per head and is then kept consistent with the scale (above: 2,000 万元 or more).</li>
 * <li><b>Qualifications.</b> Overall rates near the real ones (高新技术企业 ~10 %, 科技型中小企业 ~12
 * %, 专精特新中小企业 ~5 %, 小巨人 ~0.5 %, 单项冠军 ~0.05 %, 瞪羚 ~1 %, 独角兽 a few per million),
 * concentrated in technology-intensive classes and larger firms.</li>
 * <li><b>USCC.</b> {@code 91} (enterprise, market regulator) + the county's GB/T 2260
 * code + an organisation code whose body is a bijection of {@code i} (numeric for firms
 * founded before 2016, {@code MA…} after, as real codes are) + its GB 11714 check + the
 * GB 32100 check character: unique by construction. The zone has no GB/T 2260 code; its
 * enterprises use 抚顺市's 210400 (assumption: most of the zone, the former 沈抚新城, was carved
 * from 抚顺).</li>
 * </ul>
 * Pure: no Spring, no database; the caller passes the division tree.
 */
final class DemoEnterpriseGenerator {

	/** The largest demo registry: Shenyang's business entities in 2024 (seed 003). */
	static final int MAX_ENTERPRISES = 1_340_000;

	static final String ZONE = "SFZ";

	static final String ZONE_USCC_AREA = "210400";

	private static final double GOLDEN = 0.6180339887498949;

	/** Approximate 2023 GDP, 亿元 (see the class comment). */
	static final Map<String, Double> TOP_WEIGHTS = Map.of("210100", 8100.0, "210300", 1900.0, "210400", 950.0, "210500",
			900.0, "210900", 600.0, "211000", 900.0, "211200", 750.0, ZONE, 200.0);

	private static final Map<String, String> TOP_SHORT = Map.of("210100", "沈阳", "210300", "鞍山", "210400", "抚顺",
			"210500", "本溪", "210900", "阜新", "211000", "辽阳", "211200", "铁岭", ZONE, "沈抚");

	private static final String[] ROADS = { "建设", "兴华", "卫工", "重工", "北京", "青年", "和平", "中山", "文化", "黄河", "长江", "南京",
			"创新", "智慧", "世纪", "开发", "工业", "经济", "胜利", "解放", "人民", "友谊", "繁荣", "光明", "振兴", "望湖", "滨河", "沿江", "科技", "新华",
			"团结", "民主", "站前", "东环", "西环", "北环", "南环", "腾飞", "浑河", "太子河" };

	private static final String[] ROAD_KINDS = { "路", "路", "街", "大街", "大道", "北路", "南路", "东路", "西路" };

	/** One weighted GB/T 4754 class with the words its firms put in their names. */
	record Sector(String code, double weight, double tech, double heavy, boolean manufacturing, List<String> words) {

		Sector(String code, double weight, double tech, double heavy, boolean manufacturing, String... words) {
			this(code, weight, tech, heavy, manufacturing, List.of(words));
		}

	}

	/**
	 * Weights are per mille of all demo enterprises; {@code tech} scales the chance of
	 * technology qualifications, {@code heavy} the chance of being above the scale line
	 * and the size.
	 */
	static final List<Sector> SECTORS = List.of(
			// machine tools and general machinery (沈阳 machine-tool chain)
			new Sector("3421", 22, 1.8, 1.3, true, "机床", "数控机床", "精密机床"),
			new Sector("3422", 6, 1.5, 1.3, true, "成形机床", "锻压设备"),
			new Sector("3425", 12, 1.8, 1.0, true, "机床附件", "数控刀具", "功能部件"),
			new Sector("3484", 30, 1.0, 1.0, true, "机械加工", "精密机械", "机械零部件"),
			new Sector("3429", 5, 1.0, 1.0, true, "机械制造"), new Sector("3499", 12, 1.0, 1.0, true, "通用设备", "机械设备"),
			new Sector("3511", 4, 1.0, 1.5, true, "矿山机械", "矿山设备"), new Sector("3514", 3, 1.0, 1.5, true, "工程机械"),
			new Sector("3521", 4, 1.2, 1.5, true, "石化装备", "化工设备"),
			// auto parts and vehicles
			new Sector("3670", 40, 1.2, 1.2, true, "汽车零部件", "汽车配件", "汽车部件", "汽车电子"),
			new Sector("3612", 2, 2.2, 3.0, true, "新能源汽车"), new Sector("3660", 3, 1.0, 1.5, true, "专用汽车", "挂车制造"),
			// aviation
			new Sector("3741", 1, 3.0, 4.0, true, "航空工业", "飞机制造"),
			new Sector("3744", 8, 3.0, 1.5, true, "航空零部件", "航空设备", "航空科技"),
			new Sector("3963", 3, 3.0, 1.0, true, "无人机", "智能飞行器"),
			// robots and automation
			new Sector("3491", 12, 3.0, 1.2, true, "机器人", "智能装备", "自动化装备"),
			new Sector("3914", 3, 2.5, 1.0, true, "工控系统", "自动化"),
			// IC equipment and electronics
			new Sector("3562", 8, 3.0, 1.2, true, "半导体设备", "集成电路装备", "真空设备"),
			new Sector("3569", 5, 2.5, 1.0, true, "电子设备", "电子装备"), new Sector("3973", 3, 3.0, 1.5, true, "集成电路", "微电子"),
			new Sector("3989", 4, 2.0, 1.0, true, "电子元件", "电子科技"),
			// petrochemicals
			new Sector("2511", 4, 1.0, 4.0, true, "石化", "石油化工", "炼化"),
			new Sector("2614", 6, 1.2, 2.0, true, "化工", "化学"), new Sector("2651", 4, 1.5, 2.0, true, "树脂", "高分子材料"),
			new Sector("2669", 5, 1.5, 1.2, true, "精细化工"), new Sector("2929", 8, 0.8, 1.0, true, "塑料制品", "塑胶"),
			// metallurgy and metal products
			new Sector("3110", 1, 0.8, 6.0, true, "钢铁", "冶金"), new Sector("3120", 1, 0.8, 6.0, true, "特钢", "冶金"),
			new Sector("3130", 8, 0.8, 2.5, true, "钢材", "轧钢", "金属制品"),
			new Sector("3216", 2, 0.8, 3.0, true, "铝业", "有色金属"), new Sector("3252", 3, 0.8, 1.5, true, "铝材", "铝型材"),
			new Sector("3391", 8, 0.8, 1.2, true, "铸造", "铸业"), new Sector("3311", 10, 0.6, 1.2, true, "钢结构", "钢构"),
			new Sector("3360", 6, 0.8, 1.0, true, "热处理", "表面处理"), new Sector("3399", 6, 0.6, 1.0, true, "五金", "金属制品"),
			// electrical equipment and new energy
			new Sector("3829", 8, 1.5, 1.2, true, "电气", "输配电设备", "电力设备"),
			new Sector("3831", 4, 1.0, 1.5, true, "电缆", "线缆"), new Sector("3811", 4, 1.5, 1.5, true, "电机", "发电设备"),
			new Sector("3841", 5, 2.2, 1.5, true, "新能源", "锂电", "电池"),
			new Sector("3849", 2, 2.2, 1.2, true, "储能", "电池科技"), new Sector("3825", 3, 2.2, 1.2, true, "光伏", "光伏科技"),
			new Sector("4415", 3, 1.5, 2.0, false, "风电", "风力发电"), new Sector("4416", 2, 1.5, 1.5, false, "光伏电力", "太阳能"),
			// food processing
			new Sector("1313", 5, 0.5, 1.5, true, "粮食", "玉米加工"), new Sector("1331", 3, 0.5, 1.5, true, "粮油", "油脂"),
			new Sector("1351", 4, 0.5, 1.5, true, "肉类食品", "肉业"), new Sector("1352", 3, 0.5, 1.5, true, "禽业", "食品"),
			new Sector("1371", 3, 0.5, 1.0, true, "农产品", "农业开发"), new Sector("1411", 4, 0.4, 1.0, true, "食品", "烘焙"),
			new Sector("1441", 3, 0.6, 2.0, true, "乳业", "乳品"), new Sector("1512", 3, 0.4, 1.2, true, "酒业", "酿酒"),
			new Sector("1513", 2, 0.4, 2.0, true, "啤酒"), new Sector("1495", 2, 1.5, 1.0, true, "生物科技", "食品添加剂"),
			// biomedicine
			new Sector("2720", 6, 2.5, 2.0, true, "制药", "药业"), new Sector("2740", 4, 2.0, 1.5, true, "药业", "中药"),
			new Sector("2761", 4, 3.0, 1.5, true, "生物医药", "生物制药", "生物工程"),
			new Sector("2770", 3, 1.5, 1.0, true, "医疗用品", "卫生材料"),
			new Sector("3581", 4, 2.5, 1.0, true, "医疗器械", "医疗设备"),
			// other manufacturing
			new Sector("3021", 5, 0.4, 1.0, true, "水泥制品", "建材"), new Sector("2110", 4, 0.4, 1.0, true, "家具"),
			new Sector("2231", 3, 0.4, 1.0, true, "包装", "纸业"),
			// construction
			new Sector("4710", 16, 0.3, 1.5, false, "建筑工程", "建设", "建筑"),
			new Sector("4819", 6, 0.3, 2.0, false, "路桥工程", "市政工程"),
			new Sector("4910", 8, 0.3, 1.0, false, "机电安装", "电气安装"),
			new Sector("4999", 8, 0.2, 1.0, false, "装饰工程", "安装工程"),
			// wholesale and retail
			new Sector("5179", 20, 0.2, 1.0, false, "机电设备", "机械设备"),
			new Sector("5164", 15, 0.1, 1.2, false, "金属材料", "钢材贸易"),
			new Sector("5165", 12, 0.1, 1.0, false, "建材", "建筑材料"),
			new Sector("5169", 8, 0.1, 1.0, false, "化工贸易", "化工产品"), new Sector("5162", 5, 0.1, 2.0, false, "石油", "油品"),
			new Sector("5121", 8, 0.05, 1.0, false, "粮油贸易", "粮油"),
			new Sector("5124", 6, 0.05, 1.0, false, "食品贸易", "冷鲜食品"),
			new Sector("5151", 6, 0.2, 1.5, false, "医药", "医药贸易"),
			new Sector("5154", 5, 0.3, 1.0, false, "医疗器械", "医疗科技"), new Sector("5176", 6, 0.3, 1.0, false, "计算机", "电脑"),
			new Sector("5181", 10, 0.05, 1.0, false, "贸易", "商贸", "国际贸易"),
			new Sector("5212", 8, 0.05, 1.5, false, "超市", "商业连锁"),
			new Sector("5261", 5, 0.05, 1.5, false, "汽车销售", "汽车贸易"),
			new Sector("5292", 8, 0.5, 1.0, false, "电子商务", "网络科技"), new Sector("5232", 8, 0.05, 1.0, false, "服装", "服饰"),
			new Sector("5299", 10, 0.05, 1.0, false, "商贸", "商行"),
			// transport and logistics
			new Sector("5431", 15, 0.1, 1.0, false, "物流", "运输"), new Sector("5821", 6, 0.1, 1.0, false, "货运代理", "国际物流"),
			new Sector("5920", 5, 0.1, 1.0, false, "仓储", "仓储物流"), new Sector("5437", 4, 0.2, 1.0, false, "配送", "供应链"),
			// information, technology and business services
			new Sector("6513", 15, 2.5, 1.0, false, "软件", "信息技术", "网络科技"),
			new Sector("6531", 8, 2.5, 1.0, false, "信息系统", "智能科技"),
			new Sector("6520", 4, 3.0, 1.0, false, "芯片设计", "集成电路设计"),
			new Sector("6560", 5, 1.5, 1.0, false, "信息咨询", "数字科技"),
			new Sector("7320", 10, 3.0, 1.0, false, "工程技术", "技术研究院"),
			new Sector("7340", 2, 3.0, 1.0, false, "医学研究", "生物技术"),
			new Sector("7484", 6, 1.0, 1.0, false, "工程设计", "设计研究院"),
			new Sector("7452", 5, 1.5, 1.0, false, "检测", "检测技术", "检验认证"),
			new Sector("7491", 4, 1.5, 1.0, false, "工业设计"),
			new Sector("7519", 10, 1.5, 1.0, false, "科技", "技术服务", "科技发展"),
			new Sector("7212", 5, 0.05, 1.0, false, "投资管理", "资产管理"),
			new Sector("7241", 4, 0.05, 1.0, false, "财务咨询", "财税服务"),
			new Sector("7259", 5, 0.2, 1.0, false, "广告", "文化传媒"),
			new Sector("7724", 2, 1.5, 1.0, false, "环保科技", "环境工程"),
			// real estate, consumer services, utilities
			new Sector("7020", 8, 0.02, 1.0, false, "物业管理", "物业服务"),
			new Sector("7010", 6, 0.02, 2.0, false, "房地产开发", "置业"),
			new Sector("6210", 10, 0.02, 1.0, false, "餐饮管理", "餐饮"),
			new Sector("6110", 3, 0.02, 1.5, false, "酒店管理", "酒店"),
			new Sector("8111", 6, 0.05, 1.0, false, "汽车维修", "汽车服务"), new Sector("8010", 4, 0.02, 1.0, false, "家政服务"),
			new Sector("4430", 2, 0.3, 2.0, false, "热力", "供热"),
			// agriculture
			new Sector("0141", 5, 0.3, 1.0, false, "农业科技", "蔬菜种植"), new Sector("0313", 4, 0.3, 1.5, false, "牧业", "养殖"),
			new Sector("0321", 3, 0.3, 1.5, false, "禽业养殖"), new Sector("0511", 2, 1.5, 1.0, false, "种业"));

	static final List<String> LEGAL_FORMS = List.of("有限公司", "有限责任公司", "股份有限公司");

	/** A county-level unit (or the zone) with its share, townships and name prefix. */
	private record Place(Region county, Region top, List<Region> townships, String prefix, double radiusKm,
			String usccArea) {

	}

	private final long seed;

	private final double offset;

	private final List<Place> places;

	private final double[] placeCumulative;

	private final double[] sectorCumulative;

	private final double meanTech;

	private final DemoNames names;

	DemoEnterpriseGenerator(long seed, List<Region> regions) {
		this.seed = seed;
		this.offset = new SplittableRandom(seed).nextDouble();
		Map<String, List<Region>> children = new LinkedHashMap<>();
		for (Region r : regions) {
			if (r.parentCode() != null) {
				children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
			}
		}
		List<Place> ps = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		List<Region> tops = regions.stream()
			.filter(r -> r.level().isTop())
			.sorted(Comparator.comparing(Region::code))
			.toList();
		for (Region top : tops) {
			Double topWeight = TOP_WEIGHTS.get(top.code());
			if (topWeight == null) {
				throw new IllegalArgumentException("no economic weight for " + top.code());
			}
			List<Region> counties = children.getOrDefault(top.code(), List.of())
				.stream()
				.filter(c -> c.level() == Region.Level.COUNTY)
				.sorted(Comparator.comparing(Region::code))
				.toList();
			if (counties.isEmpty()) {
				// the zone: one place, no townships
				ps.add(new Place(top, top, List.of(), TOP_SHORT.get(top.code()), 5, ZONE_USCC_AREA));
				weights.add(topWeight);
				continue;
			}
			double sum = counties.stream().mapToDouble(DemoEnterpriseGenerator::countyWeight).sum();
			for (Region county : counties) {
				List<Region> townships = children.getOrDefault(county.code(), List.of())
					.stream()
					.sorted(Comparator.comparing(Region::code))
					.toList();
				boolean district = county.name().endsWith("区");
				String prefix = district ? TOP_SHORT.get(top.code()) : shortName(county.name());
				ps.add(new Place(county, top, townships, prefix, district ? 3 : 10, county.code()));
				weights.add(topWeight * countyWeight(county) / sum);
			}
		}
		this.places = List.copyOf(ps);
		this.placeCumulative = cumulative(weights);
		this.sectorCumulative = cumulative(SECTORS.stream().map(Sector::weight).toList());
		double total = SECTORS.stream().mapToDouble(Sector::weight).sum();
		this.meanTech = SECTORS.stream().mapToDouble(s -> s.weight() * s.tech()).sum() / total;
		Set<Character> firsts = new HashSet<>();
		SECTORS.forEach(s -> s.words().forEach(w -> firsts.add(w.charAt(0))));
		LEGAL_FORMS.forEach(f -> firsts.add(f.charAt(0)));
		this.names = new DemoNames(seed, firsts);
	}

	/**
	 * Urban districts weigh more than counties; 铁西 and 浑南 are 沈阳's industrial and
	 * high-tech bases.
	 */
	static double countyWeight(Region county) {
		String n = county.name();
		double w = n.endsWith("区") ? 3 : n.endsWith("市") ? 1.5 : 1;
		if (county.code().equals("210106") || county.code().equals("210112")) {
			w *= 1.5;
		}
		return w;
	}

	/** 岫岩满族自治县 → 岫岩, 新民市 → 新民, 调兵山市 → 调兵山. */
	static String shortName(String countyName) {
		String n = countyName;
		for (String suffix : List.of("满族自治县", "蒙古族自治县", "县", "市", "区")) {
			if (n.endsWith(suffix) && n.length() > suffix.length() + 1) {
				return n.substring(0, n.length() - suffix.length());
			}
		}
		return n;
	}

	private static double[] cumulative(List<Double> weights) {
		double total = weights.stream().mapToDouble(Double::doubleValue).sum();
		double[] c = new double[weights.size()];
		double run = 0;
		for (int i = 0; i < c.length; i++) {
			run += weights.get(i) / total;
			c[i] = run;
		}
		c[c.length - 1] = 1.0;
		return c;
	}

	private static int pick(double[] cumulative, double u) {
		int i = java.util.Arrays.binarySearch(cumulative, u);
		int at = i >= 0 ? i + 1 : -i - 1;
		return Math.min(at, cumulative.length - 1);
	}

	long capacity() {
		return Math.min(MAX_ENTERPRISES, names.capacity());
	}

	DemoNames names() {
		return names;
	}

	/** Enterprises {@code 0 .. n-1}. */
	Stream<EnterpriseDraft> drafts(int n) {
		return drafts(0, n);
	}

	/**
	 * Enterprises {@code from .. to-1}: the same as the corresponding slice of
	 * {@link #drafts(int)}.
	 */
	Stream<EnterpriseDraft> drafts(int from, int to) {
		if (to > capacity()) {
			throw new IllegalArgumentException("at most " + capacity() + " demo enterprises");
		}
		return IntStream.range(from, to).mapToObj(this::draft);
	}

	/** Enterprise number {@code index}: a function of the seed and the index only. */
	EnterpriseDraft draft(int index) {
		SplittableRandom random = new SplittableRandom(mix(seed, index));
		double u = offset + index * GOLDEN;
		Place place = places.get(pick(placeCumulative, u - Math.floor(u)));
		Sector sector = SECTORS.get(pick(sectorCumulative, random.nextDouble()));

		Region division = place.townships().isEmpty() ? place.county()
				: place.townships().get(random.nextInt(place.townships().size()));
		double[] point = jitter(random, place.county().latitude(), place.county().longitude(), place.radiusKm());

		double aboveChance = (sector.manufacturing() ? 0.10 : 0.03) * Math.min(3, sector.heavy());
		Scale scale = random.nextDouble() < aboveChance ? Scale.ABOVE : Scale.BELOW;
		int employees = employees(random, scale, sector);
		RevenueBand band = revenueBand(random, scale, employees);

		int age = (int) Math.min(75, -Math.log(1 - random.nextDouble()) * (scale == Scale.ABOVE ? 14 : 7));
		int year = 2025 - age;
		LocalDate founded = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));

		EnterpriseStatus status = status(random);
		List<String> qualifications = qualifications(random, sector, scale, year);

		String word = sector.words().get(random.nextInt(sector.words().size()));
		double f = random.nextDouble();
		String form = scale == Scale.ABOVE && f < 0.25 ? "股份有限公司" : f < 0.85 ? "有限公司" : "有限责任公司";
		String prefix = place.prefix();
		if (!place.county().name().endsWith("区") && random.nextDouble() < 0.5 && place.top() != place.county()) {
			// half of the firms in counties carry the city's name rather than the
			// county's
			prefix = TOP_SHORT.get(place.top().code());
		}
		String name = prefix + names.tradeName(index) + word + form;

		String uscc = uscc(place.usccArea(), index, year);
		String address = address(random, place, division);
		return new EnterpriseDraft(uscc, name, division.code(), sector.code(), address, point[0], point[1], scale,
				employees, band, founded, status, qualifications);
	}

	private static long mix(long seed, long index) {
		long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * A uniform point in a disc of {@code radiusKm} around the centre (flat-earth
	 * offsets, fine at this size).
	 */
	static double[] jitter(SplittableRandom random, double lat, double lon, double radiusKm) {
		double r = radiusKm * Math.sqrt(random.nextDouble());
		double theta = 2 * Math.PI * random.nextDouble();
		double dLat = r * Math.cos(theta) / 111.32;
		double dLon = r * Math.sin(theta) / (111.32 * Math.cos(Math.toRadians(lat)));
		return new double[] { round6(lat + dLat), round6(lon + dLon) };
	}

	private static double round6(double v) {
		return Math.round(v * 1e6) / 1e6;
	}

	private static int employees(SplittableRandom random, Scale scale, Sector sector) {
		double g = gaussian(random);
		if (scale == Scale.ABOVE) {
			double median = 120 * Math.sqrt(sector.heavy());
			return (int) Math.max(20, Math.min(30_000, Math.round(median * Math.exp(0.9 * g))));
		}
		return (int) Math.max(1, Math.min(299, Math.round(10 * Math.exp(0.9 * g))));
	}

	/**
	 * Employees × revenue per head (log-normal, median 60 万元), kept on the right side of
	 * the scale line.
	 */
	private static RevenueBand revenueBand(SplittableRandom random, Scale scale, int employees) {
		double revenueWan = employees * 60 * Math.exp(0.6 * gaussian(random));
		RevenueBand band = RevenueBand.R0;
		for (RevenueBand b : RevenueBand.values()) {
			if (revenueWan >= b.fromWan()) {
				band = b;
			}
		}
		if (scale == Scale.ABOVE && band.compareTo(RevenueBand.R3) < 0) {
			return RevenueBand.R3;
		}
		if (scale == Scale.BELOW && band.compareTo(RevenueBand.R2) > 0) {
			return RevenueBand.R2;
		}
		return band;
	}

	private static EnterpriseStatus status(SplittableRandom random) {
		double s = random.nextDouble();
		return s < 0.92 ? EnterpriseStatus.ACTIVE : s < 0.94 ? EnterpriseStatus.SUSPENDED : s < 0.965
				? EnterpriseStatus.REVOKED : s < 0.995 ? EnterpriseStatus.DEREGISTERED : EnterpriseStatus.MOVED_OUT;
	}

	/**
	 * Rates scale with the class's technology intensity relative to the mean, so the
	 * overall rates stay near the base rates; larger firms hold more of them. 小巨人 are
	 * drawn among 专精特新 firms (a subset, as in reality), 单项冠军 among manufacturers above
	 * the scale line.
	 */
	private List<String> qualifications(SplittableRandom random, Sector sector, Scale scale, int foundedYear) {
		double t = sector.tech() / meanTech;
		double size = scale == Scale.ABOVE ? 2.0 : 0.94;
		List<String> q = new ArrayList<>(3);
		boolean hnte = random.nextDouble() < Math.min(0.8, 0.10 * t * size);
		if (hnte) {
			q.add("HNTE");
		}
		if (scale == Scale.BELOW && random.nextDouble() < Math.min(0.8, 0.125 * t)) {
			q.add("TSME");
		}
		boolean srdi = random.nextDouble() < Math.min(0.6, 0.05 * t * size);
		if (srdi) {
			q.add("SRDI_SME");
			if (random.nextDouble() < 0.10) {
				q.add("LITTLE_GIANT");
			}
		}
		if (scale == Scale.ABOVE && sector.manufacturing() && random.nextDouble() < 0.011 * Math.min(2, t)) {
			q.add("SINGLE_CHAMPION");
		}
		int age = 2025 - foundedYear;
		if (random.nextDouble() < 0.01 * t * (age <= 10 ? 1.6 : 0.3)) {
			q.add("GAZELLE");
		}
		if (hnte && foundedYear >= 2015 && random.nextDouble() < 0.0005 * t) {
			q.add("UNICORN");
		}
		q.sort(null);
		return List.copyOf(q);
	}

	/**
	 * 91 + area + organisation-code body + GB 11714 check + GB 32100 check. The body is a
	 * bijection of the index: eight digits ({@code (a·i + b) mod 10^8}, {@code a} odd and
	 * not a multiple of 5) for firms founded before 2016, {@code MA} + six base-31
	 * characters ({@code (a·i + b) mod 31^6}, {@code a} not a multiple of 31) after — two
	 * disjoint families, each injective, so the code is unique for every index below 887
	 * million.
	 */
	static String uscc(String area, long index, int foundedYear) {
		String body;
		if (foundedYear < 2016) {
			long v = Math.floorMod(48_271L * index + 13_579_111L, 100_000_000L);
			body = String.format("%08d", v);
		}
		else {
			long m = 887_503_681L; // 31^6
			long v = Math.floorMod(69_621L * index + 123_456_789L, m);
			StringBuilder sb = new StringBuilder("MA");
			char[] digits = new char[6];
			for (int k = 5; k >= 0; k--) {
				digits[k] = Uscc.CHARS.charAt((int) (v % 31));
				v /= 31;
			}
			body = sb.append(digits).toString();
		}
		String first17 = "91" + area + body + Uscc.organisationCheck(body);
		return first17 + Uscc.checkCharacter(first17);
	}

	private static String address(SplittableRandom random, Place place, Region division) {
		StringBuilder sb = new StringBuilder();
		if (place.top() == place.county()) {
			sb.append(place.top().name());
		}
		else {
			sb.append(place.top().name()).append(place.county().name());
			if (division != place.county()) {
				sb.append(division.name());
			}
		}
		sb.append(ROADS[random.nextInt(ROADS.length)]).append(ROAD_KINDS[random.nextInt(ROAD_KINDS.length)]);
		sb.append(1 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 399)).append('号');
		return sb.toString();
	}

	private static double gaussian(SplittableRandom random) {
		// Box–Muller: SplittableRandom has no nextGaussian on Java 17
		double u1 = 1 - random.nextDouble();
		double u2 = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}

}
