package cn.lianshang.appeals;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.lianshang.appeals.model.RunningClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * What a clock's timer left for the queue: a warning that a deadline is near, or the
 * record of an automatic 督办 after it passed. Unique per appeal × kind × clock × deadline.
 */
@Entity
@Table(name = "appeal_notice")
class AppealNotice {

	enum Kind {

		/** The warning share of the clock has gone by. */
		WARNING,
		/** The deadline has passed: escalated (督办). */
		ESCALATION

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_notice_seq")
	@SequenceGenerator(name = "appeal_notice_seq", sequenceName = "appeal_notice_seq", allocationSize = 50)
	private Long id;

	@Column(name = "appeal_id")
	private long appealId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	private RunningClock.Kind clock;

	private LocalDate due;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	protected AppealNotice() {
	}

	AppealNotice(long appealId, Kind kind, RunningClock.Kind clock, LocalDate due, OffsetDateTime createdAt) {
		this.appealId = appealId;
		this.kind = kind;
		this.clock = clock;
		this.due = due;
		this.createdAt = createdAt;
	}

	Long id() {
		return id;
	}

	long appealId() {
		return appealId;
	}

	Kind kind() {
		return kind;
	}

	RunningClock.Kind clock() {
		return clock;
	}

	LocalDate due() {
		return due;
	}

	OffsetDateTime createdAt() {
		return createdAt;
	}

}
