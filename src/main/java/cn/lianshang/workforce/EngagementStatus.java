package cn.lianshang.workforce;

/**
 * Where an engagement stands. APPLIED (by the resident) or INVITED (by the employer) →
 * ACCEPTED (by the other side) → WORKING (first check-in) → COMPLETED (employer) → PAID
 * (both sides confirmed the payment); DECLINED and WITHDRAWN end it before it starts.
 */
enum EngagementStatus {

	APPLIED, INVITED, ACCEPTED, WORKING, COMPLETED, PAID, DECLINED, WITHDRAWN;

	/**
	 * Whether the resident has consented to the employer seeing their contact details.
	 */
	boolean consented(Origin origin) {
		return switch (this) {
			case APPLIED -> true;
			case INVITED, DECLINED, WITHDRAWN -> false;
			case ACCEPTED, WORKING, COMPLETED, PAID -> true;
		} || (origin == Origin.APPLIED && this != WITHDRAWN);
	}

	/** Counts against the job's headcount. */
	boolean holdsPlace() {
		return this == ACCEPTED || this == WORKING || this == COMPLETED || this == PAID;
	}

	enum Origin {

		APPLIED, INVITED

	}

}
