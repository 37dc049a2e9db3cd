package cn.lianshang.enterprise;

/** What a scanned enterprise code turned out to be. */
public enum EnterpriseCodeStatus {

	/** Signed by a current key, its serial not revoked, not expired. */
	VALID,

	/**
	 * Not a code of this platform: malformed, an unknown or retired key, a MAC that does
	 * not match.
	 */
	FORGED,

	/** Genuine, but the enterprise has revoked this code (a newer one replaces it). */
	REVOKED,

	/** Genuine, but past its expiry. */
	EXPIRED

}
