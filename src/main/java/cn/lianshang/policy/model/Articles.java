package cn.lianshang.policy.model;

/** Article numbers as policies write them: 3 → 第三条, 12 → 第十二条, 20 → 第二十条. */
public final class Articles {

	private static final String DIGITS = "零一二三四五六七八九";

	private Articles() {
	}

	public static String label(Integer number) {
		if (number == null || number < 1) {
			return "";
		}
		return "第" + chinese(number) + "条";
	}

	static String chinese(int n) {
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		if (n < 100) {
			int tens = n / 10;
			int ones = n % 10;
			return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
					+ (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
		}
		return String.valueOf(n);
	}

}
