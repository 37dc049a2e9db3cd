package cn.lianshang.appeals;

import java.time.OffsetDateTime;

import cn.lianshang.appeals.model.AppealState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One step of an appeal's history: who did what when, from which state to which, with a
 * note.
 */
@Entity
@Table(name = "appeal_history")
class HistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_history_seq")
	@SequenceGenerator(name = "appeal_history_seq", sequenceName = "appeal_history_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "appeal_id")
	private Appeal appeal;

	@Column(name = "happened_at")
	private OffsetDateTime at;

	private String actor;

	private String action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_state")
	private AppealState fromState;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_state")
	private AppealState toState;

	private String note;

	protected HistoryEntry() {
	}

	HistoryEntry(Appeal appeal, OffsetDateTime at, String actor, String action, AppealState from, AppealState to,
			String note) {
		this.appeal = appeal;
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.fromState = from;
		this.toState = to;
		this.note = note;
	}

	Long id() {
		return id;
	}

	OffsetDateTime at() {
		return at;
	}

	String note() {
		return note;
	}

	AppealViews.Step view() {
		return new AppealViews.Step(at, actor, action, fromState, toState, note);
	}

}
