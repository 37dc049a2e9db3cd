package cn.lianshang.enterprise;

/**
 * 规模: above or below the designated size (规模以上, for industry: main-business revenue ≥
 * 2,000 万元).
 */
public enum Scale {

	ABOVE, BELOW

}
