package cn.lianshang.appeals;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The db-scheduler task of the appeal clocks. It depends only on {@link ClockAlarms}
 * (never on the {@code SchedulerClient}, which is built from the tasks). db-scheduler
 * keeps the timers in {@code scheduled_tasks}: they survive a restart (a timer that came
 * due while the application was down fires at the next poll), and one node picks each.
 */
@Configuration(proxyBeanMethods = false)
class AppealClockTasks {

	@Bean
	OneTimeTask<Void> appealClockTask(ClockAlarms alarms) {
		return Tasks.oneTime(ClockTimer.TASK)
			.execute((instance, context) -> alarms.fire(ClockTimer.parse(instance.getId())));
	}

}
