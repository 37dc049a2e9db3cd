package cn.lianshang.marketplace;

import java.math.BigDecimal;

/**
 * The size of a deal, from the awarded quote in yuan: below 10万, 10万–100万, 100万–1000万,
 * and 1000万 or more. Lower bounds are inclusive (exactly 100,000 yuan is
 * {@link #FROM_100K_TO_1M}).
 */
public enum ValueBand {

	/** 10万元以下. */
	BELOW_100K("10万元以下"),
	/** 10万–100万元. */
	FROM_100K_TO_1M("10万–100万元"),
	/** 100万–1000万元. */
	FROM_1M_TO_10M("100万–1000万元"),
	/** 1000万元及以上. */
	FROM_10M("1000万元及以上");

	private static final BigDecimal HUNDRED_THOUSAND = new BigDecimal("100000");

	private static final BigDecimal MILLION = new BigDecimal("1000000");

	private static final BigDecimal TEN_MILLION = new BigDecimal("10000000");

	private final String label;

	ValueBand(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static ValueBand of(BigDecimal yuan) {
		if (yuan.compareTo(HUNDRED_THOUSAND) < 0) {
			return BELOW_100K;
		}
		if (yuan.compareTo(MILLION) < 0) {
			return FROM_100K_TO_1M;
		}
		if (yuan.compareTo(TEN_MILLION) < 0) {
			return FROM_1M_TO_10M;
		}
		return FROM_10M;
	}

}
