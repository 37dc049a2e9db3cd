package cn.lianshang.appeals.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The facts of one appeal that the metrics count. Dates are compared in the platform's
 * time zone (UTC+8).
 */
public record AppealFacts(String locationPath, AppealState state, LocalDate acceptDue, OffsetDateTime acceptedAt,
		LocalDate answerDue, OffsetDateTime repliedAt, Satisfaction rating, Boolean resolved, int returnCount,
		int reopenCount, String unitCode, String unitName, OffsetDateTime filedAt) {

	/** The facts without the unit and the filing time (which only some measures use). */
	public AppealFacts(String locationPath, AppealState state, LocalDate acceptDue, OffsetDateTime acceptedAt,
			LocalDate answerDue, OffsetDateTime repliedAt, Satisfaction rating, Boolean resolved, int returnCount,
			int reopenCount) {
		this(locationPath, state, acceptDue, acceptedAt, answerDue, repliedAt, rating, resolved, returnCount,
				reopenCount, null, null, null);
	}

}
