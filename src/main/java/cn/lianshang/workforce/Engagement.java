package cn.lianshang.workforce;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.annotations.BatchSize;

import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.workforce.EngagementStatus.Origin;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One resident on one job, from application or invitation to the ratings. The aggregate
 * guards its own state machine: every transition checks the current state and the side
 * that asks, and throws 409 on an illegal move (the version column catches concurrent
 * ones).
 */
@Entity
@Table(name = "engagement")
class Engagement {

	/** Which side asks for a transition. */
	enum Side {

		RESIDENT, EMPLOYER

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_seq")
	@SequenceGenerator(name = "engagement_seq", sequenceName = "engagement_seq", allocationSize = 50)
	private Long id;

	@Column(name = "job_id")
	private long jobId;

	@Column(name = "resident_id")
	private long residentId;

	@Enumerated(EnumType.STRING)
	private Origin origin;

	@Enumerated(EnumType.STRING)
	private EngagementStatus status;

	@Column(name = "employer_paid")
	private boolean employerPaid;

	@Column(name = "resident_paid")
	private boolean residentPaid;

	@Column(name = "employer_rating")
	private Integer employerRating;

	@Column(name = "resident_rating")
	private Integer residentRating;

	private boolean disputed;

	@Column(name = "dispute_reason")
	private String disputeReason;

	@Column(name = "unpaid_reported_at")
	private OffsetDateTime unpaidReportedAt;

	@ElementCollection
	@CollectionTable(name = "engagement_checkin", joinColumns = @JoinColumn(name = "engagement_id"))
	@Column(name = "work_date")
	@BatchSize(size = 100)
	private Set<LocalDate> checkins = new TreeSet<>();

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private int version;

	protected Engagement() {
	}

	Engagement(long jobId, long residentId, Origin origin, OffsetDateTime now) {
		this.jobId = jobId;
		this.residentId = residentId;
		this.origin = origin;
		this.status = origin == Origin.APPLIED ? EngagementStatus.APPLIED : EngagementStatus.INVITED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The side that did not start it agrees. */
	void accept(Side side, OffsetDateTime now) {
		require(side == respondent(), EngagementStatus.APPLIED, EngagementStatus.INVITED);
		move(EngagementStatus.ACCEPTED, now);
	}

	/** The side that did not start it refuses. */
	void decline(Side side, OffsetDateTime now) {
		require(side == respondent(), EngagementStatus.APPLIED, EngagementStatus.INVITED);
		move(EngagementStatus.DECLINED, now);
	}

	/** The side that started it takes it back before an answer. */
	void withdraw(Side side, OffsetDateTime now) {
		require(side != respondent(), EngagementStatus.APPLIED, EngagementStatus.INVITED);
		move(EngagementStatus.WITHDRAWN, now);
	}

	/** The resident checks in for one working day inside the job's dates, once a day. */
	void checkIn(Side side, LocalDate day, LocalDate start, LocalDate end, OffsetDateTime now) {
		require(side == Side.RESIDENT, EngagementStatus.ACCEPTED, EngagementStatus.WORKING);
		if (day.isBefore(start) || day.isAfter(end)) {
			throw InvalidInputException.of("date", "workforce.checkin.outside", start, end);
		}
		if (!checkins.add(day)) {
			throw new ConflictException("workforce.checkin.duplicate", day);
		}
		move(EngagementStatus.WORKING, now);
	}

	/** The employer marks the work done. */
	void complete(Side side, OffsetDateTime now) {
		require(side == Side.EMPLOYER, EngagementStatus.WORKING);
		move(EngagementStatus.COMPLETED, now);
	}

	/** One side confirms the payment; PAID once both have. */
	void confirmPayment(Side side, OffsetDateTime now) {
		require(true, EngagementStatus.COMPLETED);
		if (side == Side.EMPLOYER ? employerPaid : residentPaid) {
			throw new ConflictException("workforce.engagement.already", "payment");
		}
		if (side == Side.EMPLOYER) {
			employerPaid = true;
		}
		else {
			residentPaid = true;
		}
		move(employerPaid && residentPaid ? EngagementStatus.PAID : EngagementStatus.COMPLETED, now);
	}

	/** One side rates the other (1–5) after payment, once. */
	void rate(Side side, int score, OffsetDateTime now) {
		if (score < 1 || score > 5) {
			throw InvalidInputException.of("score", "workforce.rating.range", 1, 5);
		}
		require(true, EngagementStatus.PAID);
		if (side == Side.EMPLOYER ? employerRating != null : residentRating != null) {
			throw new ConflictException("workforce.engagement.already", "rating");
		}
		if (side == Side.EMPLOYER) {
			employerRating = score;
		}
		else {
			residentRating = score;
		}
		updatedAt = now;
	}

	/** Either side raises a dispute while the work is on or unpaid. */
	void dispute(String reason, OffsetDateTime now) {
		require(true, EngagementStatus.ACCEPTED, EngagementStatus.WORKING, EngagementStatus.COMPLETED);
		if (disputed) {
			throw new ConflictException("workforce.engagement.already", "dispute");
		}
		disputed = true;
		disputeReason = reason;
		updatedAt = now;
	}

	/** The resident reports the completed work unpaid, once. */
	void reportUnpaid(Side side, OffsetDateTime now) {
		require(side == Side.RESIDENT, EngagementStatus.COMPLETED);
		if (unpaidReportedAt != null) {
			throw new ConflictException("workforce.engagement.already", "unpaid");
		}
		unpaidReportedAt = now;
		updatedAt = now;
	}

	private Side respondent() {
		return origin == Origin.APPLIED ? Side.EMPLOYER : Side.RESIDENT;
	}

	private void require(boolean rightSide, EngagementStatus... allowed) {
		boolean ok = false;
		for (EngagementStatus s : allowed) {
			ok |= s == status;
		}
		if (!ok || !rightSide) {
			throw new ConflictException("workforce.engagement.illegal", status);
		}
	}

	private void move(EngagementStatus next, OffsetDateTime now) {
		status = next;
		updatedAt = now;
	}

	Long id() {
		return id;
	}

	long jobId() {
		return jobId;
	}

	long residentId() {
		return residentId;
	}

	Origin origin() {
		return origin;
	}

	EngagementStatus status() {
		return status;
	}

	boolean employerPaid() {
		return employerPaid;
	}

	boolean residentPaid() {
		return residentPaid;
	}

	Integer employerRating() {
		return employerRating;
	}

	Integer residentRating() {
		return residentRating;
	}

	boolean disputed() {
		return disputed;
	}

	String disputeReason() {
		return disputeReason;
	}

	OffsetDateTime unpaidReportedAt() {
		return unpaidReportedAt;
	}

	Set<LocalDate> checkins() {
		return checkins;
	}

	OffsetDateTime createdAt() {
		return createdAt;
	}

	int version() {
		return version;
	}

}
