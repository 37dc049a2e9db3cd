package cn.lianshang.policy.model;

/**
 * How codes read in plain Chinese (division, industry and qualification names); codes
 * themselves by default.
 */
public interface Names {

	Names CODES = new Names() {
	};

	default String division(String code) {
		return code;
	}

	default String industry(String code) {
		return code;
	}

	default String qualification(String code) {
		return code;
	}

}
