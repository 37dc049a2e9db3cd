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
import cn.lianshang.marketplace.MarketplaceViews.DemandView;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * Posting a demand: checked as a whole, stored, audited and announced — or refused with
 * every broken rule.
 */
@Service
class PublishingDemand {

	private final Demands demands;

	private final PostingRules rules;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	PublishingDemand(Demands demands, PostingRules rules, AuditLog audit, ApplicationEventPublisher events) {
		this.demands = demands;
		this.rules = rules;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	DemandView publish(DemandDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Owner> owner = rules.owner(draft.enterpriseUscc(), problems);
		DemandDraft d = check(draft, owner.orElse(null), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Demand demand = demands.save(new Demand(d, owner.orElseThrow(), OffsetDateTime.now()));
		DemandView view = DemandView.of(demand);
		audit.record("demand.publish", "demand", String.valueOf(demand.id()), null, view);
		events.publishEvent(new DemandPublished(demand.id(), demand.scenario(), demand.ownerUscc()));
		return view;
	}

	/**
	 * The draft with codes resolved, text trimmed and defaults filled; problems added for
	 * every broken rule.
	 */
	DemandDraft check(DemandDraft draft, Owner owner, List<FieldProblem> problems) {
		rules.scenario(draft.scenario(), problems);
		String title = rules.title(draft.title(), problems);
		String description = rules.description(draft.description(), problems);
		List<String> processes = rules.processes(draft.processes(), problems);
		List<String> materials = rules.materials(draft.materials(), problems);
		String category = draft.materialCategory() == null || draft.materialCategory().isBlank() ? null
				: rules.categories("materialCategory", List.of(draft.materialCategory()), problems)
					.stream()
					.findFirst()
					.orElse(null);
		List<String> certifications = rules.certifications(draft.certifications(), problems);
		Taxonomy.Normalised text = rules.fromText(title, description);
		if (processes.isEmpty() && draft.processes().isEmpty()) {
			processes = List.copyOf(text.processes());
		}
		if (materials.isEmpty() && draft.materials().isEmpty()) {
			materials = List.copyOf(text.materials());
		}
		if (draft.scenario() == Scenario.MACHINING && processes.isEmpty() && draft.processes().isEmpty()) {
			problems.add(new FieldProblem("processes", "marketplace.process.required"));
		}
		if (draft.scenario() == Scenario.MATERIAL && materials.isEmpty() && category == null
				&& draft.materials().isEmpty()) {
			problems.add(new FieldProblem("materials", "marketplace.material.required"));
		}
		rules.tolerance(draft.toleranceIt(), draft.toleranceUm(), problems);
		rules.dimensions("sizeMm", draft.sizeMm(), problems);
		if (draft.quantity() == null && (draft.scenario() == null || !draft.scenario().leasing())) {
			problems.add(new FieldProblem("quantity", "required"));
		}
		rules.amount("quantity", draft.quantity(), false, problems);
		rules.amount("maxUnitPrice", draft.maxUnitPrice(), true, problems);
		String unit = rules.unit(draft.unit(), draft.scenario(), problems);
		rules.dueDate(draft.dueDate(), Matching.today(), problems);
		String area = rules.deliveryArea(draft.deliveryArea(), owner, problems);
		LeaseTerms lease = rules.lease(draft.scenario(), draft.lease(), false, Matching.today(), problems);
		return new DemandDraft(draft.scenario(), owner == null ? null : owner.uscc(), title, description, processes,
				materials, category, draft.toleranceIt(), draft.toleranceUm(),
				draft.sizeMm() == null || draft.sizeMm().isEmpty() ? null : draft.sizeMm(), draft.quantity(), unit,
				draft.dueDate(), draft.maxUnitPrice(), certifications, area, lease);
	}

}
