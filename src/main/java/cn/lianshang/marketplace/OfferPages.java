package cn.lianshang.marketplace;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.marketplace.MarketplaceViews.OfferView;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One offer: its terms, and for plant and equipment the leasing calendar (free units per
 * day, 30 days from {@code from}) with a booking form (a POST form with the CSRF token).
 */
@Controller
class OfferPages {

	static final int CALENDAR_DAYS = 30;

	private final BrowsingMarketplace browsing;

	private final Leasing leasing;

	private final CurrentUser currentUser;

	private final Messages messages;

	/** Near misses shown to the offer's owner. */
	static final int NEAR_MISSES = 5;

	private final FindingMatches matches;

	OfferPages(BrowsingMarketplace browsing, Leasing leasing, CurrentUser currentUser, Messages messages,
			FindingMatches matches) {
		this.matches = matches;
		this.browsing = browsing;
		this.leasing = leasing;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@GetMapping("/marketplace/offers/{id}")
	String offer(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			Model model) {
		OfferView offer = browsing.offer(id);
		model.addAttribute("offer", offer);
		String viewer = currentUser.get()
			.filter(u -> u.role() == Role.ENTERPRISE)
			.map(LianshangUser::uscc)
			.orElse(null);
		boolean owner = viewer != null && viewer.equals(offer.enterpriseUscc());
		model.addAttribute("nearMisses", owner && !offer.scenario().leasing() && offer.status() == PostingStatus.OPEN
				? matches.nearMissesFor(id, NEAR_MISSES) : List.of());
		boolean leasable = offer.scenario().leasing() && offer.lease() != null;
		model.addAttribute("leasable", leasable);
		if (leasable) {
			LocalDate start = from != null ? from : null;
			Leasing.Calendar calendar = leasing.calendar(id, start,
					start == null ? null : start.plusDays(CALENDAR_DAYS - 1));
			model.addAttribute("calendar", calendar);
			LocalDate first = calendar.days().get(0).date();
			model.addAttribute("prev", first.minusDays(CALENDAR_DAYS));
			model.addAttribute("next", first.plusDays(CALENDAR_DAYS));
			model.addAttribute("canBook",
					viewer != null && !viewer.equals(offer.enterpriseUscc()) && offer.status() == PostingStatus.OPEN);
		}
		return "marketplace/offer";
	}

	@PostMapping("/marketplace/offers/{id}/bookings")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String book(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer units, RedirectAttributes redirect) {
		try {
			Leasing.BookingView b = leasing.book(id, new Leasing.BookingDraft(null, from, to, units));
			redirect.addFlashAttribute("notice", messages.get("lease.notice.booked", b.from(), b.to(), b.units()));
			return "redirect:/marketplace/offers/" + id + "?from=" + b.from() + "#calendar";
		}
		catch (InvalidInputException e) {
			StringBuilder sb = new StringBuilder();
			e.problems()
				.forEach(p -> sb.append(messages.get("lease.field." + p.field()))
					.append(": ")
					.append(messages.get("error." + p.code(), p.args()))
					.append(' '));
			redirect.addFlashAttribute("problem", sb.toString().strip());
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("problem", messages.get("error." + e.code(), e.args()));
		}
		return "redirect:/marketplace/offers/" + id + "#book";
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException e, HttpServletResponse response, Model model) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("title", messages.get("problem.title.404"));
		model.addAttribute("detail",
				messages.get("problem.not-found.detail", messages.get("entity." + e.what()), e.key()));
		return "error";
	}

}
