package cn.lianshang.appeals;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.access.AuditLog;
import cn.lianshang.appeals.model.DayKind;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;

/**
 * The working-day calendar. {@code add-working-days} is public (a fact about the
 * calendar, no data of anyone); the list of arrangements is for signed-in users; changes
 * are for administrators and audited.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

	private final WorkingDays workingDays;

	private final Holidays holidays;

	private final AuditLog audit;

	CalendarApi(WorkingDays workingDays, Holidays holidays, AuditLog audit) {
		this.workingDays = workingDays;
		this.holidays = holidays;
		this.audit = audit;
	}

	record DateAnswer(LocalDate date) {
	}

	@GetMapping("/add-working-days")
	@Operation(summary = "The date N working days after `from`", description = "Each step moves to the next working "
			+ "day (public holidays off, make-up working days on, other weekends off); `from` itself is not counted, "
			+ "and days=0 answers `from`.")
	DateAnswer addWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam int days) {
		if (days < 0 || days > 3660) {
			throw InvalidInputException.of("days", "appeals.calendar.days", 0, 3660);
		}
		return new DateAnswer(workingDays.add(from, days));
	}

	@GetMapping("/holidays")
	List<Holiday.HolidayView> list(@RequestParam(required = false) Integer year) {
		List<Holiday> rows = year == null ? holidays.findAllByOrderByDay()
				: holidays.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		return rows.stream().map(Holiday::view).toList();
	}

	/** Adds or replaces the arrangement of one date. */
	@PostMapping("/holidays")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	Holiday.HolidayView put(@RequestBody Holiday.HolidayView body) {
		if (body.date() == null) {
			throw InvalidInputException.of("date", "appeals.required");
		}
		if (body.kind() == null) {
			throw InvalidInputException.of("kind", "appeals.required");
		}
		if (body.name() == null || body.name().isBlank() || body.name().length() > 40) {
			throw InvalidInputException.of("name", "appeals.holiday.name");
		}
		if (body.kind() == DayKind.MAKEUP_WORKDAY && body.date().getDayOfWeek().getValue() < 6) {
			throw InvalidInputException.of("kind", "appeals.holiday.makeup-weekday", body.date());
		}
		Holiday.HolidayView before = holidays.findById(body.date()).map(Holiday::view).orElse(null);
		Holiday saved = holidays.save(new Holiday(body.date(), body.kind(), body.name().trim()));
		audit.record("calendar.holiday.put", "holiday", body.date().toString(), before, saved.view());
		return saved.view();
	}

	@DeleteMapping("/holidays/{date}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Transactional
	void delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		Holiday h = holidays.findById(date).orElseThrow(() -> new NotFoundException("holiday", date.toString()));
		holidays.delete(h);
		audit.record("calendar.holiday.delete", "holiday", date.toString(), h.view(), null);
	}

}
