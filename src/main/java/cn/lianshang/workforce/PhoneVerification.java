package cn.lianshang.workforce;

/**
 * Extension point for checking a resident's phone number by SMS. No SMS gateway is
 * reachable from this platform yet, so the default ({@link Unverified}) verifies nothing:
 * every phone is stored as unverified and shown so. A deployment with a gateway provides
 * its own bean, which replaces the default.
 */
public interface PhoneVerification {

	/** Whether {@code code} proves that the caller holds {@code phone}. */
	boolean verify(String phone, String code);

	/** The default: no gateway, so nothing is ever verified. */
	final class Unverified implements PhoneVerification {

		@Override
		public boolean verify(String phone, String code) {
			return false;
		}

	}

}
