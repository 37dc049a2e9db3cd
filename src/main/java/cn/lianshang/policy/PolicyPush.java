package cn.lianshang.policy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import cn.lianshang.shared.web.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A policy version pushed to one enterprise, and its funnel: pushed → opened → intent
 * confirmed → applied → paid. Each step keeps when it happened and its source (who or
 * what recorded it). It guards the order of the steps. For a 免申即享 policy the confirmation
 * of intent is the application (no form), so confirming records both.
 */
@Entity
@Table(name = "policy_push")
class PolicyPush {

	static final String AUTOMATIC_APPLICATION = "免申即享：确认即申请";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_push_seq")
	@SequenceGenerator(name = "policy_push_seq", sequenceName = "policy_push_seq", allocationSize = 50)
	private Long id;

	private Long policyId;

	private Integer versionNo;

	private String uscc;

	private String divisionPath;

	private boolean automatic;

	@Enumerated(EnumType.STRING)
	private PushState state;

	private String reason;

	private Long notificationId;

	private OffsetDateTime createdAt;

	private OffsetDateTime pushedAt;

	private OffsetDateTime openedAt;

	private String openedSource;

	private OffsetDateTime confirmedAt;

	private String confirmedSource;

	private OffsetDateTime appliedAt;

	private String appliedSource;

	private OffsetDateTime paidAt;

	private String paidSource;

	private BigDecimal paidAmount;

	private String voucherNo;

	private OffsetDateTime creditCheckedAt;

	private String creditSource;

	private String creditNote;

	@Version
	private int version;

	protected PolicyPush() {
	}

	PolicyPush(long policyId, int versionNo, String uscc, String divisionPath, boolean automatic, PushState state,
			String reason, OffsetDateTime now) {
		this.policyId = policyId;
		this.versionNo = versionNo;
		this.uscc = uscc;
		this.divisionPath = divisionPath;
		this.automatic = automatic;
		this.state = state;
		this.reason = reason.length() > 64 ? reason.substring(0, 64) : reason;
		this.createdAt = now;
	}

	/** The message went out (at once, after the queue, or after a credit check). */
	void pushed(long notificationId, OffsetDateTime now) {
		if (state != PushState.QUEUED && state != PushState.PUSHED && state != PushState.CREDIT_CHECK) {
			throw new ConflictException("policy.push.state", state, "push");
		}
		this.notificationId = notificationId;
		this.state = PushState.PUSHED;
		this.pushedAt = now;
	}

	void queued() {
		this.state = PushState.QUEUED;
	}

	void creditChecked(boolean passed, String note, String source, OffsetDateTime now) {
		if (state != PushState.CREDIT_CHECK) {
			throw new ConflictException("policy.push.state", state, "credit-check");
		}
		creditCheckedAt = now;
		creditSource = source;
		creditNote = note;
		if (!passed) {
			state = PushState.CREDIT_FAILED;
		}
	}

	/** The first open counts; later ones change nothing. */
	boolean opened(String source, OffsetDateTime at) {
		if (openedAt != null || state != PushState.PUSHED) {
			return false;
		}
		openedAt = at;
		openedSource = source;
		return true;
	}

	void confirm(String source, OffsetDateTime now) {
		if (state != PushState.PUSHED || confirmedAt != null) {
			throw new ConflictException("policy.push.state", confirmedAt != null ? "CONFIRMED" : state, "confirm");
		}
		if (openedAt == null) {
			// confirming from the message is opening it
			openedAt = now;
			openedSource = source;
		}
		confirmedAt = now;
		confirmedSource = source;
		if (automatic) {
			appliedAt = now;
			appliedSource = AUTOMATIC_APPLICATION;
		}
	}

	void applied(String source, OffsetDateTime now) {
		if (automatic || state != PushState.PUSHED || appliedAt != null) {
			throw new ConflictException("policy.push.state", appliedAt != null ? "APPLIED" : state, "applied");
		}
		appliedAt = now;
		appliedSource = source;
	}

	void paid(BigDecimal amount, String voucher, String source, OffsetDateTime now) {
		if (appliedAt == null || paidAt != null) {
			throw new ConflictException("policy.push.state", paidAt != null ? "PAID" : "NOT_APPLIED", "paid");
		}
		paidAt = now;
		paidSource = source;
		paidAmount = amount;
		voucherNo = voucher;
	}

	PushView view() {
		return new PushView(id, policyId, versionNo, uscc, divisionPath, automatic, state, reason, notificationId,
				createdAt, new PushView.Step(pushedAt, reason), new PushView.Step(openedAt, openedSource),
				new PushView.Step(confirmedAt, confirmedSource), new PushView.Step(appliedAt, appliedSource),
				new PushView.Step(paidAt, paidSource), paidAmount, voucherNo,
				new PushView.Step(creditCheckedAt, creditSource), creditNote);
	}

	Long id() {
		return id;
	}

	Long policyId() {
		return policyId;
	}

	String uscc() {
		return uscc;
	}

	boolean automatic() {
		return automatic;
	}

	PushState state() {
		return state;
	}

}
