package cn.lianshang.policy.model;

/** 智能制造 recognition, in rising order: none, 数字化车间, 智能工厂. */
public enum SmartManufacturing {

	NONE("未获认定"), DIGITAL_WORKSHOP("数字化车间"), SMART_FACTORY("智能工厂");

	private final String label;

	SmartManufacturing(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean atLeast(SmartManufacturing level) {
		return ordinal() >= level.ordinal();
	}

}
