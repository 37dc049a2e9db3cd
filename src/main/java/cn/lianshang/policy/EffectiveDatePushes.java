package cn.lianshang.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import cn.lianshang.access.AuditLog;

/**
 * Arms the timer of a published policy version whose effective date lies ahead: the
 * pushes on publish and amendment evaluate the version in force today, so a version in
 * force from a later date would otherwise never be pushed. Called in the publishing
 * transaction, so the timer commits or rolls back with the version (db-scheduler works on
 * Spring's transaction-aware data source). Each armed timer is audited.
 */
@Service
class EffectiveDatePushes {

	private final SchedulerClient scheduler;

	private final OneTimeTask<Void> task;

	private final PolicyClock clock;

	private final AuditLog audit;

	EffectiveDatePushes(SchedulerClient scheduler, OneTimeTask<Void> policyEffectiveTask, PolicyClock clock,
			AuditLog audit) {
		this.scheduler = scheduler;
		this.task = policyEffectiveTask;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Arms the timer of version {@code versionNo} if it takes effect after today; true if
	 * it did.
	 */
	boolean armIfAhead(long policyId, int versionNo, LocalDate effectiveFrom) {
		if (!effectiveFrom.isAfter(clock.today())) {
			return false;
		}
		EffectiveDateTimer timer = new EffectiveDateTimer(policyId, versionNo);
		Instant at = clock.startOf(effectiveFrom);
		boolean armed = scheduler.scheduleIfNotExists(task.instance(timer.instanceId()), clock.systemInstant(at));
		if (armed) {
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("version", versionNo);
			after.put("effectiveFrom", effectiveFrom);
			after.put("at", at.toString());
			audit.record("policy.effective.arm", "policy", String.valueOf(policyId), null, after);
		}
		return armed;
	}

	/** When the timer of a version is due (system time), if it waits. */
	Optional<Instant> due(long policyId, int versionNo) {
		return scheduler
			.getScheduledExecution(TaskInstanceId.of(EffectiveDateTimer.TASK,
					new EffectiveDateTimer(policyId, versionNo).instanceId()))
			.map(e -> e.getExecutionTime());
	}

}
