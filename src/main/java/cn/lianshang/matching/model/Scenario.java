package cn.lianshang.matching.model;

/** The four marketplace scenarios of API-CONTRACT.md. */
public enum Scenario {

	/** 机加工外包: parts made to a drawing. */
	MACHINING,
	/** 原材料采购: steel, non-ferrous metals, plastics, chemicals. */
	MATERIAL,
	/** 闲置厂房租借: let by time slot. */
	PLANT,
	/** 闲置设备租借: let by time slot, per unit. */
	EQUIPMENT;

	/** Whether demands and offers of this scenario can be posted today (all four can). */
	public boolean supported() {
		return true;
	}

	/** Whether this is a leasing scenario (plant or equipment, booked by time slot). */
	public boolean leasing() {
		return this == PLANT || this == EQUIPMENT;
	}

}
