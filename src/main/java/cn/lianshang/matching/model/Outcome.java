package cn.lianshang.matching.model;

/** How one criterion came out for one candidate. */
public enum Outcome {

	PASS, NEAR, FAIL;

	/** The wire form: {@code pass}, {@code near}, {@code fail}. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
