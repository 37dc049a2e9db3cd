package cn.lianshang.policy.model;

/**
 * Three-valued (Kleene) truth of a clause for one enterprise: a missing fact gives
 * {@link #UNKNOWN}, never false.
 */
public enum Outcome {

	PASS, FAIL, UNKNOWN;

	/**
	 * Kleene conjunction: fail if either fails, unknown if either is unknown, else pass.
	 */
	public Outcome and(Outcome other) {
		if (this == FAIL || other == FAIL) {
			return FAIL;
		}
		if (this == UNKNOWN || other == UNKNOWN) {
			return UNKNOWN;
		}
		return PASS;
	}

	/**
	 * Kleene disjunction: pass if either passes, unknown if either is unknown, else fail.
	 */
	public Outcome or(Outcome other) {
		if (this == PASS || other == PASS) {
			return PASS;
		}
		if (this == UNKNOWN || other == UNKNOWN) {
			return UNKNOWN;
		}
		return FAIL;
	}

	/** Kleene negation: pass and fail swap, unknown stays unknown. */
	public Outcome not() {
		return switch (this) {
			case PASS -> FAIL;
			case FAIL -> PASS;
			case UNKNOWN -> UNKNOWN;
		};
	}

	/**
	 * The decision this outcome stands for at the root of a tree: eligible, ineligible or
	 * unknown.
	 */
	public String decision() {
		return switch (this) {
			case PASS -> "eligible";
			case FAIL -> "ineligible";
			case UNKNOWN -> "unknown";
		};
	}

	/**
	 * The outcome a decision name stands for ({@code eligible}, {@code ineligible},
	 * {@code unknown}).
	 */
	public static java.util.Optional<Outcome> ofDecision(String decision) {
		for (Outcome o : values()) {
			if (o.decision().equals(decision)) {
				return java.util.Optional.of(o);
			}
		}
		return java.util.Optional.empty();
	}

	/**
	 * The lower-case name used in the API ({@code pass}, {@code fail}, {@code unknown}).
	 */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
