package cn.lianshang.appeals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.lianshang.appeals.model.AppealState;
import cn.lianshang.appeals.model.RunningClock;
import cn.lianshang.appeals.model.Satisfaction;

/** What the API shows of an appeal. */
final class AppealViews {

	private AppealViews() {
	}

	record UnitRef(String code, String name) {
	}

	/**
	 * @param expectedAcceptBy the last day to sign for it (签收), counted in working days
	 * from dispatch
	 * @param expectedAnswerBy the last day to answer it (答复), counted from 签收 and moved
	 * by approved extensions
	 */
	record Summary(long id, int version, AppealState state, String stateLabel, String category, String categoryName,
			String uscc, String enterpriseName, String locationDivision, UnitRef unit, OffsetDateTime filedAt,
			LocalDate expectedAcceptBy, LocalDate expectedAnswerBy, boolean escalated) {
	}

	record Detail(long id, int version, AppealState state, String stateLabel, Appeal.Source source, String category,
			String categoryName, String description, String uscc, String enterpriseName, String locationDivision,
			Double latitude, Double longitude, String address, UnitRef unit, List<UnitRef> coHandlers,
			OffsetDateTime filedAt, OffsetDateTime dispatchedAt, OffsetDateTime acceptedAt, OffsetDateTime repliedAt,
			OffsetDateTime closedAt, LocalDate expectedAcceptBy, LocalDate expectedAnswerBy, String reply,
			Satisfaction rating, Boolean resolved, int returnCount, int reopenCount, int extensionDays,
			boolean escalated, List<Step> history, LocalDate expectedFollowUpBy) {
	}

	/** A notice a clock left: a warning before a deadline or an automatic 督办 after it. */
	record Notice(long id, long appealId, AppealNotice.Kind kind, RunningClock.Kind clock, String clockLabel,
			LocalDate due, OffsetDateTime at, AppealState state, String category, String unitName) {

		static Notice of(AppealNotice n, Appeal a) {
			return new Notice(n.id(), a.id(), n.kind(), n.clock(), n.clock().label(), n.due(), n.createdAt(), a.state(),
					a.categoryCode(), a.unitName());
		}

	}

	record Step(OffsetDateTime at, String actor, String action, AppealState from, AppealState to, String note) {
	}

	static UnitRef unit(Appeal a) {
		return a.unitCode() == null ? null : new UnitRef(a.unitCode(), a.unitName());
	}

	static Summary summary(Appeal a, String categoryName) {
		return new Summary(a.id(), a.version(), a.state(), a.state().label(), a.categoryCode(), categoryName, a.uscc(),
				a.enterpriseName(), a.locationDivision(), unit(a), a.filedAt(), a.acceptDue(), a.answerDue(),
				a.escalated());
	}

	static Detail detail(Appeal a, String categoryName) {
		return new Detail(a.id(), a.version(), a.state(), a.state().label(), a.source(), a.categoryCode(), categoryName,
				a.description(), a.uscc(), a.enterpriseName(), a.locationDivision(), a.latitude(), a.longitude(),
				a.address(), unit(a),
				a.coHandlers().stream().map(c -> new UnitRef(c.unitCode(), c.unitName())).toList(), a.filedAt(),
				a.dispatchedAt(), a.acceptedAt(), a.repliedAt(), a.closedAt(), a.acceptDue(), a.answerDue(), a.reply(),
				a.rating(), a.resolved(), a.returnCount(), a.reopenCount(), a.extensionDays(), a.escalated(),
				a.history().stream().map(HistoryEntry::view).toList(), a.followUpDue());
	}

}
