package cn.lianshang.metro.data;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands every metro data test its own years, so that tests sharing the database (and the
 * demo years 2023–2025) never see each other's values.
 */
final class MetroYears {

	private static final AtomicInteger next = new AtomicInteger(Period.MIN_YEAR);

	private MetroYears() {
	}

	static int fresh() {
		int year = next.getAndIncrement();
		if (year >= 2020) {
			throw new IllegalStateException("out of test years");
		}
		return year;
	}

}
