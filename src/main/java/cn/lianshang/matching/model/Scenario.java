package cn.lianshang.matching.model;

/** The four marketplace scenarios of API-CONTRACT.md. */
public enum Scenario {

	/** 机加工外包: parts made to a drawing. */
	MACHINING,
	/** 原材料采购: steel, non-ferrous metals, plastics, chemicals. */
	MATERIAL,
	/** 闲置厂房租借 (not matched yet). */
	PLANT,
	/** 闲置设备租借 (not matched yet). */
	EQUIPMENT;

	/** Whether demands and offers of this scenario can be posted and matched today. */
	public boolean supported() {
		return this == MACHINING || this == MATERIAL;
	}

}
