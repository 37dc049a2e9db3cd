package cn.lianshang;

import java.util.Random;

import cn.lianshang.enterprise.Uscc;

/**
 * Small fixtures: valid codes and names that no other test (or earlier run on a shared
 * database) uses.
 */
public final class TestData {

	/**
	 * The GB 32100 character set, less nothing: every character here may appear in a
	 * code.
	 */
	static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final String LETTERS = "abcdefghjkmnpqrtuwxy";

	private TestData() {
	}

	/**
	 * A random enterprise code (91…) registered in {@code division}, passing GB 11714 and
	 * GB 32100.
	 */
	public static String validUscc(Random random, String division) {
		StringBuilder body = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			body.append(CHARS.charAt(random.nextInt(CHARS.length())));
		}
		String first17 = "91" + division + body + Uscc.organisationCheck(body.toString());
		return first17 + Uscc.checkCharacter(first17);
	}

	public static String validUscc(Random random) {
		return validUscc(random, "210106");
	}

	/**
	 * Four random CJK characters: a name word whose bigrams no other enterprise holds.
	 */
	public static String uniqueWord(Random random) {
		StringBuilder sb = new StringBuilder(4);
		for (int i = 0; i < 4; i++) {
			sb.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
		}
		return sb.toString();
	}

	/** A username that passes the account rules and is unique in practice. */
	public static String uniqueUsername(Random random, String prefix) {
		StringBuilder sb = new StringBuilder(prefix).append('-');
		for (int i = 0; i < 10; i++) {
			sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
		}
		return sb.toString();
	}

}
