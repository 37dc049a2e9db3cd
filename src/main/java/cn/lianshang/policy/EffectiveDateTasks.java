package cn.lianshang.policy;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The db-scheduler task that pushes a policy version on its effective date. It depends
 * only on {@link PushingPolicy} (never on the {@code SchedulerClient}, which is built
 * from the tasks). The timers live in {@code scheduled_tasks}: they survive a restart (a
 * timer that came due while the application was down fires at the next poll), and one
 * node picks each. A run that could not take the push lock, or was refused because the
 * application is shutting down ({@link RunningPushes}), is tried again a minute later.
 */
@Configuration(proxyBeanMethods = false)
class EffectiveDateTasks {

	@Bean
	OneTimeTask<Void> policyEffectiveTask(PushingPolicy pushing, RunningPushes runs) {
		return Tasks.oneTime(EffectiveDateTimer.TASK)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)))
			.execute((instance, context) -> {
				EffectiveDateTimer timer = EffectiveDateTimer.parse(instance.getId());
				try {
					String what = "effective-date push of policy " + timer.policyId();
					runs.run(what, () -> PushTriggers.retrying(what, () -> pushing.pushEffective(timer), runs));
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
			});
	}

}
