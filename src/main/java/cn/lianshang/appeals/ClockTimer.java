package cn.lianshang.appeals;

import java.time.LocalDate;

import cn.lianshang.appeals.model.RunningClock;

/**
 * One timer of an appeal's clock, named by its db-scheduler instance id
 * {@code <appeal id>:<clock>:<deadline>:<WARNING|ESCALATION>}. The id carries everything
 * the timer needs, so no task data is stored, and a clock whose deadline moves (延期) gets
 * timers with new ids while the old ones are cancelled (or, if one fires anyway, find
 * that the clock has moved on and do nothing).
 */
record ClockTimer(long appealId, RunningClock.Kind clock, LocalDate due, AppealNotice.Kind phase) {

	static final String TASK = "appeal-clock";

	String instanceId() {
		return appealId + ":" + clock + ":" + due + ":" + phase;
	}

	static ClockTimer parse(String instanceId) {
		String[] p = instanceId.split(":");
		if (p.length != 4) {
			throw new IllegalArgumentException("not an appeal clock timer: " + instanceId);
		}
		return new ClockTimer(Long.parseLong(p[0]), RunningClock.Kind.valueOf(p[1]), LocalDate.parse(p[2]),
				AppealNotice.Kind.valueOf(p[3]));
	}

}
