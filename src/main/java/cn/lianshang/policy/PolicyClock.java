package cn.lianshang.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The dates of the policy module: today in the zone of the push settings, and the instant
 * a date begins. It reads the system clock; a test may set it ahead by a duration (the
 * whole suite shares one application context, so a second context with another clock is
 * not an option). A timer for a date is armed at the system instant at which this clock
 * reaches the date.
 */
@Component
class PolicyClock {

	private final ZoneId zone;

	private volatile Duration ahead = Duration.ZERO;

	PolicyClock(PushSettings settings) {
		this.zone = settings.zone();
	}

	Instant now() {
		return Instant.now().plus(ahead);
	}

	LocalDate today() {
		return LocalDate.ofInstant(now(), zone);
	}

	/** The instant {@code date} begins (00:00 in the zone). */
	Instant startOf(LocalDate date) {
		return date.atStartOfDay(zone).toInstant();
	}

	/** The system instant at which this clock reads {@code at}. */
	Instant systemInstant(Instant at) {
		return at.minus(ahead);
	}

	/** Tests only: sets the clock ahead of the system clock (zero resets it). */
	void setAhead(Duration ahead) {
		this.ahead = ahead;
	}

}
