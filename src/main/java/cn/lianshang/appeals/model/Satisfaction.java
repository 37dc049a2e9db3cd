package cn.lianshang.appeals.model;

/** The enterprise's rating of the answer at 回访. */
public enum Satisfaction {

	SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), UNSATISFIED("不满意");

	private final String label;

	Satisfaction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** 满意 and 基本满意 count as satisfied in the metrics. */
	public boolean isSatisfied() {
		return this != UNSATISFIED;
	}

}
