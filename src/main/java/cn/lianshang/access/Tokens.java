package cn.lianshang.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks API tokens: 256 random bits, stored as a SHA-256 hash, valid for a
 * limited time.
 */
@Service
class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;

	private final AccountManagement accounts;

	private final AccessSettings settings;

	Tokens(ApiTokens tokens, AccountManagement accounts, AccessSettings settings) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.settings = settings;
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

	@Transactional(readOnly = true)
	Optional<LianshangUser> authenticate(String token) {
		OffsetDateTime now = OffsetDateTime.now();
		return tokens.findById(hash(token))
			.filter(t -> !t.isExpired(now))
			.flatMap(t -> accounts.loadById(t.accountId()))
			.filter(LianshangUser::isEnabled);
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
