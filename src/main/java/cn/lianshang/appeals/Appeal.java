package cn.lianshang.appeals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.lianshang.appeals.model.Action;
import cn.lianshang.appeals.model.AppealState;
import cn.lianshang.appeals.model.IllegalTransition;
import cn.lianshang.appeals.model.Lifecycle;
import cn.lianshang.appeals.model.RunningClock;
import cn.lianshang.appeals.model.Satisfaction;
import cn.lianshang.shared.web.ConflictException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An appeal (诉求): the aggregate that guards its state machine. Every transition goes
 * through {@link Lifecycle#next}; an illegal one is a {@link ConflictException} (409) and
 * changes nothing; each legal one adds a {@link HistoryEntry}. Concurrent changes are
 * caught by the {@code version}.
 */
@Entity
@Table(name = "appeal")
class Appeal {

	enum Source {

		WEB, API, OPEN311

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
	@SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
	private Long id;

	@Version
	private int version;

	@Enumerated(EnumType.STRING)
	private AppealState state;

	@Enumerated(EnumType.STRING)
	private Source source;

	@Column(name = "category_code")
	private String categoryCode;

	private String description;

	private String uscc;

	@Column(name = "enterprise_name")
	private String enterpriseName;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "idempotency_key")
	private String idempotencyKey;

	@Column(name = "open311_key_id")
	private Long open311KeyId;

	@Column(name = "device_id")
	private String deviceId;

	@Column(name = "open311_token")
	private String open311Token;

	@Column(name = "location_division")
	private String locationDivision;

	@Column(name = "location_path")
	private String locationPath;

	private Double latitude;

	private Double longitude;

	private String address;

	@Column(name = "unit_code")
	private String unitCode;

	@Column(name = "unit_name")
	private String unitName;

	@Column(name = "unit_path")
	private String unitPath;

	@Column(name = "accept_due")
	private LocalDate acceptDue;

	@Column(name = "answer_due")
	private LocalDate answerDue;

	@Column(name = "filed_at")
	private OffsetDateTime filedAt;

	@Column(name = "dispatched_at")
	private OffsetDateTime dispatchedAt;

	@Column(name = "accepted_at")
	private OffsetDateTime acceptedAt;

	@Column(name = "replied_at")
	private OffsetDateTime repliedAt;

	@Column(name = "closed_at")
	private OffsetDateTime closedAt;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	private String reply;

	@Enumerated(EnumType.STRING)
	private Satisfaction rating;

	private Boolean resolved;

	@Column(name = "return_count")
	private int returnCount;

	@Column(name = "reopen_count")
	private int reopenCount;

	@Column(name = "extension_days")
	private int extensionDays;

	private boolean escalated;

	@Column(name = "clock_started_at")
	private OffsetDateTime clockStartedAt;

	@Column(name = "follow_up_due")
	private LocalDate followUpDue;

	@ElementCollection
	@CollectionTable(name = "appeal_co_handler", joinColumns = @JoinColumn(name = "appeal_id"))
	private List<CoHandler> coHandlers = new ArrayList<>();

	@OneToMany(mappedBy = "appeal", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<HistoryEntry> history = new ArrayList<>();

	protected Appeal() {
	}

	/** Where it came from and who filed it: the facts of 受理. */
	record Filing(Source source, String categoryCode, String description, String uscc, String enterpriseName,
			Long accountId, String idempotencyKey, Long open311KeyId, String deviceId, String open311Token,
			String locationDivision, String locationPath, Double latitude, Double longitude, String address) {
	}

	static Appeal file(Filing f, OffsetDateTime now, String actor) {
		Appeal a = new Appeal();
		a.source = f.source();
		a.categoryCode = f.categoryCode();
		a.description = f.description();
		a.uscc = f.uscc();
		a.enterpriseName = f.enterpriseName();
		a.accountId = f.accountId();
		a.idempotencyKey = f.idempotencyKey();
		a.open311KeyId = f.open311KeyId();
		a.deviceId = f.deviceId();
		a.open311Token = f.open311Token();
		a.locationDivision = f.locationDivision();
		a.locationPath = f.locationPath();
		a.latitude = f.latitude();
		a.longitude = f.longitude();
		a.address = f.address();
		a.filedAt = now;
		a.updatedAt = now;
		a.state = AppealState.RECEIVED;
		a.history.add(new HistoryEntry(a, now, actor, "FILE", null, AppealState.RECEIVED, null));
		return a;
	}

	/** A responsible unit with the path of its division (for scoping). */
	record Assignee(String code, String name, String path) {
	}

	// ---------------------------------------------------------------- transitions

	/** 派单: to the lead unit, with co-handling units; the 签收 deadline starts. */
	void dispatch(Assignee lead, List<Assignee> co, LocalDate acceptBy, OffsetDateTime now, String actor, String note) {
		move(Action.DISPATCH, now, actor, note == null ? "派至" + lead.name() : note);
		unitCode = lead.code();
		unitName = lead.name();
		unitPath = lead.path();
		coHandlers.clear();
		for (Assignee c : co) {
			if (!c.code().equals(lead.code())) {
				coHandlers.add(new CoHandler(c.code(), c.name(), c.path()));
			}
		}
		acceptDue = acceptBy;
		dispatchedAt = now;
		clockStartedAt = now;
	}

	/** 签收: the answer deadline starts. */
	void accept(LocalDate answerBy, OffsetDateTime now, String actor, String note) {
		move(Action.ACCEPT, now, actor, note);
		acceptedAt = now;
		answerDue = answerBy;
		clockStartedAt = now;
	}

	void start(OffsetDateTime now, String actor, String note) {
		move(Action.START, now, actor, note);
	}

	/** 答复: the 回访 deadline ({@code followUpBy}) starts. */
	void reply(String text, LocalDate followUpBy, OffsetDateTime now, String actor) {
		move(Action.REPLY, now, actor, text);
		reply = text;
		repliedAt = now;
		followUpDue = followUpBy;
		clockStartedAt = now;
	}

	/** 退单: back to the dispatcher; the unit is released and the return counted. */
	void returnToDispatcher(String reason, OffsetDateTime now, String actor) {
		move(Action.RETURN, now, actor, unitName + "退单：" + reason);
		returnCount++;
		unitCode = null;
		unitName = null;
		unitPath = null;
		coHandlers.clear();
		acceptDue = null;
		acceptedAt = null;
		answerDue = null;
		followUpDue = null;
		clockStartedAt = null;
	}

	/** 回访: the enterprise's rating, and whether the matter is resolved in its view. */
	void followUp(Satisfaction satisfaction, boolean isResolved, String note, OffsetDateTime now, String actor) {
		move(Action.FOLLOW_UP, now, actor,
				satisfaction.label() + (isResolved ? "，已解决" : "，未解决") + (note == null ? "" : "：" + note));
		rating = satisfaction;
		resolved = isResolved;
	}

	void close(OffsetDateTime now, String actor, String note) {
		move(Action.CLOSE, now, actor, note);
		closedAt = now;
	}

	/** 重办: only after 不满意; the same unit answers again by the new deadline. */
	void reopen(LocalDate answerBy, String reason, OffsetDateTime now, String actor) {
		move(Action.REOPEN, now, actor, reason);
		reopenCount++;
		answerDue = answerBy;
		reply = null;
		followUpDue = null;
		clockStartedAt = now;
	}

	/**
	 * 延期 (approved): the answer deadline moves by {@code days} working days to
	 * {@code answerBy}.
	 */
	void extend(int days, LocalDate answerBy, String reason, OffsetDateTime now, String actor) {
		move(Action.EXTEND, now, actor, "延期" + days + "个工作日至" + answerBy + "：" + reason);
		extensionDays += days;
		answerDue = answerBy;
	}

	/** 督办. */
	void escalate(String note, OffsetDateTime now, String actor) {
		move(Action.ESCALATE, now, actor, note);
		escalated = true;
	}

	/** Checks an action against the state machine without doing it. */
	void check(Action action) {
		try {
			Lifecycle.next(state, action, rating);
		}
		catch (IllegalTransition e) {
			throw new ConflictException("appeals.transition", id, state.label(), action.name());
		}
	}

	private void move(Action action, OffsetDateTime now, String actor, String note) {
		AppealState from = state;
		AppealState to;
		try {
			to = Lifecycle.next(from, action, rating);
		}
		catch (IllegalTransition e) {
			throw new ConflictException("appeals.transition", id, from.label(), action.name());
		}
		state = to;
		updatedAt = now;
		history.add(new HistoryEntry(this, now, actor, action.name(), from, to, note));
	}

	// ---------------------------------------------------------------- reading

	Long id() {
		return id;
	}

	int version() {
		return version;
	}

	AppealState state() {
		return state;
	}

	Source source() {
		return source;
	}

	String categoryCode() {
		return categoryCode;
	}

	String description() {
		return description;
	}

	String uscc() {
		return uscc;
	}

	String enterpriseName() {
		return enterpriseName;
	}

	Long accountId() {
		return accountId;
	}

	Long open311KeyId() {
		return open311KeyId;
	}

	String open311Token() {
		return open311Token;
	}

	String locationDivision() {
		return locationDivision;
	}

	String locationPath() {
		return locationPath;
	}

	Double latitude() {
		return latitude;
	}

	Double longitude() {
		return longitude;
	}

	String address() {
		return address;
	}

	String unitCode() {
		return unitCode;
	}

	String unitName() {
		return unitName;
	}

	String unitPath() {
		return unitPath;
	}

	List<CoHandler> coHandlers() {
		return List.copyOf(coHandlers);
	}

	LocalDate acceptDue() {
		return acceptDue;
	}

	LocalDate answerDue() {
		return answerDue;
	}

	OffsetDateTime filedAt() {
		return filedAt;
	}

	OffsetDateTime dispatchedAt() {
		return dispatchedAt;
	}

	OffsetDateTime acceptedAt() {
		return acceptedAt;
	}

	OffsetDateTime repliedAt() {
		return repliedAt;
	}

	OffsetDateTime closedAt() {
		return closedAt;
	}

	OffsetDateTime updatedAt() {
		return updatedAt;
	}

	String reply() {
		return reply;
	}

	Satisfaction rating() {
		return rating;
	}

	Boolean resolved() {
		return resolved;
	}

	int returnCount() {
		return returnCount;
	}

	int reopenCount() {
		return reopenCount;
	}

	int extensionDays() {
		return extensionDays;
	}

	boolean escalated() {
		return escalated;
	}

	LocalDate followUpDue() {
		return followUpDue;
	}

	/** The clock running now, or null (see {@link RunningClock}). */
	RunningClock clock() {
		return RunningClock.of(state, acceptDue, answerDue, followUpDue,
				clockStartedAt == null ? updatedAt : clockStartedAt);
	}

	List<HistoryEntry> history() {
		return List.copyOf(history);
	}

	/** The latest note of the history (Open311 {@code status_notes}). */
	String lastNote() {
		for (int i = history.size() - 1; i >= 0; i--) {
			if (history.get(i).note() != null) {
				return history.get(i).note();
			}
		}
		return null;
	}

}
