package cn.lianshang.access;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed logins for one username, kept in the database so that every node of a cluster
 * sees them.
 */
@Entity
@Table(name = "login_throttle")
class ThrottleEntry {

	@Id
	@Column(name = "login_key")
	private String loginKey;

	private int failures;

	@Column(name = "first_failure_at")
	private OffsetDateTime firstFailureAt;

	@Column(name = "locked_until")
	private OffsetDateTime lockedUntil;

	protected ThrottleEntry() {
	}

	ThrottleEntry(String loginKey, OffsetDateTime now) {
		this.loginKey = loginKey;
		this.firstFailureAt = now;
	}

	boolean isLocked(OffsetDateTime now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	OffsetDateTime lockedUntil() {
		return lockedUntil;
	}

	/**
	 * Counts a failure; past {@code max} failures inside the window the username is
	 * locked for {@code lock}.
	 */
	void fail(OffsetDateTime now, int max, Duration lock) {
		if (firstFailureAt.plus(lock).isBefore(now)) {
			failures = 0;
			firstFailureAt = now;
		}
		failures++;
		if (failures >= max) {
			lockedUntil = now.plus(lock);
		}
	}

}
