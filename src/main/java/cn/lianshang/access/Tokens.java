package cn.lianshang.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks API tokens: 256 random bits, stored as a SHA-256 hash, valid for a
 * limited time. Checking a token is on the path of every API request, so it is one
 * indexed query (token joined with its account, expiry and enabled flag in the condition)
 * without a transaction of its own; a revoked, expired or disabled token is refused from
 * the next request on.
 */
@Service
class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;

	private final AccessSettings settings;

	private final JdbcTemplate jdbc;

	Tokens(ApiTokens tokens, AccessSettings settings, JdbcTemplate jdbc) {
		this.tokens = tokens;
		this.settings = settings;
		this.jdbc = jdbc;
	}

	record Issued(String token, OffsetDateTime expiresAt) {

	}

	@Transactional
	Issued issue(LianshangUser user) {
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		OffsetDateTime now = OffsetDateTime.now();
		OffsetDateTime expires = now.plus(settings.tokenValidity());
		tokens.save(new ApiToken(hash(token), user.accountId(), now, expires));
		return new Issued(token, expires);
	}

	Optional<LianshangUser> authenticate(String token) {
		return jdbc
			.query("select a.id, a.username, a.password_hash, a.role, a.jurisdiction, a.uscc, a.display_name"
					+ " from api_token t join account a on a.id = t.account_id"
					+ " where t.token_hash = ? and t.expires_at > ? and a.enabled = true",
					(rs, i) -> new LianshangUser(rs.getLong(1), rs.getString(2), rs.getString(3),
							Role.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), true),
					hash(token), OffsetDateTime.now())
			.stream()
			.findFirst();
	}

	@Transactional
	void revokeAll(long accountId) {
		tokens.deleteByAccount(accountId);
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void purgeExpired() {
		tokens.deleteExpired(OffsetDateTime.now());
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
