package cn.lianshang.marketplace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.matching.Matching;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;

/**
 * Leasing by time slot: the calendar of a PLANT or EQUIPMENT offer (free units per day
 * inside its availability window) and booking a range of days. A booking first picks
 * units free on every day of the range ({@link #plan}), then claims one
 * {@code lease_booked_day} row per unit and day ({@link #claim}); the primary key of that
 * table lets only one of two concurrent bookings of the same unit and day commit, the
 * other gets 409.
 */
@Service
class Leasing {

	static final int MAX_BOOKING_DAYS = 366;

	static final int MAX_CALENDAR_DAYS = 92;

	private final Offers offers;

	private final LeaseBookings bookings;

	private final JdbcTemplate jdbc;

	private final EnterpriseRegistry registry;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	Leasing(Offers offers, LeaseBookings bookings, JdbcTemplate jdbc, EnterpriseRegistry registry,
			CurrentUser currentUser, AuditLog audit) {
		this.offers = offers;
		this.bookings = bookings;
		this.jdbc = jdbc;
		this.registry = registry;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/** The body of a booking. {@code units} defaults to 1. */
	record BookingDraft(String enterpriseUscc, LocalDate from, LocalDate to, Integer units) {

	}

	record BookingView(long id, long offerId, String lesseeUscc, String lesseeName, LocalDate from, LocalDate to,
			int units, OffsetDateTime createdAt) {

		static BookingView of(LeaseBooking b) {
			return new BookingView(b.id(), b.offerId(), b.lesseeUscc(), b.lesseeName(), b.startDate(), b.endDate(),
					b.units(), b.createdAt());
		}

	}

	record Day(LocalDate date, int bookedUnits, int freeUnits) {

	}

	/** An offer's days: its unit count, availability window, and the days asked for. */
	record Calendar(long offerId, int units, LocalDate availableFrom, LocalDate availableTo, List<Day> days) {

	}

	/** A checked booking, not yet stored: the units it will hold. */
	record Plan(long offerId, String lesseeUscc, String lesseeName, LocalDate from, LocalDate to, List<Integer> units) {

	}

	@Transactional
	BookingView book(long offerId, BookingDraft draft) {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (user.role() != Role.ENTERPRISE || user.uscc() == null) {
			throw new AccessDeniedException("only enterprise accounts book");
		}
		if (draft.enterpriseUscc() != null && !draft.enterpriseUscc().isBlank()
				&& !draft.enterpriseUscc().trim().equals(user.uscc())) {
			throw new AccessDeniedException("an enterprise books for itself only");
		}
		return claim(plan(offerId, draft, user.uscc()));
	}

	/**
	 * Checks a booking by {@code lessee} and picks the units free on every day of it: 400
	 * for bad input, 403 for one's own offer, 409 when not enough units are free.
	 */
	@Transactional(readOnly = true)
	Plan plan(long offerId, BookingDraft draft, String lessee) {
		Offer offer = offers.findById(offerId)
			.orElseThrow(() -> new NotFoundException("offer", String.valueOf(offerId)));
		if (!offer.scenario().leasing() || offer.lease() == null) {
			throw new ConflictException("marketplace.booking.not-leasing", offerId);
		}
		if (offer.ownerUscc().equals(lessee)) {
			throw new AccessDeniedException("an enterprise does not book its own offer");
		}
		LeaseTerms lease = offer.lease();
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = Matching.today();
		if (draft.from() == null) {
			problems.add(new FieldProblem("from", "required"));
		}
		if (draft.to() == null) {
			problems.add(new FieldProblem("to", "required"));
		}
		int units = draft.units() == null ? 1 : draft.units();
		if (units < 1 || units > lease.unitCount()) {
			problems.add(new FieldProblem("units", "range", 1, lease.unitCount()));
		}
		if (draft.from() != null && draft.to() != null) {
			if (draft.to().isBefore(draft.from())) {
				problems.add(new FieldProblem("to", "marketplace.lease.order"));
			}
			else if (ChronoUnit.DAYS.between(draft.from(), draft.to()) + 1 > MAX_BOOKING_DAYS) {
				problems.add(new FieldProblem("to", "marketplace.booking.too-long", MAX_BOOKING_DAYS));
			}
			if (draft.from().isBefore(today)) {
				problems.add(new FieldProblem("from", "marketplace.due-date.past", draft.from().toString()));
			}
			if (draft.from().isBefore(lease.from()) || draft.to().isAfter(lease.to())) {
				problems.add(new FieldProblem("from", "marketplace.booking.outside", lease.from().toString(),
						lease.to().toString()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (offer.status() != PostingStatus.OPEN) {
			throw new ConflictException("marketplace.booking.closed", offerId);
		}
		List<Integer> busy = jdbc.queryForList(
				"select distinct unit_no from lease_booked_day where offer_id = ? and booked_on between ? and ?",
				Integer.class, offerId, draft.from(), draft.to());
		List<Integer> free = new ArrayList<>();
		for (int u = 1; u <= lease.unitCount() && free.size() < units; u++) {
			if (!busy.contains(u)) {
				free.add(u);
			}
		}
		if (free.size() < units) {
			throw new ConflictException("marketplace.booking.taken", offerId, draft.from(), draft.to());
		}
		EnterpriseView e = registry.findOptional(lessee)
			.orElseThrow(() -> new AccessDeniedException("the account's enterprise is not registered"));
		return new Plan(offerId, e.uscc(), e.name(), draft.from(), draft.to(), List.copyOf(free));
	}

	/**
	 * Stores the booking and claims its days. A unit and day claimed meanwhile by another
	 * transaction fails the insert: 409, nothing stored.
	 */
	@Transactional
	BookingView claim(Plan plan) {
		LeaseBooking booking = bookings.saveAndFlush(new LeaseBooking(plan.offerId(), plan.lesseeUscc(),
				plan.lesseeName(), plan.from(), plan.to(), plan.units().size(), OffsetDateTime.now()));
		List<Object[]> rows = new ArrayList<>();
		for (int unit : plan.units()) {
			for (LocalDate d = plan.from(); !d.isAfter(plan.to()); d = d.plusDays(1)) {
				rows.add(new Object[] { plan.offerId(), unit, d, booking.id() });
			}
		}
		try {
			jdbc.batchUpdate(
					"insert into lease_booked_day (offer_id, unit_no, booked_on, booking_id) values (?, ?, ?, ?)",
					rows);
		}
		catch (DataIntegrityViolationException e) {
			throw new ConflictException("marketplace.booking.taken", plan.offerId(), plan.from(), plan.to());
		}
		BookingView view = BookingView.of(booking);
		audit.record("lease.book", "offer", String.valueOf(plan.offerId()), null, view);
		return view;
	}

	/** Free and booked units per day, inside the offer's availability window. */
	@Transactional(readOnly = true)
	Calendar calendar(long offerId, LocalDate from, LocalDate to) {
		Offer offer = offers.findById(offerId)
			.orElseThrow(() -> new NotFoundException("offer", String.valueOf(offerId)));
		LeaseTerms lease = offer.lease();
		if (!offer.scenario().leasing() || lease == null) {
			throw new ConflictException("marketplace.booking.not-leasing", offerId);
		}
		LocalDate start = from != null ? from
				: Matching.today().isAfter(lease.from()) ? Matching.today() : lease.from();
		LocalDate end = to != null ? to : start.plusDays(29);
		if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) + 1 > MAX_CALENDAR_DAYS) {
			throw InvalidInputException.of("to", "marketplace.calendar.range", MAX_CALENDAR_DAYS);
		}
		Map<LocalDate, Integer> booked = new HashMap<>();
		jdbc.query("select booked_on, count(*) from lease_booked_day where offer_id = ? and booked_on between ? and ?"
				+ " group by booked_on", rs -> {
					booked.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
				}, offerId, start, end);
		List<Day> days = new ArrayList<>();
		for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
			boolean open = !d.isBefore(lease.from()) && !d.isAfter(lease.to());
			int b = booked.getOrDefault(d, 0);
			days.add(new Day(d, b, open ? lease.unitCount() - b : 0));
		}
		return new Calendar(offerId, lease.unitCount(), lease.from(), lease.to(), days);
	}

	/**
	 * An offer's bookings, earliest first: all for its owner and administrators, one's
	 * own for a lessee.
	 */
	@Transactional(readOnly = true)
	PageResponse<BookingView> bookings(long offerId, int page, int size) {
		Offer offer = offers.findById(offerId)
			.orElseThrow(() -> new NotFoundException("offer", String.valueOf(offerId)));
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		PageRequest request = PageRequest.of(page, size, Sort.by("startDate", "id"));
		if (user.role() == Role.ADMIN || offer.ownerUscc().equals(user.uscc())) {
			return PageResponse.of(bookings.findByOfferId(offerId, request), BookingView::of);
		}
		if (user.role() != Role.ENTERPRISE) {
			throw new AccessDeniedException("bookings are seen by the owner and the lessees");
		}
		return PageResponse.of(bookings.findByOfferIdAndLesseeUscc(offerId, user.uscc(), request), BookingView::of);
	}

}
