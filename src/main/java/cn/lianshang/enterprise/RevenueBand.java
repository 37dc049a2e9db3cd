package cn.lianshang.enterprise;

/** Annual revenue bands (营业收入, 万元), as registries publish bands rather than figures. */
public enum RevenueBand {

	/** below 100 万元 */
	R0(0, 100),
	/** 100–500 万元 */
	R1(100, 500),
	/** 500–2,000 万元 */
	R2(500, 2_000),
	/** 2,000 万元–1 亿元 */
	R3(2_000, 10_000),
	/** 1–4 亿元 */
	R4(10_000, 40_000),
	/** 4 亿元 and above */
	R5(40_000, Long.MAX_VALUE);

	private final long fromWan;

	private final long toWan;

	RevenueBand(long fromWan, long toWan) {
		this.fromWan = fromWan;
		this.toWan = toWan;
	}

	/** Lower bound in 万元 (inclusive). */
	public long fromWan() {
		return fromWan;
	}

	/** Upper bound in 万元 (exclusive); {@link Long#MAX_VALUE} for the top band. */
	public long toWan() {
		return toWan;
	}

}
