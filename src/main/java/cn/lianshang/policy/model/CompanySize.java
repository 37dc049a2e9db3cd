package cn.lianshang.policy.model;

/** 规模: above (规上) or below (规下) the designated size. */
public enum CompanySize {

	ABOVE("规上企业"), BELOW("规下企业");

	private final String label;

	CompanySize(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
