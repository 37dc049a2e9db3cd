package cn.lianshang.appeals;

import java.time.LocalDate;

import cn.lianshang.appeals.model.DayKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One date of an official arrangement: a day off or a make-up working day. */
@Entity
@Table(name = "holiday")
class Holiday {

	@Id
	@Column(name = "holiday_date")
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	private DayKind kind;

	private String name;

	protected Holiday() {
	}

	Holiday(LocalDate day, DayKind kind, String name) {
		this.day = day;
		this.kind = kind;
		this.name = name;
	}

	LocalDate day() {
		return day;
	}

	DayKind kind() {
		return kind;
	}

	String name() {
		return name;
	}

	HolidayView view() {
		return new HolidayView(day, kind, name);
	}

	record HolidayView(LocalDate date, DayKind kind, String name) {
	}

}
