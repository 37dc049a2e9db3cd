package cn.lianshang.appeals.model;

/** What an official arrangement says about a date. */
public enum DayKind {

	/** A day off of a public holiday period (放假), even if it is a weekday. */
	HOLIDAY,

	/** A weekend day declared a working day (调休上班). */
	MAKEUP_WORKDAY

}
