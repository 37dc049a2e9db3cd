package cn.lianshang.policy.model;

import java.util.List;

/**
 * What one leaf clause found for one enterprise, before negation.
 *
 * @param observed the fact in plain Chinese ("企业规模为规上企业"), or null when the fact is
 * missing
 * @param used the facts read, as {@code key=value}
 * @param note an extra remark (e.g. a revenue band that straddles the bound), or null
 */
public record Finding(Outcome outcome, String observed, List<String> used, String note) {

	static Finding of(boolean pass, String observed, String used) {
		return new Finding(pass ? Outcome.PASS : Outcome.FAIL, observed, List.of(used), null);
	}

	static Finding missing() {
		return new Finding(Outcome.UNKNOWN, null, List.of(), null);
	}

}
