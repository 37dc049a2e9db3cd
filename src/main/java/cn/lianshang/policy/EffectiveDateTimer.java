package cn.lianshang.policy;

/**
 * The db-scheduler timer that pushes a policy version on its effective date, named by its
 * instance id {@code <policy id>:<version no>}. The id carries everything the timer
 * needs; a version superseded before its date keeps its timer, which then finds another
 * version in force and does nothing.
 */
record EffectiveDateTimer(long policyId, int versionNo) {

	static final String TASK = "policy-effective";

	String instanceId() {
		return policyId + ":" + versionNo;
	}

	static EffectiveDateTimer parse(String instanceId) {
		String[] p = instanceId.split(":");
		if (p.length != 2) {
			throw new IllegalArgumentException("not a policy effective-date timer: " + instanceId);
		}
		return new EffectiveDateTimer(Long.parseLong(p[0]), Integer.parseInt(p[1]));
	}

}
