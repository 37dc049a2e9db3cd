package cn.lianshang.appeals;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rate limiting per Open311 api key: a token bucket per key and app node that holds a
 * minute's worth of requests ({@code requests_per_minute} of the key, else
 * {@code lianshang.appeals.open311.requests-per-minute}, default 600) and refills
 * continuously. Every request that presents a valid key takes one token (POST and GET
 * requests); without a token the answer is 429 with the spec's error body and a
 * {@code Retry-After}. With several nodes each node keeps its own buckets, so a key may
 * reach nodes × its limit.
 */
@Component
class Open311RateLimit {

	private final int defaultPerMinute;

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	Open311RateLimit(@Value("${lianshang.appeals.open311.requests-per-minute:600}") int defaultPerMinute) {
		if (defaultPerMinute < 1) {
			throw new IllegalArgumentException("lianshang.appeals.open311.requests-per-minute must be at least 1");
		}
		this.defaultPerMinute = defaultPerMinute;
	}

	int limitOf(Open311Key key) {
		return key.requestsPerMinute() == null ? defaultPerMinute : key.requestsPerMinute();
	}

	/**
	 * Takes a token of the key's bucket.
	 * @return empty if allowed; otherwise the seconds until a token is back
	 */
	OptionalLong take(Open311Key key) {
		int limit = limitOf(key);
		Bucket b = buckets.compute(key.id(),
				(id, old) -> old == null || old.capacity != limit ? new Bucket(limit) : old);
		return b.take(System.nanoTime());
	}

	private static final class Bucket {

		final int capacity;

		/** Tokens per nanosecond. */
		final double rate;

		double tokens;

		long last;

		Bucket(int perMinute) {
			this.capacity = perMinute;
			this.rate = perMinute / 60e9;
			this.tokens = perMinute;
			this.last = System.nanoTime();
		}

		synchronized OptionalLong take(long now) {
			tokens = Math.min(capacity, tokens + (now - last) * rate);
			last = now;
			if (tokens >= 1) {
				tokens -= 1;
				return OptionalLong.empty();
			}
			return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - tokens) / rate / 1e9)));
		}

	}

}
