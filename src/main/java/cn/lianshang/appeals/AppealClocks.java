package cn.lianshang.appeals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import cn.lianshang.appeals.model.RunningClock;
import cn.lianshang.appeals.model.WorkingCalendar;
import cn.lianshang.shared.web.NotFoundException;

/**
 * Arms the timers of an appeal's running clock: a warning at
 * {@link AppealTimerSettings#warningShare()} of its working time and an escalation when
 * it is overdue ({@link RunningClock}). Called in the transaction of every transition, so
 * the timers commit or roll back with the appeal (db-scheduler works on Spring's
 * transaction-aware data source). The timers of the clock that ran before are cancelled
 * unless they are the same timers.
 */
@Service
class AppealClocks {

	private final SchedulerClient scheduler;

	private final OneTimeTask<Void> task;

	private final WorkingDays workingDays;

	private final AppealTimerSettings settings;

	private final Appeals appeals;

	AppealClocks(SchedulerClient scheduler, OneTimeTask<Void> appealClockTask, WorkingDays workingDays,
			AppealTimerSettings settings, Appeals appeals) {
		this.appeals = appeals;
		this.scheduler = scheduler;
		this.task = appealClockTask;
		this.workingDays = workingDays;
		this.settings = settings;
	}

	/** The timers for {@code clock} of appeal {@code id}, none if no clock runs. */
	static List<ClockTimer> timersOf(long id, RunningClock clock) {
		if (clock == null) {
			return List.of();
		}
		return List.of(new ClockTimer(id, clock.kind(), clock.due(), AppealNotice.Kind.WARNING),
				new ClockTimer(id, clock.kind(), clock.due(), AppealNotice.Kind.ESCALATION));
	}

	/**
	 * The timers of a newly filed appeal, in one batch insert (its id is new, so none of
	 * its timers can exist yet): the filing path's one statement for both timers, instead
	 * of a look-up and an insert for each.
	 */
	void armFiled(Appeal appeal, WorkingCalendar calendar) {
		RunningClock now = appeal.clock();
		if (now == null) {
			return;
		}
		List<ClockTimer> next = timersOf(appeal.id(), now);
		scheduler.scheduleBatch(List.<SchedulableInstance<?>>of(
				SchedulableInstance.of(task.instance(next.get(0).instanceId()),
						now.warningAt(calendar, settings.warningShare()).toInstant()),
				SchedulableInstance.of(task.instance(next.get(1).instanceId()), now.overdueAt().toInstant())));
	}

	/**
	 * After a transition of {@code appeal}: cancels the timers of {@code before} (the
	 * clock that ran before it), schedules those of the clock that runs now.
	 */
	void rearm(Appeal appeal, RunningClock before) {
		RunningClock now = appeal.clock();
		List<ClockTimer> next = timersOf(appeal.id(), now);
		for (ClockTimer old : timersOf(appeal.id(), before)) {
			if (!next.contains(old)) {
				cancel(old);
			}
		}
		if (now == null) {
			return;
		}
		scheduler.scheduleIfNotExists(task.instance(next.get(0).instanceId()),
				now.warningAt(workingDays.calendar(), settings.warningShare()).toInstant());
		scheduler.scheduleIfNotExists(task.instance(next.get(1).instanceId()), now.overdueAt().toInstant());
	}

	/** Cancels a timer if it is waiting (a timer being run right now is left alone). */
	void cancel(ClockTimer timer) {
		TaskInstanceId id = TaskInstanceId.of(ClockTimer.TASK, timer.instanceId());
		scheduler.getScheduledExecution(id).filter(e -> !e.isPicked()).ifPresent(e -> scheduler.cancel(id));
	}

	/** The timers of appeal {@code id} that wait, with when they are due. */
	List<Pending> pending(long id, RunningClock clock) {
		List<Pending> result = new ArrayList<>();
		for (ClockTimer t : timersOf(id, clock)) {
			scheduler.getScheduledExecution(TaskInstanceId.of(ClockTimer.TASK, t.instanceId()))
				.ifPresent(e -> result
					.add(new Pending(t, e.getExecutionTime().atOffset(cn.lianshang.appeals.model.AppealMetrics.ZONE))));
		}
		return result;
	}

	record Pending(ClockTimer timer, OffsetDateTime at) {
	}

	/**
	 * Arms the timers of the clock that runs now in appeal {@code id} (idempotent: a
	 * timer that exists stays).
	 */
	@Transactional
	void arm(long id) {
		Appeal a = appeals.findById(id).orElseThrow(() -> new NotFoundException("appeal", Long.toString(id)));
		rearm(a, null);
	}

}
