package cn.lianshang.marketplace;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.marketplace.DealAction.Side;
import cn.lianshang.marketplace.DealViews.DealView;
import cn.lianshang.marketplace.DealViews.RatingDraft;
import cn.lianshang.marketplace.DealViews.ResponseDraft;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;

/**
 * Responses, deals and ratings: a supplier answers an open demand; the demand's owner
 * shortlists, declines or awards (awarding one declines the others and closes the
 * demand); the supplier may report delivery; the buyer's confirmation of receipt
 * completes the deal and announces {@link DealCompleted}; then each side rates the other
 * once.
 * <p>
 * Only enterprise accounts act, each for its own enterprise and only on its own side of a
 * deal (anything else is 403); administrators read everything. Every move names the
 * version it read (stale: 409), is checked by the state machine (illegal: 409) and is
 * audited.
 */
@Service
class Dealing {

	static final int MAX_MESSAGE = 1000;

	static final int MAX_COMMENT = 500;

	static final int MAX_LEAD_DAYS = PostingRules.MAX_LEAD_DAYS;

	private final Demands demands;

	private final DemandResponses responses;

	private final DealRatings ratings;

	private final EnterpriseRegistry registry;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	Dealing(Demands demands, DemandResponses responses, DealRatings ratings, EnterpriseRegistry registry,
			CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events) {
		this.demands = demands;
		this.responses = responses;
		this.ratings = ratings;
		this.registry = registry;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * The enterprise the caller acts for: its own, and only for an enterprise account.
	 */
	String actingEnterprise() {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (user.role() != Role.ENTERPRISE || user.uscc() == null) {
			throw new AccessDeniedException("only enterprise accounts take part in deals");
		}
		return user.uscc();
	}

	private boolean admin() {
		return currentUser.hasRole(Role.ADMIN);
	}

	private String viewer() {
		return currentUser.get().filter(u -> u.role() == Role.ENTERPRISE).map(LianshangUser::uscc).orElse(null);
	}

	// ---------------------------------------------------------------- respond

	@Transactional
	DealView respond(long demandId, ResponseDraft draft) {
		return respond(demandId, draft, actingEnterprise());
	}

	/**
	 * Responding as {@code supplier} (the caller has been checked, or it is the demo).
	 */
	@Transactional
	DealView respond(long demandId, ResponseDraft draft, String supplier) {
		Demand demand = demands.findById(demandId)
			.orElseThrow(() -> new NotFoundException("demand", String.valueOf(demandId)));
		if (draft.enterpriseUscc() != null && !draft.enterpriseUscc().isBlank()
				&& !draft.enterpriseUscc().trim().equals(supplier)) {
			throw new AccessDeniedException("an enterprise responds for itself only");
		}
		if (demand.ownerUscc().equals(supplier)) {
			throw new AccessDeniedException("an enterprise does not respond to its own demand");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.quoteYuan() == null) {
			problems.add(new FieldProblem("quoteYuan", "required"));
		}
		else if (draft.quoteYuan().signum() <= 0 || draft.quoteYuan().compareTo(PostingRules.MAX_AMOUNT) > 0
				|| draft.quoteYuan().scale() > 2) {
			problems.add(new FieldProblem("quoteYuan", "marketplace.response.quote",
					PostingRules.MAX_AMOUNT.toPlainString()));
		}
		if (draft.leadTimeDays() == null) {
			problems.add(new FieldProblem("leadTimeDays", "required"));
		}
		else if (draft.leadTimeDays() < 1 || draft.leadTimeDays() > MAX_LEAD_DAYS) {
			problems.add(new FieldProblem("leadTimeDays", "marketplace.response.lead-time", MAX_LEAD_DAYS));
		}
		String message = draft.message() == null || draft.message().isBlank() ? null : draft.message().strip();
		if (message != null && message.length() > MAX_MESSAGE) {
			problems.add(new FieldProblem("message", "too-long", MAX_MESSAGE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (demand.status() != PostingStatus.OPEN) {
			throw new ConflictException("marketplace.response.closed", demandId);
		}
		if (responses.findByDemandIdAndSupplierUscc(demandId, supplier).isPresent()) {
			throw new ConflictException("marketplace.response.duplicate", demandId);
		}
		EnterpriseView s = registry.findOptional(supplier)
			.orElseThrow(() -> new AccessDeniedException("the account's enterprise is not registered"));
		OffsetDateTime now = OffsetDateTime.now();
		DemandResponse r = responses
			.saveAndFlush(new DemandResponse(demandId, demand.scenario(), demand.title(), demand.ownerUscc(),
					demand.ownerName(), s.uscc(), s.name(), draft.quoteYuan(), draft.leadTimeDays(), message, now));
		DealView view = DealView.of(r, List.of());
		audit.record("deal.respond", "deal", String.valueOf(r.id()), null, view);
		return view;
	}

	// ---------------------------------------------------------------- moves

	@Transactional
	DealView move(long responseId, DealAction action, Integer version) {
		return move(responseId, action, version, actingEnterprise());
	}

	/**
	 * One move by {@code actor}: 403 unless the actor plays the move's side, 400 without
	 * a version, 409 when the version is stale or the state does not allow the move.
	 */
	@Transactional
	DealView move(long responseId, DealAction action, Integer version, String actor) {
		DemandResponse r = responses.findById(responseId)
			.orElseThrow(() -> new NotFoundException("deal", String.valueOf(responseId)));
		if (!actor.equals(r.party(action.side()))) {
			throw new AccessDeniedException("only the " + action.side().name().toLowerCase() + " may " + action.code());
		}
		if (version == null) {
			throw InvalidInputException.of("version", "required");
		}
		if (version != r.version()) {
			throw new ConflictException("marketplace.deal.stale", responseId);
		}
		OffsetDateTime now = OffsetDateTime.now();
		DealView before = view(r);
		r.apply(action, now);
		if (action == DealAction.AWARD) {
			Demand demand = demands.findById(r.demandId()).orElseThrow();
			demand.close(now);
			for (DemandResponse other : responses.findByDemandIdOrderByCreatedAtAscIdAsc(r.demandId())) {
				if (!other.id().equals(r.id()) && DealAction.DECLINE.allowedFrom(other.status())) {
					DealView b = view(other);
					other.apply(DealAction.DECLINE, now);
					audit.record("deal.decline", "deal", String.valueOf(other.id()), b, view(other));
				}
			}
			demands.flush();
		}
		responses.flush();
		DealView after = view(r);
		audit.record("deal." + action.code(), "deal", String.valueOf(r.id()), before, after);
		if (action == DealAction.CONFIRM) {
			events.publishEvent(new DealCompleted(r.id(), r.supplierUscc(), r.buyerUscc(), r.scenario(),
					ValueBand.of(r.quoteYuan()), r.completedAt()));
		}
		return after;
	}

	// ---------------------------------------------------------------- ratings

	@Transactional
	DealView rate(long dealId, RatingDraft draft) {
		return rate(dealId, draft, actingEnterprise());
	}

	/**
	 * The buyer rates the supplier, the supplier rates the buyer; once each, on a
	 * completed deal.
	 */
	@Transactional
	DealView rate(long dealId, RatingDraft draft, String actor) {
		DemandResponse r = responses.findById(dealId)
			.orElseThrow(() -> new NotFoundException("deal", String.valueOf(dealId)));
		Side rated;
		if (actor.equals(r.buyerUscc())) {
			rated = Side.SUPPLIER;
		}
		else if (actor.equals(r.supplierUscc())) {
			rated = Side.BUYER;
		}
		else {
			throw new AccessDeniedException("only the parties rate a deal");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (rated == Side.SUPPLIER) {
			score("onTime", draft.onTime(), true, problems);
			score("quality", draft.quality(), true, problems);
			score("communication", draft.communication(), true, problems);
			score("paymentOnTime", draft.paymentOnTime(), false, problems);
		}
		else {
			score("paymentOnTime", draft.paymentOnTime(), true, problems);
			score("onTime", draft.onTime(), false, problems);
			score("quality", draft.quality(), false, problems);
			score("communication", draft.communication(), false, problems);
		}
		String comment = draft.comment() == null || draft.comment().isBlank() ? null : draft.comment().strip();
		if (comment != null && comment.length() > MAX_COMMENT) {
			problems.add(new FieldProblem("comment", "too-long", MAX_COMMENT));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (r.status() != ResponseStatus.COMPLETED) {
			throw new ConflictException("marketplace.rating.not-completed", dealId);
		}
		if (ratings.existsByDealIdAndSide(dealId, rated)) {
			throw new ConflictException("marketplace.rating.duplicate", dealId);
		}
		DealRating rating = ratings.saveAndFlush(new DealRating(dealId, rated, actor, r.party(rated), draft.onTime(),
				draft.quality(), draft.communication(), draft.paymentOnTime(), comment, OffsetDateTime.now()));
		audit.record("deal.rate", "deal", String.valueOf(dealId), null, DealViews.RatingView.of(rating));
		return view(r);
	}

	/**
	 * A score of 1–5 that is required for this side, or must be left out (it rates the
	 * other side).
	 */
	private static void score(String field, Integer value, boolean wanted, List<FieldProblem> problems) {
		if (!wanted) {
			if (value != null) {
				problems.add(new FieldProblem(field, "marketplace.rating.other-side"));
			}
			return;
		}
		if (value == null) {
			problems.add(new FieldProblem(field, "required"));
		}
		else if (value < 1 || value > 5) {
			problems.add(new FieldProblem(field, "marketplace.rating.range", value));
		}
	}

	// ---------------------------------------------------------------- reads

	/**
	 * The responses to a demand: all of them for its owner and administrators, only its
	 * own for a responding supplier, none for anyone else.
	 */
	@Transactional(readOnly = true)
	List<DealView> responsesTo(long demandId) {
		Demand demand = demands.findById(demandId)
			.orElseThrow(() -> new NotFoundException("demand", String.valueOf(demandId)));
		String viewer = viewer();
		boolean all = admin() || demand.ownerUscc().equals(viewer);
		if (!all && viewer == null) {
			return List.of();
		}
		return responses.findByDemandIdOrderByCreatedAtAscIdAsc(demandId)
			.stream()
			.filter(r -> all || r.supplierUscc().equals(viewer))
			.map(this::view)
			.toList();
	}

	/** One response or deal, for its two parties and administrators (others: 403). */
	@Transactional(readOnly = true)
	DealView deal(long id) {
		DemandResponse r = responses.findById(id).orElseThrow(() -> new NotFoundException("deal", String.valueOf(id)));
		String viewer = viewer();
		if (!admin() && !r.buyerUscc().equals(viewer) && !r.supplierUscc().equals(viewer)) {
			throw new AccessDeniedException("only the parties see a deal");
		}
		return view(r);
	}

	/**
	 * Deals (awarded, delivered, completed), newest award first: an enterprise sees its
	 * own, as buyer or supplier or both; an administrator all, or one enterprise's.
	 */
	@Transactional(readOnly = true)
	PageResponse<DealView> deals(Side as, String enterprise, ResponseStatus status, int page, int size) {
		String uscc;
		if (admin()) {
			uscc = enterprise == null || enterprise.isBlank() ? null : enterprise.trim();
		}
		else {
			uscc = viewer();
			if (uscc == null) {
				throw new AccessDeniedException("deals are seen by their parties");
			}
			if (enterprise != null && !enterprise.isBlank() && !enterprise.trim().equals(uscc)) {
				throw new AccessDeniedException("an enterprise sees its own deals only");
			}
		}
		if (status != null && !status.isDeal()) {
			throw InvalidInputException.of("status", "marketplace.deal.status", status.name());
		}
		var statuses = status == null ? Reputations.DEALS : java.util.EnumSet.of(status);
		PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("awardedAt"), Sort.Order.desc("id")));
		Page<DemandResponse> result;
		if (uscc == null) {
			result = responses.findDeals(statuses, request);
		}
		else if (as == Side.BUYER) {
			result = responses.findDealsAsBuyer(uscc, statuses, request);
		}
		else if (as == Side.SUPPLIER) {
			result = responses.findDealsAsSupplier(uscc, statuses, request);
		}
		else {
			result = responses.findDealsOf(uscc, statuses, request);
		}
		Map<Long, List<DealRating>> byDeal = ratingsOf(result.getContent());
		return PageResponse.of(result, r -> DealView.of(r, byDeal.getOrDefault(r.id(), List.of())));
	}

	private Map<Long, List<DealRating>> ratingsOf(List<DemandResponse> deals) {
		List<Long> completed = deals.stream()
			.filter(r -> r.status() == ResponseStatus.COMPLETED)
			.map(DemandResponse::id)
			.toList();
		if (completed.isEmpty()) {
			return Map.of();
		}
		return ratings.findByDealIdIn(completed).stream().collect(Collectors.groupingBy(DealRating::dealId));
	}

	private DealView view(DemandResponse r) {
		return DealView.of(r, r.status() == ResponseStatus.COMPLETED ? ratings.findByDealId(r.id()) : List.of());
	}

}
