package cn.lianshang.policy;

/**
 * 申报 (the enterprise applies) or 免申即享 (paid to eligible enterprises without an
 * application).
 */
public enum HowToClaim {

	APPLY, AUTOMATIC

}
