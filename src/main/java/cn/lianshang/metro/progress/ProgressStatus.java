package cn.lianshang.metro.progress;

/**
 * The progress of one target, named as Open SDG names it ({@code openSdg}) and as the
 * issue names it in Chinese.
 */
public enum ProgressStatus {

	ACHIEVED("已达标", "achieved", "target_achieved"),

	ON_TRACK("达标进度", "on track", "substantial_progress"),

	NEEDS_ACCELERATION("需加快", "needs acceleration", "moderate_progress"),

	LIMITED_PROGRESS("进展有限", "limited progress", "limited_progress"),

	DETERIORATION("倒退", "deterioration", "deterioration"),

	INSUFFICIENT_DATA("数据不足", "insufficient data", "not_available");

	private final String label;

	private final String labelEn;

	private final String openSdg;

	ProgressStatus(String label, String labelEn, String openSdg) {
		this.label = label;
		this.labelEn = labelEn;
		this.openSdg = openSdg;
	}

	public String label() {
		return label;
	}

	public String labelEn() {
		return labelEn;
	}

	public String openSdg() {
		return openSdg;
	}

}
