package cn.lianshang.access;

/** The roles of API-CONTRACT.md. */
public enum Role {

	ADMIN, ENTERPRISE, RESIDENT, HANDLER, POLICY_OFFICER, CHAIN_OFFICER, ANALYST;

	/**
	 * Roles whose data access is limited to a division (and what lies below it) when they
	 * carry one.
	 */
	public boolean isJurisdictional() {
		return this == HANDLER || this == POLICY_OFFICER || this == CHAIN_OFFICER || this == ANALYST;
	}

}
