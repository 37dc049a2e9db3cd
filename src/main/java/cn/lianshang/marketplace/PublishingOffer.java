package cn.lianshang.marketplace;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.matching.Matching;
import cn.lianshang.matching.model.Scenario;
import cn.lianshang.matching.model.Taxonomy;
import cn.lianshang.marketplace.MarketplaceViews.OfferView;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * Posting an offer: checked as a whole, stored (and so indexed), audited and announced.
 */
@Service
class PublishingOffer {

	private final Offers offers;

	private final PostingRules rules;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	PublishingOffer(Offers offers, PostingRules rules, AuditLog audit, ApplicationEventPublisher events) {
		this.offers = offers;
		this.rules = rules;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	OfferView publish(OfferDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Owner> owner = rules.owner(draft.enterpriseUscc(), problems);
		OfferDraft d = check(draft, owner.orElse(null), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Offer offer = offers.save(new Offer(d, owner.orElseThrow(), OffsetDateTime.now()));
		OfferView view = OfferView.of(offer);
		audit.record("offer.publish", "offer", String.valueOf(offer.id()), null, view);
		events.publishEvent(new OfferPublished(offer.id(), offer.scenario(), offer.ownerUscc()));
		return view;
	}

	OfferDraft check(OfferDraft draft, Owner owner, List<FieldProblem> problems) {
		rules.scenario(draft.scenario(), problems);
		String title = rules.title(draft.title(), problems);
		String description = rules.description(draft.description(), problems);
		List<String> processes = rules.processes(draft.processes(), problems);
		List<String> materials = rules.materials(draft.materials(), problems);
		List<String> categories = rules.categories("categories", draft.categories(), problems);
		List<String> certifications = rules.certifications(draft.certifications(), problems);
		Taxonomy.Normalised text = rules.fromText(title, description);
		if (processes.isEmpty() && draft.processes().isEmpty()) {
			processes = List.copyOf(text.processes());
		}
		if (materials.isEmpty() && draft.materials().isEmpty()) {
			materials = List.copyOf(text.materials());
		}
		if (categories.isEmpty() && draft.categories().isEmpty() && draft.scenario() == Scenario.MATERIAL) {
			categories = List.copyOf(text.categories());
		}
		if (draft.scenario() == Scenario.MACHINING && processes.isEmpty() && draft.processes().isEmpty()) {
			problems.add(new FieldProblem("processes", "marketplace.process.required"));
		}
		if (draft.scenario() == Scenario.MATERIAL && materials.isEmpty() && categories.isEmpty()
				&& draft.materials().isEmpty() && draft.categories().isEmpty()) {
			problems.add(new FieldProblem("materials", "marketplace.material.required"));
		}
		rules.tolerance(draft.toleranceIt(), draft.toleranceUm(), problems);
		rules.dimensions("envelopeMm", draft.envelopeMm(), problems);
		rules.amount("batchMin", draft.batchMin(), true, problems);
		rules.amount("batchMax", draft.batchMax(), false, problems);
		if (draft.batchMin() != null && draft.batchMax() != null && draft.batchMin().compareTo(draft.batchMax()) > 0) {
			problems.add(new FieldProblem("batchMax", "marketplace.batch.order"));
		}
		rules.amount("monthlyCapacity", draft.monthlyCapacity(), true, problems);
		rules.amount("minOrder", draft.minOrder(), true, problems);
		rules.amount("unitPrice", draft.unitPrice(), true, problems);
		if (draft.leadTimeDays() != null
				&& (draft.leadTimeDays() < 0 || draft.leadTimeDays() > PostingRules.MAX_LEAD_DAYS)) {
			problems.add(new FieldProblem("leadTimeDays", "range", 0, PostingRules.MAX_LEAD_DAYS));
		}
		String unit = rules.unit(draft.unit(), draft.scenario(), problems);
		String area = rules.deliveryArea(draft.deliveryArea(), owner, problems);
		LeaseTerms lease = rules.lease(draft.scenario(), draft.lease(), true, Matching.today(), problems);
		return new OfferDraft(draft.scenario(), owner == null ? null : owner.uscc(), title, description, processes,
				materials, categories, draft.toleranceIt(), draft.toleranceUm(),
				draft.envelopeMm() == null || draft.envelopeMm().isEmpty() ? null : draft.envelopeMm(),
				draft.batchMin(), draft.batchMax(), draft.monthlyCapacity(), unit, draft.leadTimeDays(),
				draft.minOrder(), draft.unitPrice(), certifications, area, lease);
	}

}
