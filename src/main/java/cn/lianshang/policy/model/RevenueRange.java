package cn.lianshang.policy.model;

/**
 * What is known of an enterprise's annual revenue, in 万元: the band a registry publishes,
 * from {@code fromWan} (inclusive) to {@code toWan} (exclusive), or an exact figure (a
 * band of width one). {@code toWan} is {@link Long#MAX_VALUE} for an open top band.
 */
public record RevenueRange(long fromWan, long toWan) {

	public RevenueRange {
		if (fromWan < 0 || toWan <= fromWan) {
			throw new IllegalArgumentException("empty revenue range " + fromWan + "–" + toWan);
		}
	}

	public static RevenueRange exactly(long wan) {
		return new RevenueRange(wan, wan + 1);
	}

	boolean isExact() {
		return toWan == fromWan + 1;
	}

	String text() {
		if (isExact()) {
			return fromWan + "万元";
		}
		return toWan == Long.MAX_VALUE ? fromWan + "万元以上" : fromWan + "–" + toWan + "万元";
	}

}
