package cn.lianshang.marketplace;

import java.util.EnumSet;
import java.util.Set;

import static cn.lianshang.marketplace.ResponseStatus.AWARDED;
import static cn.lianshang.marketplace.ResponseStatus.COMPLETED;
import static cn.lianshang.marketplace.ResponseStatus.DECLINED;
import static cn.lianshang.marketplace.ResponseStatus.DELIVERED;
import static cn.lianshang.marketplace.ResponseStatus.SHORTLISTED;
import static cn.lianshang.marketplace.ResponseStatus.SUBMITTED;
import static cn.lianshang.marketplace.ResponseStatus.WITHDRAWN;

/**
 * The moves of the response/deal state machine: who may make each (the buyer, who owns
 * the demand, or the supplier, who sent the response), from which states, and to which.
 * Any other move is illegal (409).
 */
enum DealAction {

	SHORTLIST(Side.BUYER, EnumSet.of(SUBMITTED), SHORTLISTED),

	AWARD(Side.BUYER, EnumSet.of(SUBMITTED, SHORTLISTED), AWARDED),

	DECLINE(Side.BUYER, EnumSet.of(SUBMITTED, SHORTLISTED), DECLINED),

	WITHDRAW(Side.SUPPLIER, EnumSet.of(SUBMITTED, SHORTLISTED), WITHDRAWN),

	DELIVER(Side.SUPPLIER, EnumSet.of(AWARDED), DELIVERED),

	/** The buyer confirms receipt, after the supplier reported delivery or without it. */
	CONFIRM(Side.BUYER, EnumSet.of(AWARDED, DELIVERED), COMPLETED);

	/** The two parties of a response or deal. */
	enum Side {

		BUYER, SUPPLIER

	}

	private final Side side;

	private final Set<ResponseStatus> from;

	private final ResponseStatus to;

	DealAction(Side side, Set<ResponseStatus> from, ResponseStatus to) {
		this.side = side;
		this.from = from;
		this.to = to;
	}

	Side side() {
		return side;
	}

	boolean allowedFrom(ResponseStatus status) {
		return from.contains(status);
	}

	ResponseStatus target() {
		return to;
	}

	/** The lower-case name used in URLs and audit entries ({@code award}). */
	String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	static DealAction ofCode(String code) {
		for (DealAction a : values()) {
			if (a.code().equals(code)) {
				return a;
			}
		}
		throw new IllegalArgumentException("unknown action " + code);
	}

}
