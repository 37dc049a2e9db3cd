package cn.lianshang.metro.progress;

import java.util.Arrays;

/**
 * How a plan figure relates its value to the indicator. Mapping from the seeds' wording
 * (documented in {@code metro/README.md}): 以上 / 不少于 / 不低于 / 达到 / 力争达到 / 争取达到 →
 * {@link #AT_LEAST}; 突破 / 超过 / 超 / 余 / 多 → {@link #MORE_THAN}; 以下 / 不高于 / 不超过 / N强 (a
 * rank) → {@link #AT_MOST}; 近 / 约 / 最近 → {@link #ABOUT}; a plain figure → {@link #EQUAL}.
 */
public enum Comparison {

	AT_LEAST("≥", 1), MORE_THAN(">", 1), AT_MOST("≤", -1), LESS_THAN("<", -1), EQUAL("=", 0), ABOUT("≈", 0);

	private final String symbol;

	private final int direction;

	Comparison(String symbol, int direction) {
		this.symbol = symbol;
		this.direction = direction;
	}

	public String symbol() {
		return symbol;
	}

	/**
	 * The desired direction of change: 1 when more is better, −1 when less is better, 0
	 * when the plan names a figure without saying (= and ≈; the direction then follows
	 * from the base value: towards the target).
	 */
	public int direction() {
		return direction;
	}

	public static Comparison ofSymbol(String symbol) {
		return Arrays.stream(values())
			.filter(c -> c.symbol.equals(symbol))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown comparison " + symbol));
	}

}
