package cn.lianshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.lianshang.TestData;
import cn.lianshang.enterprise.EnterpriseCodeToken.Refusal;
import cn.lianshang.enterprise.EnterpriseCodeToken.Verification;

/** The token alone: its layout, signature and expiry, without Spring or a database. */
class EnterpriseCodeTokenTest {

	static final Random random = new SecureRandom();

	static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	final byte[] key7 = secret();

	final byte[] key8 = secret();

	final Map<Integer, byte[]> keys = Map.of(7, key7, 8, key8);

	final String uscc = TestData.validUscc(random);

	static byte[] secret() {
		byte[] s = new byte[32];
		random.nextBytes(s);
		return s;
	}

	Verification verify(String text) {
		return EnterpriseCodeToken.verify(text, keys::get, NOW);
	}

	@Test
	void aSignedTokenVerifiesToWhatWasSigned() {
		EnterpriseCodeToken token = new EnterpriseCodeToken(7, uscc, 3, NOW.minusSeconds(3600), null);
		String text = token.sign(key7);

		Verification v = verify(text);

		assertThat(v.valid()).isTrue();
		assertThat(v.token()).isEqualTo(token);
		assertThat(text).matches("[A-Za-z0-9_-]+").hasSize(60);
	}

	@Test
	void anExpiryTravelsInTheTokenAndIsEnforced() {
		EnterpriseCodeToken live = new EnterpriseCodeToken(8, uscc, 1, NOW.minus(Duration.ofDays(1)),
				NOW.plusSeconds(60));
		EnterpriseCodeToken dead = new EnterpriseCodeToken(8, uscc, 1, NOW.minus(Duration.ofDays(1)),
				NOW.minusSeconds(1));

		assertThat(verify(live.sign(key8)).token()).isEqualTo(live);
		assertThat(verify(live.sign(key8)).valid()).isTrue();
		assertThat(live.sign(key8)).hasSize(66);
		assertThat(verify(dead.sign(key8)).refusal()).isEqualTo(Refusal.EXPIRED);
		assertThat(verify(dead.sign(key8)).valid()).isFalse();
	}

	@Test
	void everyChangedByteIsRefused() {
		String text = new EnterpriseCodeToken(7, uscc, 5, NOW, null).sign(key7);
		byte[] bytes = Base64.getUrlDecoder().decode(text);
		for (int i = 0; i < bytes.length; i++) {
			byte[] tampered = bytes.clone();
			tampered[i] ^= 0x01;
			String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
			assertThat(verify(forged).valid()).as("byte %d changed", i).isFalse();
			assertThat(verify(forged).token()).as("byte %d changed", i).isNull();
		}
	}

	@Test
	void anotherEnterprisesCodeCannotBeMadeByEditingTheUscc() {
		String other = TestData.validUscc(random);
		String text = new EnterpriseCodeToken(7, uscc, 1, NOW, null).sign(key7);
		byte[] bytes = Base64.getUrlDecoder().decode(text);
		System.arraycopy(other.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 3, 18);

		Verification v = verify(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));

		assertThat(v.refusal()).isEqualTo(Refusal.FORGED);
	}

	@Test
	void aTokenSignedWithAnotherSecretIsRefused() {
		String wrongKey = new EnterpriseCodeToken(7, uscc, 1, NOW, null).sign(key8);
		String ownSecret = new EnterpriseCodeToken(7, uscc, 1, NOW, null).sign(secret());

		assertThat(verify(wrongKey).refusal()).isEqualTo(Refusal.FORGED);
		assertThat(verify(ownSecret).refusal()).isEqualTo(Refusal.FORGED);
	}

	@Test
	void anUnknownOrRetiredKeyIdIsRefused() {
		byte[] unknown = secret();
		String text = new EnterpriseCodeToken(9, uscc, 1, NOW, null).sign(unknown);

		assertThat(verify(text).refusal()).isEqualTo(Refusal.FORGED);
		assertThat(EnterpriseCodeToken.verify(text, id -> id == 9 ? unknown : null, NOW).valid()).isTrue();
	}

	@Test
	void anExpiredTokenWithABadMacIsForgedNotExpired() {
		String text = new EnterpriseCodeToken(7, uscc, 1, NOW.minusSeconds(100), NOW.minusSeconds(10)).sign(secret());

		assertThat(verify(text).refusal()).isEqualTo(Refusal.FORGED);
	}

	@Test
	void garbageAndNonCanonicalTextIsRefused() {
		String text = new EnterpriseCodeToken(7, uscc, 1, NOW, NOW.plusSeconds(600)).sign(key7);
		// 49 bytes: the last character carries 4 unused bits; flipping one of them
		// decodes to the same bytes
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
		char last = text.charAt(text.length() - 1);
		String alias = text.substring(0, text.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);
		assertThat(Base64.getUrlDecoder().decode(alias)).isEqualTo(Base64.getUrlDecoder().decode(text));
		assertThat(verify(text).valid()).isTrue();
		assertThat(verify(alias).valid()).isFalse();
		for (String bad : new String[] { "", "x", "!!!!", "AAAA", text + "A", text.substring(1), "a".repeat(500),
				text.replace('-', '+') }) {
			if (!bad.equals(text)) {
				assertThat(verify(bad).valid()).as(bad).isFalse();
			}
		}
	}

}
