package cn.lianshang.portal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * How many messages the public card takes: per sender (the account, or the client address
 * of a visitor who is not signed in) {@code lianshang.portal.card-messages-per-sender}
 * (default 5) and per enterprise {@code lianshang.portal.card-messages-per-enterprise}
 * (default 30) in a fixed window of {@code lianshang.portal.card-message-window} (default
 * one hour) that starts with the first message. Kept in memory: a restart forgets the
 * counts, which only lets a few more messages through.
 */
@Component
class CardMessageLimits {

	private final Cache<String, AtomicInteger> senders;

	private final Cache<String, AtomicInteger> enterprises;

	private final int perSender;

	private final int perEnterprise;

	CardMessageLimits(@Value("${lianshang.portal.card-messages-per-sender:5}") int perSender,
			@Value("${lianshang.portal.card-messages-per-enterprise:30}") int perEnterprise,
			@Value("${lianshang.portal.card-message-window:PT1H}") Duration window) {
		this.perSender = perSender;
		this.perEnterprise = perEnterprise;
		this.senders = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
		this.enterprises = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
	}

	/**
	 * Counts one message of {@code sender} to {@code uscc}; false (and nothing counted)
	 * when either limit is reached.
	 */
	synchronized boolean tryAcquire(String sender, String uscc) {
		AtomicInteger s = senders.get(sender, k -> new AtomicInteger());
		AtomicInteger e = enterprises.get(uscc, k -> new AtomicInteger());
		if (s.get() >= perSender || e.get() >= perEnterprise) {
			return false;
		}
		s.incrementAndGet();
		e.incrementAndGet();
		return true;
	}

}
