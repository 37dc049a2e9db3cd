package cn.lianshang.access;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code lianshang.access.login-max-failures} failed
 * logins for one username within {@code login-lock}, that username cannot log in until
 * the lock runs out, whatever the password. Known and unknown usernames are treated
 * alike, so the lock does not reveal which accounts exist.
 */
@Component
class LoginThrottle {

	private final ThrottleEntries entries;

	private final AccessSettings settings;

	LoginThrottle(ThrottleEntries entries, AccessSettings settings) {
		this.entries = entries;
		this.settings = settings;
	}

	static String key(String username) {
		String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return k.length() > 64 ? k.substring(0, 64) : k;
	}

	@Transactional(readOnly = true)
	public void check(String username) {
		OffsetDateTime now = OffsetDateTime.now();
		entries.findById(key(username)).filter(e -> e.isLocked(now)).ifPresent(e -> {
			throw new ThrottledException(e.lockedUntil());
		});
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username) {
		OffsetDateTime now = OffsetDateTime.now();
		String key = key(username);
		ThrottleEntry entry = entries.findById(key).orElseGet(() -> new ThrottleEntry(key, now));
		entry.fail(now, settings.loginMaxFailures(), settings.loginLock());
		entries.save(entry);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		entries.deleteById(key(username));
	}

	/** Thrown while a username is locked. */
	static class ThrottledException extends LockedException {

		private final OffsetDateTime until;

		ThrottledException(OffsetDateTime until) {
			super("locked until " + until);
			this.until = until;
		}

		OffsetDateTime until() {
			return until;
		}

	}

}
