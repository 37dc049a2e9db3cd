package cn.lianshang.marketplace;

import java.net.URI;
import java.util.List;

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

import cn.lianshang.marketplace.DealAction.Side;
import cn.lianshang.marketplace.DealViews.DealView;
import cn.lianshang.marketplace.DealViews.Move;
import cn.lianshang.marketplace.DealViews.RatingDraft;
import cn.lianshang.marketplace.DealViews.ResponseDraft;
import cn.lianshang.marketplace.Reputations.ReputationView;
import cn.lianshang.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * Responses to demands, the deals they become, ratings and reputation. A deal's id is the
 * id of the awarded response. Moves carry {@code {"version": n}} as read; an illegal move
 * or a stale version gives 409, acting for another enterprise or on the other side of a
 * deal 403.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "deals", description = "报价响应、成交与评价 / responses, deals, two-sided ratings")
class DealsApi {

	private final Dealing dealing;

	private final Reputations reputations;

	DealsApi(Dealing dealing, Reputations reputations) {
		this.dealing = dealing;
		this.reputations = reputations;
	}

	@PostMapping("/demands/{id}/responses")
	@PreAuthorize("hasRole('ENTERPRISE')")
	@Operation(summary = "A supplier answers an open demand with a quote (yuan, for the whole demand), lead time (days)"
			+ " and a message; one response per supplier and demand (409 for a second)")
	ResponseEntity<DealView> respond(@PathVariable long id, @RequestBody ResponseDraft body) {
		DealView created = dealing.respond(id, body);
		return ResponseEntity.created(URI.create("/api/v1/deals/" + created.id())).body(created);
	}

	@GetMapping("/demands/{id}/responses")
	@PreAuthorize("isAuthenticated()")
	@Operation(
			summary = "The responses to a demand: all for its owner (and administrators), only its own for a supplier")
	List<DealView> responses(@PathVariable long id) {
		return dealing.responsesTo(id);
	}

	@PostMapping("/demands/{id}/responses/{responseId}/{action}")
	@PreAuthorize("hasRole('ENTERPRISE')")
	@Operation(summary = "The demand owner shortlists, declines or awards a response (awarding declines the others"
			+ " and closes the demand); the supplier withdraws its own before the award")
	DealView moveResponse(@PathVariable long id, @PathVariable long responseId,
			@PathVariable @Pattern(regexp = "shortlist|award|decline|withdraw") String action,
			@RequestBody(required = false) Move body) {
		DealView current = dealing.deal(responseId);
		if (current.demandId() != id) {
			throw new cn.lianshang.shared.web.NotFoundException("deal", String.valueOf(responseId));
		}
		return dealing.move(responseId, DealAction.ofCode(action), body == null ? null : body.version());
	}

	@PostMapping("/deals/{id}/{action}")
	@PreAuthorize("hasRole('ENTERPRISE')")
	@Operation(summary = "The supplier reports delivery (deliver); the buyer confirms receipt (confirm), which"
			+ " completes the deal and records a supply edge (DealCompleted)")
	DealView moveDeal(@PathVariable long id, @PathVariable @Pattern(regexp = "deliver|confirm") String action,
			@RequestBody(required = false) Move body) {
		return dealing.move(id, DealAction.ofCode(action), body == null ? null : body.version());
	}

	@PostMapping("/deals/{id}/ratings")
	@PreAuthorize("hasRole('ENTERPRISE')")
	@Operation(summary = "Rate the other side of a completed deal, once: the buyer rates the supplier (onTime,"
			+ " quality, communication), the supplier rates the buyer (paymentOnTime); each 1-5")
	ResponseEntity<DealView> rate(@PathVariable long id, @RequestBody RatingDraft body) {
		return ResponseEntity.status(201).body(dealing.rate(id, body));
	}

	@GetMapping("/deals")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	@Operation(summary = "Deals (awarded, delivered, completed), newest award first: an enterprise its own"
			+ " (as=BUYER or SUPPLIER to narrow), an administrator all or one enterprise's")
	PageResponse<DealView> deals(@RequestParam(required = false) Side as,
			@RequestParam(required = false) @Pattern(regexp = "[0-9A-Z]{18}") String enterprise,
			@RequestParam(required = false) ResponseStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MarketplaceApi.MAX_PAGE_SIZE) int size) {
		return dealing.deals(as, enterprise, status, page, size);
	}

	@GetMapping("/deals/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One response or deal, for its two parties and administrators")
	DealView deal(@PathVariable long id) {
		return dealing.deal(id);
	}

	@GetMapping("/marketplace/reputation/{uscc}")
	@PreAuthorize("isAuthenticated()")
	@Operation(
			summary = "An enterprise's two-sided reputation (for signed-in users): as supplier (ratings, means, 0-1 score once it has"
					+ " enough ratings) and as buyer (payment on time, award rate)")
	ReputationView reputation(@PathVariable @Pattern(regexp = "[0-9A-Z]{18}") String uscc) {
		return reputations.of(uscc);
	}

}
