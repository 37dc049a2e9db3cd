package cn.lianshang.policy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A push as the API shows it: each funnel step with when ({@code at}, null if not yet)
 * and its source.
 */
public record PushView(long id, long policyId, int versionNo, String uscc, String divisionPath, boolean automatic,
		PushState state, String reason, Long notificationId, OffsetDateTime createdAt, Step pushed, Step opened,
		Step confirmed, Step applied, Step paid, BigDecimal paidAmount, String voucherNo, Step creditCheck,
		String creditNote) {

	public record Step(OffsetDateTime at, String source) {

	}

}
