package cn.lianshang.marketplace;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.marketplace.Leasing.BookingDraft;
import cn.lianshang.marketplace.Leasing.BookingView;
import cn.lianshang.marketplace.Leasing.Calendar;
import cn.lianshang.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The leasing calendar of PLANT and EQUIPMENT offers, and booking a range of days.
 */
@RestController
@RequestMapping("/api/v1/offers/{id}")
@Validated
@Tag(name = "leasing", description = "厂房、设备租借的档期与预订 / leasing calendar and bookings")
class LeasingApi {

	private final Leasing leasing;

	LeasingApi(Leasing leasing) {
		this.leasing = leasing;
	}

	@GetMapping("/calendar")
	@Operation(summary = "Free and booked units per day (at most 92 days; default: 30 days from today or the start"
			+ " of availability)")
	Calendar calendar(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return leasing.calendar(id, from, to);
	}

	@PostMapping("/bookings")
	@PreAuthorize("hasRole('ENTERPRISE')")
	@Operation(summary = "Book units of a plant or equipment offer from one day to another (inclusive), for one's own"
			+ " enterprise; a unit and day already booked gives 409, also under concurrency (a database key)")
	ResponseEntity<BookingView> book(@PathVariable long id, @RequestBody BookingDraft body) {
		BookingView created = leasing.book(id, body);
		return ResponseEntity.created(URI.create("/api/v1/offers/" + id + "/bookings/" + created.id())).body(created);
	}

	@GetMapping("/bookings")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "An offer's bookings: all for its owner and administrators, one's own for a lessee")
	PageResponse<BookingView> bookings(@PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MarketplaceApi.MAX_PAGE_SIZE) int size) {
		return leasing.bookings(id, page, size);
	}

}
