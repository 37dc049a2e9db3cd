package cn.lianshang.enterprise;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.IntFunction;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed content of an enterprise code, and its compact form: base64url (no padding)
 * of a short binary layout, so that the QR code stays small (60 characters without
 * expiry, 66 with).
 *
 * <pre>
 * byte 0       format: 1, plus 0x80 when an expiry follows
 * bytes 1-2    key id (unsigned)
 * bytes 3-20   the USCC, 18 ASCII characters
 * bytes 21-24  serial of the enterprise's code (unsigned)
 * bytes 25-28  issue time, epoch seconds (unsigned)
 * [4 bytes     expiry, epoch seconds (unsigned)]
 * 16 bytes     HMAC-SHA256 of everything before, truncated to 128 bits
 * </pre>
 *
 * Pure code: no Spring, no database; the key comes from a lookup by id.
 */
record EnterpriseCodeToken(int keyId, String uscc, long serial, Instant issuedAt, Instant expiresAt) {

	static final int FORMAT = 1;

	static final int HAS_EXPIRY = 0x80;

	static final int MAC_LENGTH = 16;

	static final int BODY_LENGTH = 1 + 2 + 18 + 4 + 4;

	static final long MAX_U32 = 0xFFFF_FFFFL;

	EnterpriseCodeToken {
		if (keyId < 1 || keyId > 0xFFFF) {
			throw new IllegalArgumentException("key id out of range: " + keyId);
		}
		if (uscc == null || uscc.length() != 18 || !uscc.chars().allMatch(c -> c < 128)) {
			throw new IllegalArgumentException("not a USCC: " + uscc);
		}
		if (serial < 0 || serial > MAX_U32) {
			throw new IllegalArgumentException("serial out of range: " + serial);
		}
		issuedAt = Instant.ofEpochSecond(seconds(issuedAt));
		expiresAt = expiresAt == null ? null : Instant.ofEpochSecond(seconds(expiresAt));
	}

	private static long seconds(Instant t) {
		long s = t.getEpochSecond();
		if (s < 0 || s > MAX_U32) {
			throw new IllegalArgumentException("time out of range: " + t);
		}
		return s;
	}

	/**
	 * The compact, URL-safe form, signed with {@code secret} (the key whose id this token
	 * carries).
	 */
	String sign(byte[] secret) {
		ByteBuffer body = ByteBuffer.allocate(BODY_LENGTH + (expiresAt == null ? 0 : 4));
		body.put((byte) (FORMAT | (expiresAt == null ? 0 : HAS_EXPIRY)));
		body.putShort((short) keyId);
		body.put(uscc.getBytes(StandardCharsets.US_ASCII));
		body.putInt((int) serial);
		body.putInt((int) issuedAt.getEpochSecond());
		if (expiresAt != null) {
			body.putInt((int) expiresAt.getEpochSecond());
		}
		byte[] bytes = body.array();
		byte[] signed = Arrays.copyOf(bytes, bytes.length + MAC_LENGTH);
		System.arraycopy(mac(secret, bytes), 0, signed, bytes.length, MAC_LENGTH);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
	}

	/** Why a text is not a token that may be shown. */
	enum Refusal {

		/**
		 * Not a token at all, an unknown or retired key, or a MAC that does not match
		 * (tampered or forged).
		 */
		FORGED,

		/** Genuine, but past its expiry. */
		EXPIRED

	}

	/** A verified token, or the reason there is none. */
	record Verification(EnterpriseCodeToken token, Refusal refusal) {

		boolean valid() {
			return refusal == null;
		}

	}

	/**
	 * Decodes and verifies {@code text}. The MAC is checked (in constant time) before
	 * anything in the payload is trusted; the expiry only after.
	 * @param secrets the secret of a key id that may verify codes, or null (unknown or
	 * retired)
	 */
	static Verification verify(String text, IntFunction<byte[]> secrets, Instant now) {
		Optional<byte[]> decoded = decode(text);
		if (decoded.isEmpty()) {
			return new Verification(null, Refusal.FORGED);
		}
		byte[] bytes = decoded.get();
		ByteBuffer in = ByteBuffer.wrap(bytes);
		int format = in.get() & 0xFF;
		boolean hasExpiry = (format & HAS_EXPIRY) != 0;
		int length = BODY_LENGTH + (hasExpiry ? 4 : 0);
		if ((format & ~HAS_EXPIRY) != FORMAT || bytes.length != length + MAC_LENGTH) {
			return new Verification(null, Refusal.FORGED);
		}
		int keyId = in.getShort() & 0xFFFF;
		byte[] secret = secrets.apply(keyId);
		if (secret == null) {
			return new Verification(null, Refusal.FORGED);
		}
		byte[] expected = Arrays.copyOf(mac(secret, Arrays.copyOf(bytes, length)), MAC_LENGTH);
		byte[] given = Arrays.copyOfRange(bytes, length, bytes.length);
		if (!MessageDigest.isEqual(expected, given)) {
			return new Verification(null, Refusal.FORGED);
		}
		byte[] usccBytes = new byte[18];
		in.get(usccBytes);
		String uscc = new String(usccBytes, StandardCharsets.US_ASCII);
		long serial = in.getInt() & MAX_U32;
		Instant issued = Instant.ofEpochSecond(in.getInt() & MAX_U32);
		Instant expires = hasExpiry ? Instant.ofEpochSecond(in.getInt() & MAX_U32) : null;
		EnterpriseCodeToken token;
		try {
			token = new EnterpriseCodeToken(keyId, uscc, serial, issued, expires);
		}
		catch (IllegalArgumentException e) {
			return new Verification(null, Refusal.FORGED);
		}
		if (expires != null && !now.isBefore(expires)) {
			return new Verification(token, Refusal.EXPIRED);
		}
		return new Verification(token, null);
	}

	private static Optional<byte[]> decode(String text) {
		if (text == null || text.isEmpty() || text.length() > 128) {
			return Optional.empty();
		}
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(text);
			// one text per token: the decoder ignores unused trailing bits, so a changed
			// last character may decode alike
			boolean canonical = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(text);
			return canonical && bytes.length > BODY_LENGTH ? Optional.of(bytes) : Optional.empty();
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	static byte[] mac(byte[] secret, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

}
