package cn.lianshang.appeals;

import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.appeals.model.AppealMetrics;
import cn.lianshang.appeals.model.RunningClock;

/**
 * What a clock timer does when it fires. A timer acts only if its clock still runs with
 * the same deadline (otherwise the appeal has moved on and the timer is stale: nothing
 * happens) and only once (the notice is unique per appeal × kind × clock × deadline, and
 * is looked for first): so a timer that fires twice, or fires after a transition that
 * could not cancel it, changes nothing. A warning leaves a notice; an escalation leaves a
 * notice and makes the 督办 move of the state machine, which the history records. Both are
 * audited as {@value #ACTOR}.
 */
@Service
class ClockAlarms {

	static final String ACTOR = "时限监控";

	private static final Logger log = LoggerFactory.getLogger(ClockAlarms.class);

	private final Appeals appeals;

	private final AppealNotices notices;

	private final AuditLog audit;

	ClockAlarms(Appeals appeals, AppealNotices notices, AuditLog audit) {
		this.appeals = appeals;
		this.notices = notices;
		this.audit = audit;
	}

	/** Answers whether the timer acted (false: stale or already done). */
	@Transactional
	boolean fire(ClockTimer timer) {
		Appeal a = appeals.findById(timer.appealId()).orElse(null);
		if (a == null) {
			return false;
		}
		RunningClock clock = a.clock();
		if (clock == null || clock.kind() != timer.clock() || !clock.due().equals(timer.due())) {
			log.debug("stale timer {}: the appeal's clock is now {}", timer.instanceId(), clock);
			return false;
		}
		if (notices.existsByAppealIdAndKindAndClockAndDue(a.id(), timer.phase(), timer.clock(), timer.due())) {
			return false;
		}
		OffsetDateTime now = OffsetDateTime.now(AppealMetrics.ZONE);
		AppealNotice notice = notices
			.saveAndFlush(new AppealNotice(a.id(), timer.phase(), timer.clock(), timer.due(), now));
		if (timer.phase() == AppealNotice.Kind.ESCALATION) {
			a.escalate("超过" + timer.clock().label() + "时限（" + timer.due() + "），自动督办", now, ACTOR);
			appeals.saveAndFlush(a);
			audit.recordAs(ACTOR, "appeal.escalate", "appeal", a.id().toString(), a.state(), a.state());
		}
		else {
			audit.recordAs(ACTOR, "appeal.warn", "appeal", a.id().toString(), null,
					timer.clock() + " due " + timer.due() + " (notice " + notice.id() + ")");
		}
		return true;
	}

}
