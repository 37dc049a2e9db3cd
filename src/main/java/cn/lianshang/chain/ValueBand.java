package cn.lianshang.chain;

/**
 * Annual value of a supply edge, in bands (万元 = 10,000 yuan). The rate by value counts
 * each edge at its band's midpoint; the open top band counts at 15,000 万元 (1.5 亿元), a
 * stated assumption.
 */
public enum ValueBand {

	/** Under 100 万元; counted at 50. */
	UNDER_1M(50),
	/** 100–1,000 万元; counted at 550. */
	M1_10(550),
	/** 1,000–5,000 万元; counted at 3,000. */
	M10_50(3000),
	/** 5,000 万元–1 亿元; counted at 7,500. */
	M50_100(7500),
	/** 1 亿元 and more; counted at 15,000. */
	OVER_100M(15000);

	private final double midpoint;

	ValueBand(double midpoint) {
		this.midpoint = midpoint;
	}

	/** The value the rate counts, in 万元. */
	public double midpoint() {
		return midpoint;
	}

}
