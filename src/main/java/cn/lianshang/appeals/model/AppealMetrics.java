package cn.lianshang.appeals.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * The appeal metrics of one division and period, and their definitions. The population is
 * the appeals <em>received</em> (filed) in the period whose location (属地) lies within the
 * division; every other count is a subset of it, so a later period never changes an
 * earlier one's denominator.
 * <ul>
 * <li>{@code received}: appeals filed in the period. A 退单 does not make a second appeal;
 * a 重办 does not either.</li>
 * <li>{@code dispatched}: of those, appeals that have a 签收 deadline now (dispatched and
 * not currently returned to the dispatcher).</li>
 * <li>{@code acceptedOnTime}: signed for (签收) on or before the 签收 deadline. After a 退单
 * and a new dispatch the deadline is the new one: the right unit is measured from when it
 * got the matter. 按时签收率 = acceptedOnTime / dispatched.</li>
 * <li>{@code closed}: in state 办结. 办结率 = closed / received.</li>
 * <li>{@code closedOnTime}: closed, never reopened, and answered (答复) on or before the
 * answer deadline (which approved 延期 moves). A 重办 case is never on time. 按时办结率 =
 * closedOnTime / closed.</li>
 * <li>{@code resolved}: closed and, at 回访, confirmed resolved by the enterprise. 解决率 =
 * resolved / closed.</li>
 * <li>{@code satisfied}: closed with the last rating 满意 or 基本满意. 满意率 = satisfied /
 * closed.</li>
 * <li>{@code reopened}: reopened (重办) at least once. 重办率 = reopened / received.</li>
 * <li>{@code returned}: returned (退单) at least once. 退单率 = returned / received.</li>
 * </ul>
 * A rate whose denominator is 0 is null (not 0, not 1).
 */
public record AppealMetrics(long received, long dispatched, long acceptedOnTime, long closed, long closedOnTime,
		long resolved, long satisfied, long reopened, long returned) {

	/** UTC+8, the zone in which deadlines (dates) are kept. */
	public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

	public static AppealMetrics of(Collection<AppealFacts> facts) {
		long received = 0, dispatched = 0, acceptedOnTime = 0, closed = 0, closedOnTime = 0, resolved = 0,
				satisfied = 0, reopened = 0, returned = 0;
		for (AppealFacts f : facts) {
			received++;
			if (f.acceptDue() != null) {
				dispatched++;
				if (f.acceptedAt() != null && !day(f.acceptedAt()).isAfter(f.acceptDue())) {
					acceptedOnTime++;
				}
			}
			if (f.reopenCount() > 0) {
				reopened++;
			}
			if (f.returnCount() > 0) {
				returned++;
			}
			if (f.state() == AppealState.CLOSED) {
				closed++;
				if (f.reopenCount() == 0 && f.repliedAt() != null && f.answerDue() != null
						&& !day(f.repliedAt()).isAfter(f.answerDue())) {
					closedOnTime++;
				}
				if (Boolean.TRUE.equals(f.resolved())) {
					resolved++;
				}
				if (f.rating() != null && f.rating().isSatisfied()) {
					satisfied++;
				}
			}
		}
		return new AppealMetrics(received, dispatched, acceptedOnTime, closed, closedOnTime, resolved, satisfied,
				reopened, returned);
	}

	private static LocalDate day(java.time.OffsetDateTime t) {
		return t.atZoneSameInstant(ZONE).toLocalDate();
	}

	public Double acceptedOnTimeRate() {
		return rate(acceptedOnTime, dispatched);
	}

	public Double closedRate() {
		return rate(closed, received);
	}

	public Double closedOnTimeRate() {
		return rate(closedOnTime, closed);
	}

	public Double resolvedRate() {
		return rate(resolved, closed);
	}

	public Double satisfiedRate() {
		return rate(satisfied, closed);
	}

	public Double reopenedRate() {
		return rate(reopened, received);
	}

	public Double returnedRate() {
		return rate(returned, received);
	}

	static Double rate(long numerator, long denominator) {
		return denominator == 0 ? null : (double) numerator / denominator;
	}

}
