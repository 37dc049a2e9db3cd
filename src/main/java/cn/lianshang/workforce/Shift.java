package cn.lianshang.workforce;

/**
 * The shifts a job offers and a resident can work, with the hours that count for the
 * minimum wage: a daily pay is compared with the hourly minimum × the hours of the job's
 * longest shift.
 */
enum Shift {

	MORNING("早班", 4), AFTERNOON("午班", 4), DAY("白班", 8), NIGHT("夜班", 8);

	private final String label;

	private final int hours;

	Shift(String label, int hours) {
		this.label = label;
		this.hours = hours;
	}

	String label() {
		return label;
	}

	int hours() {
		return hours;
	}

}
