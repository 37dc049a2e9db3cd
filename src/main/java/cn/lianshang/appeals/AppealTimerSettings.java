package cn.lianshang.appeals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the appeal clocks ({@code lianshang.appeals.timers}).
 *
 * @param warningShare the share of a clock's working time after which the warning fires
 * (0.8: when 80% of the working time to the deadline has gone by)
 * @param followUpDays working days after 答复 by which the 回访 should be done
 */
@ConfigurationProperties("lianshang.appeals.timers")
record AppealTimerSettings(@DefaultValue("0.8") double warningShare, @DefaultValue("3") int followUpDays) {

	AppealTimerSettings {
		if (!(warningShare > 0 && warningShare < 1)) {
			throw new IllegalArgumentException("lianshang.appeals.timers.warning-share must lie in (0, 1)");
		}
		if (followUpDays < 1 || followUpDays > 30) {
			throw new IllegalArgumentException("lianshang.appeals.timers.follow-up-days must lie in 1..30");
		}
	}

}
