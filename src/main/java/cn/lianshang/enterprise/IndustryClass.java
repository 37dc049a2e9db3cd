package cn.lianshang.enterprise;

/**
 * One entry of GB/T 4754-2017.
 *
 * @param code {@code C} (section), {@code 34} (division), {@code 342} (group) or
 * {@code 3421} (class)
 * @param path codes from the section down, each followed by {@code /}, e.g.
 * {@code C/34/342/3421/}
 */
public record IndustryClass(String code, String name, Level level, String parentCode, String path) {

	public enum Level {

		SECTION, DIVISION, GROUP, CLASS

	}

	/** The letter-prefixed form in common use, e.g. {@code C3421}. */
	public String prefixedCode() {
		return level == Level.SECTION ? code : path.charAt(0) + code;
	}

}
