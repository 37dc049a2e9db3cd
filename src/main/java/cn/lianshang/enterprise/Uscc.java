package cn.lianshang.enterprise;

import java.util.Optional;

/**
 * The 统一社会信用代码 (unified social credit code) of GB 32100-2015, checked strictly:
 * <ol>
 * <li>{@code length}: exactly 18 characters;</li>
 * <li>{@code lower-case}: letters are upper case (a lower-case copy of a valid code is
 * rejected, not corrected);</li>
 * <li>{@code forbidden-letter}: I, O, S, V and Z are never used;</li>
 * <li>{@code invalid-character}: only {@code 0-9} and the 26 letters less those
 * five;</li>
 * <li>{@code organisation-code}: positions 9–17 are a GB 11714 organisation code, whose
 * own check character (position 17) must hold (MOD 11, weights 3 7 9 10 5 8 4 2);</li>
 * <li>{@code check-character}: position 18 is the GB 32100 check character (MOD 31,
 * weights 3^(i-1) mod 31).</li>
 * </ol>
 * The first broken rule is reported.
 */
public final class Uscc {

	static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private Uscc() {
	}

	/** The rule a code breaks, or empty if it is valid. */
	public static Optional<Rule> check(String code) {
		if (code == null || code.isEmpty()) {
			return Optional.of(Rule.REQUIRED);
		}
		if (code.length() != 18) {
			return Optional.of(Rule.LENGTH);
		}
		for (int i = 0; i < 18; i++) {
			char c = code.charAt(i);
			if (c >= 'a' && c <= 'z') {
				return Optional.of(Rule.LOWER_CASE);
			}
			if ("IOSVZ".indexOf(c) >= 0) {
				return Optional.of(Rule.FORBIDDEN_LETTER);
			}
			if (CHARS.indexOf(c) < 0) {
				return Optional.of(Rule.INVALID_CHARACTER);
			}
		}
		if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
			return Optional.of(Rule.CHECK_CHARACTER);
		}
		if (code.charAt(16) != organisationCheck(code.substring(8, 16))) {
			return Optional.of(Rule.ORGANISATION_CODE);
		}
		return Optional.empty();
	}

	public static boolean isValid(String code) {
		return check(code).isEmpty();
	}

	/** The GB 32100 check character of the first 17 characters. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return CHARS.charAt((31 - sum % 31) % 31);
	}

	/**
	 * The GB 11714 check character of an organisation code's 8-character body: 0–9 or X.
	 */
	public static char organisationCheck(String body8) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = body8.charAt(i);
			int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			sum += v * ORG_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

	/**
	 * The rules of GB 32100-2015 and GB 11714; {@link #code()} is the error code of the
	 * API.
	 */
	public enum Rule {

		REQUIRED("uscc.required"), LENGTH("uscc.length"), LOWER_CASE("uscc.lower-case"),
		FORBIDDEN_LETTER("uscc.forbidden-letter"), INVALID_CHARACTER("uscc.invalid-character"),
		CHECK_CHARACTER("uscc.check-character"), ORGANISATION_CODE("uscc.organisation-code");

		private final String code;

		Rule(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

	}

}
