package cn.lianshang.enterprise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Trade names (字号) for demo enterprises, unique by construction rather than by chance:
 * enterprise number {@code i} gets trade name number {@code i}, and the numbering is a
 * bijection onto three disjoint families of names, so two enterprises never share one:
 * <ol>
 * <li>two characters {@code aa'} from the primary set (the first {@link #twoCharCount()}
 * enterprises);</li>
 * <li>three characters {@code aa'b}: a two-character name and a suffix character from the
 * secondary set;</li>
 * <li>three characters {@code baa'}: a secondary-set character and a two-character
 * name.</li>
 * </ol>
 * The primary and secondary sets are disjoint and neither contains the first character of
 * any industry word, so the trade name can be read back from a full name (prefix, trade
 * name, industry word, legal form): the prefixes are prefix-free, and the trade name ends
 * at the first character that is not a trade-name character. Hence full names are unique
 * whenever trade names are. Trade names of well-known real companies of the region (华晨,
 * 新松, 远大, 芯源, 拓荆, 富创 ...) are left out, so a demo name never names a real firm by its
 * brand.
 * <p>
 * Pure: no Spring, no state beyond the shuffling constants derived from the seed.
 */
final class DemoNames {

	/** Characters common in Chinese trade names (吉祥字), before the exclusions below. */
	private static final String PRIMARY_RAW = "华晟鑫盛隆泰恒瑞昌兴达宏远德利鼎丰顺和明博创联合睿诚益永安康嘉祥福宇天海云龙凯腾峰辉耀正北东方大佳汇众铭卓越亿万荣富成力强立宁锦绣晨星辰阳乾坤英豪骏弘毅聚拓展迈奥伟旭晖川江河山岳林森松柏春秋润泽沃禾谷美蓝青翔鹏宸钧锐铎翰墨文仁义礼格实恩泓沛涌浩瀚澜潮溪泉洋盈长久吉庆祺禧裕坤元亨泰晋舜尧禹华夏九州";

	/**
	 * Suffix characters: disjoint from the primary set, and in no excluded real brand.
	 */
	private static final String SECONDARY_RAW = "茂璟琪琳珑瑾璞珂玮琦瑜韬琛煜烨炜焱熠昊旻昀晔曜皓皎杰俊彦贤哲颖慧敏捷勤勇韧朗逸轩宣翊誉崇尚岱峻嵩巍屹";

	/**
	 * Brands of real companies of the region (and national brands) that a demo name must
	 * not carry. Checked for the two-character names; the secondary set shares no
	 * character with any of them, so three-character names cannot carry one either (a
	 * test checks this).
	 */
	static final Set<String> REAL_BRANDS = Set.of("华晨", "新松", "远大", "芯源", "拓荆", "富创", "东软", "北方", "东方", "中兴", "华为",
			"恒大", "万达", "金杯", "黎明", "美的", "海尔", "华润", "光大", "中天", "宏达", "特变", "三一", "华锐", "博瑞", "盛京", "辽宁", "沈阳", "中国",
			"东北", "国际", "长城", "天合", "隆基", "宁德", "鼎汉", "兴齐", "科隆", "大族", "新华", "一汽");

	private final List<String> primary;

	private final List<String> secondary;

	/** Two-character names from the primary set, real brands removed. */
	private final List<String> pairs;

	private final long shuffleMultiplierPairs;

	private final long shuffleOffsetPairs;

	private final long shuffleMultiplierTriples;

	private final long shuffleOffsetTriples;

	/**
	 * @param seed shuffles which enterprise gets which name
	 * @param excludedFirstCharacters the first characters of every industry word (and
	 * legal form): never used in a trade name, so the trade name's end can be found
	 */
	DemoNames(long seed, Set<Character> excludedFirstCharacters) {
		this.primary = characters(PRIMARY_RAW, excludedFirstCharacters, Set.of());
		this.secondary = characters(SECONDARY_RAW, excludedFirstCharacters, Set.copyOf(primary));
		List<String> p = new ArrayList<>();
		for (String a : primary) {
			for (String b : primary) {
				if (!a.equals(b) && !REAL_BRANDS.contains(a + b)) {
					p.add(a + b);
				}
			}
		}
		this.pairs = List.copyOf(p);
		java.util.SplittableRandom random = new java.util.SplittableRandom(seed ^ 0x6E616D65L);
		this.shuffleMultiplierPairs = coprimeMultiplier(random, pairs.size());
		this.shuffleOffsetPairs = random.nextLong(pairs.size());
		long triples = (long) pairs.size() * secondary.size();
		this.shuffleMultiplierTriples = coprimeMultiplier(random, triples);
		this.shuffleOffsetTriples = random.nextLong(triples);
	}

	/**
	 * Distinct characters of {@code raw}, in order, less the excluded ones and those
	 * already used elsewhere.
	 */
	private static List<String> characters(String raw, Set<Character> excluded, Set<String> taken) {
		Set<String> chars = new LinkedHashSet<>();
		for (char c : raw.toCharArray()) {
			if (!excluded.contains(c) && !taken.contains(String.valueOf(c))) {
				chars.add(String.valueOf(c));
			}
		}
		return List.copyOf(chars);
	}

	/**
	 * A multiplier coprime to {@code modulus}, so {@code i -> (m * i + o) mod modulus} is
	 * a permutation.
	 */
	private static long coprimeMultiplier(java.util.SplittableRandom random, long modulus) {
		while (true) {
			long m = modulus / 3 + random.nextLong(Math.max(1, modulus / 3));
			if (gcd(m, modulus) == 1) {
				return m;
			}
		}
	}

	private static long gcd(long a, long b) {
		return b == 0 ? a : gcd(b, a % b);
	}

	int twoCharCount() {
		return pairs.size();
	}

	/** How many enterprises can have a unique trade name. */
	long capacity() {
		return pairs.size() + 2L * pairs.size() * secondary.size();
	}

	List<String> primary() {
		return primary;
	}

	List<String> secondary() {
		return secondary;
	}

	/**
	 * The trade name of enterprise {@code index}; distinct indices give distinct names.
	 */
	String tradeName(long index) {
		if (index < 0 || index >= capacity()) {
			throw new IllegalArgumentException("at most " + capacity() + " demo enterprises have unique names");
		}
		if (index < pairs.size()) {
			return pairs
				.get((int) Math.floorMod(shuffleMultiplierPairs * index + shuffleOffsetPairs, (long) pairs.size()));
		}
		long j = index - pairs.size();
		long triples = (long) pairs.size() * secondary.size();
		boolean suffix = j < triples;
		long k = suffix ? j : j - triples;
		// (m * k + o) mod triples without overflow: both factors are below 2^21, their
		// product below 2^42
		long shuffled = Math.floorMod(shuffleMultiplierTriples % triples * k + shuffleOffsetTriples, triples);
		String pair = pairs.get((int) (shuffled / secondary.size()));
		String extra = secondary.get((int) (shuffled % secondary.size()));
		return suffix ? pair + extra : extra + pair;
	}

}
