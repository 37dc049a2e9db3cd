package cn.lianshang.workforce;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * 公民身份号码 (GB 11643-1999): 18 characters, a real birth date, the ISO 7064 MOD 11-2 check.
 */
final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private IdNumbers() {
	}

	static boolean valid(String id) {
		if (id == null || !id.matches("[0-9]{17}[0-9X]")) {
			return false;
		}
		try {
			LocalDate.parse(id.substring(6, 14),
					DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));
		}
		catch (DateTimeParseException e) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11) == id.charAt(17);
	}

	/** The check character of the first 17 digits (tests and demo data). */
	static char checkOf(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

}
