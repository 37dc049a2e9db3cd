package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.marketplace.DealAction.Side;
import cn.lianshang.marketplace.DealViews.DealView;
import cn.lianshang.marketplace.DealViews.RatingDraft;
import cn.lianshang.marketplace.DealViews.ResponseDraft;
import cn.lianshang.marketplace.MarketplaceViews.DemandView;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The deal pages: responding from a demand's page, the owner's shortlist / decline /
 * award buttons there, and "my deals" with delivery, confirmation and rating. Every
 * button is a POST form (CSRF token from the form) carrying the version it was drawn
 * with; a refused move or bad input comes back as a message on the page it came from
 * (after a redirect).
 */
@Controller
class DealPages {

	static final int PAGE_SIZE = 20;

	private final Dealing dealing;

	private final CurrentUser currentUser;

	private final Messages messages;

	DealPages(Dealing dealing, CurrentUser currentUser, Messages messages) {
		this.dealing = dealing;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	/** The response form as posted. */
	record ResponseForm(BigDecimal quoteYuan, Integer leadTimeDays, String message) {

	}

	/** The rating form as posted (the fields of the other side left empty). */
	record RatingForm(Integer onTime, Integer quality, Integer communication, Integer paymentOnTime, String comment) {

	}

	/**
	 * What the demand page shows about responses: all of them to the owner (with the
	 * moves still open), one's own to a supplier, and the response form to an enterprise
	 * that may still respond.
	 */
	static void responses(DemandView demand, Dealing dealing, CurrentUser currentUser, Model model) {
		String viewer = currentUser.get()
			.filter(u -> u.role() == Role.ENTERPRISE)
			.map(LianshangUser::uscc)
			.orElse(null);
		List<DealView> responses = dealing.responsesTo(demand.id());
		boolean owner = demand.enterpriseUscc().equals(viewer);
		model.addAttribute("responses", responses);
		model.addAttribute("owner", owner);
		model.addAttribute("canRespond", viewer != null && !owner && demand.status() == PostingStatus.OPEN
				&& responses.stream().noneMatch(r -> r.supplierUscc().equals(viewer)));
		model.addAttribute("viewer", viewer);
		if (!model.containsAttribute("responseForm")) {
			model.addAttribute("responseForm", new ResponseForm(null, null, null));
			model.addAttribute("responseErrors", Map.of());
		}
	}

	@PostMapping("/marketplace/demands/{id}/responses")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String respond(@PathVariable long id, @ModelAttribute("responseForm") ResponseForm form, BindingResult binding,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors()
			.forEach(e -> errors.merge(e.getField(), messages.get("marketplace.form.invalid"), (a, b) -> a));
		if (errors.isEmpty()) {
			try {
				dealing.respond(id, new ResponseDraft(null, form.quoteYuan(), form.leadTimeDays(), form.message()));
				redirect.addFlashAttribute("notice", messages.get("deal.notice.responded"));
				return "redirect:/marketplace/demands/" + id + "#responses";
			}
			catch (InvalidInputException e) {
				e.problems()
					.forEach(p -> errors.merge(p.field(), messages.get("error." + p.code(), p.args()),
							(a, b) -> a + " " + b));
			}
			catch (ConflictException e) {
				redirect.addFlashAttribute("problem", messages.get("error." + e.code(), e.args()));
				return "redirect:/marketplace/demands/" + id + "#responses";
			}
		}
		redirect.addFlashAttribute("responseForm", form);
		redirect.addFlashAttribute("responseErrors", errors);
		return "redirect:/marketplace/demands/" + id + "#respond";
	}

	@PostMapping("/marketplace/demands/{id}/responses/{responseId}/{action:shortlist|award|decline|withdraw}")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String moveResponse(@PathVariable long id, @PathVariable long responseId, @PathVariable String action,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		move(responseId, action, version, redirect);
		return "redirect:/marketplace/demands/" + id + "#responses";
	}

	@GetMapping("/marketplace/deals")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	String deals(@RequestParam(required = false) Side as, @RequestParam(defaultValue = "0") int page, Model model) {
		PageResponse<DealView> result = dealing.deals(as, null, null, Math.max(0, Math.min(page, 10_000)), PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("as", as);
		model.addAttribute("viewer",
				currentUser.get().filter(u -> u.role() == Role.ENTERPRISE).map(LianshangUser::uscc).orElse(null));
		return "marketplace/deals";
	}

	@PostMapping("/marketplace/deals/{id}/{action:deliver|confirm}")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String moveDeal(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		move(id, action, version, redirect);
		return "redirect:/marketplace/deals#deal-" + id;
	}

	@PostMapping("/marketplace/deals/{id}/ratings")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String rate(@PathVariable long id, @ModelAttribute RatingForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("problem", messages.get("marketplace.form.invalid"));
			return "redirect:/marketplace/deals#deal-" + id;
		}
		try {
			dealing.rate(id, new RatingDraft(form.onTime(), form.quality(), form.communication(), form.paymentOnTime(),
					form.comment()));
			redirect.addFlashAttribute("notice", messages.get("deal.notice.rated"));
		}
		catch (InvalidInputException e) {
			StringBuilder sb = new StringBuilder();
			e.problems()
				.forEach(p -> sb.append(messages.get("deal.field." + p.field()))
					.append(": ")
					.append(messages.get("error." + p.code(), p.args()))
					.append(' '));
			redirect.addFlashAttribute("problem", sb.toString().strip());
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("problem", messages.get("error." + e.code(), e.args()));
		}
		return "redirect:/marketplace/deals#deal-" + id;
	}

	private void move(long id, String action, Integer version, RedirectAttributes redirect) {
		try {
			dealing.move(id, DealAction.ofCode(action), version);
			redirect.addFlashAttribute("notice", messages.get("deal.notice." + action));
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("problem", messages.get("error." + e.code(), e.args()));
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", messages.get("marketplace.form.invalid"));
		}
		catch (org.springframework.dao.OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("problem", messages.get("error.marketplace.deal.stale", id));
		}
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
