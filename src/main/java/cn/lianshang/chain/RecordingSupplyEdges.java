package cn.lianshang.chain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Scope;
import cn.lianshang.chain.ChainViews.EdgeView;
import cn.lianshang.enterprise.EnterpriseFacts;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * Supply edges: recorded from completed marketplace deals ({@link #recordDeal}, the
 * public use case the marketplace's deal event is wired to) and declared by enterprises
 * for themselves or by chain officers for an enterprise of their jurisdiction
 * ({@link #declare}). Both sides of a deal are enterprises of the registry, so a deal
 * edge is always inside the area; a declared edge may name a supplier outside the area by
 * name and province/city. Every edge is audited.
 */
@Service
public class RecordingSupplyEdges {

	static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

	private final Chains chains;

	private final BrowsingChains browsing;

	private final SupplyEdges edges;

	private final EnterpriseRegistry registry;

	private final Regions regions;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	RecordingSupplyEdges(Chains chains, BrowsingChains browsing, SupplyEdges edges, EnterpriseRegistry registry,
			Regions regions, AuditLog audit, CurrentUser currentUser) {
		this.chains = chains;
		this.browsing = browsing;
		this.edges = edges;
		this.registry = registry;
		this.regions = regions;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/**
	 * Records a completed deal: one edge per chain whose current node set lists the
	 * supplier's industry class (on the first such node), provenance {@code DEAL}.
	 * Idempotent by {@code sourceRef} (a deal recorded twice gives no second edge). Runs
	 * with or without a signed-in user (the audit names {@code system} then).
	 * @param sourceRef the deal's reference, e.g. {@code deal:1234}
	 * @return the edges written (empty if the supplier's class is on no chain)
	 */
	@Transactional
	public List<EdgeView> recordDeal(String supplierUscc, String buyerUscc, ValueBand valueBand, String sourceRef) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<EnterpriseFacts> supplier = registry.facts(supplierUscc);
		Optional<EnterpriseFacts> buyer = registry.facts(buyerUscc);
		if (supplier.isEmpty()) {
			problems.add(new FieldProblem("supplierUscc", "chain.enterprise.unknown", supplierUscc));
		}
		if (buyer.isEmpty()) {
			problems.add(new FieldProblem("buyerUscc", "chain.enterprise.unknown", buyerUscc));
		}
		if (valueBand == null) {
			problems.add(new FieldProblem("valueBand", "chain.edge.band"));
		}
		if (sourceRef == null || sourceRef.isBlank() || sourceRef.length() > 100) {
			problems.add(new FieldProblem("sourceRef", "chain.edge.source"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		SupplyEdge.Party s = party(supplier.get());
		SupplyEdge.Party b = party(buyer.get());
		List<EdgeView> written = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now();
		for (Chain chain : chains.findAllByOrderBySortOrder()) {
			if (edges.existsByChainCodeAndProvenanceAndSourceRef(chain.code(), SupplyEdge.Provenance.DEAL, sourceRef)) {
				continue;
			}
			browsing.currentNodes(chain)
				.stream()
				.filter(n -> n.industryCodes().contains(supplier.get().industryCode()))
				.findFirst()
				.ifPresent(node -> written.add(save(new SupplyEdge(chain.code(), node.code(), s, b, valueBand,
						SupplyEdge.Provenance.DEAL, sourceRef, currentUser.actor(), now))));
		}
		return written;
	}

	/**
	 * A declaration of one supply relation of an enterprise.
	 *
	 * @param role {@code SUPPLIER} (the enterprise sells to the counterpart, which must
	 * be in the registry) or {@code BUYER} (the enterprise buys from the counterpart: an
	 * enterprise of the registry by {@code counterpartUscc}, or one outside the area by
	 * {@code counterpartName} and {@code counterpartLocation}, province and city)
	 * @param nodeCode the node; may be left out when the supplier is in the registry
	 * (then its industry class decides)
	 * @param enterpriseUscc whose relation it is: ignored for an enterprise account (its
	 * own); required for a chain officer or the administrator, and must lie in their
	 * jurisdiction
	 */
	public record Declaration(String chainCode, String nodeCode, String role, String counterpartUscc,
			String counterpartName, String counterpartLocation, ValueBand valueBand, String enterpriseUscc) {

	}

	/**
	 * Records a declared edge (provenance {@code DECLARED}, audited): an enterprise for
	 * itself, a chain officer or the administrator for an enterprise of their
	 * jurisdiction; the counterpart may lie anywhere.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ENTERPRISE','CHAIN_OFFICER','ADMIN')")
	public EdgeView declare(Declaration d) {
		Scope scope = currentUser.scope();
		EnterpriseFacts self;
		if (scope.kind() == Scope.Kind.ENTERPRISE) {
			self = registry.facts(scope.uscc()).orElseThrow();
		}
		else {
			String uscc = blankToNull(d.enterpriseUscc());
			// the registry's scoped read: an enterprise outside the jurisdiction is not
			// found
			self = uscc == null ? null
					: registry.findOptional(uscc)
						.map(v -> new EnterpriseFacts(v.uscc(), v.name(), v.divisionCode(), v.industryCode()))
						.orElse(null);
			if (self == null) {
				throw InvalidInputException.of("enterpriseUscc",
						uscc == null ? "chain.edge.enterprise.required" : "chain.edge.enterprise.outside", uscc);
			}
		}
		List<FieldProblem> problems = new ArrayList<>();
		Chain chain = browsing.chain(d.chainCode());
		boolean selling = "SUPPLIER".equals(d.role());
		if (!selling && !"BUYER".equals(d.role())) {
			problems.add(new FieldProblem("role", "chain.edge.role", d.role()));
		}
		if (d.valueBand() == null) {
			problems.add(new FieldProblem("valueBand", "chain.edge.band"));
		}
		String cpUscc = blankToNull(d.counterpartUscc());
		Optional<EnterpriseFacts> counterpart = cpUscc == null ? Optional.empty() : registry.facts(cpUscc);
		SupplyEdge.Party other = null;
		if (counterpart.isPresent()) {
			if (counterpart.get().uscc().equals(self.uscc())) {
				problems.add(new FieldProblem("counterpartUscc", "chain.edge.self"));
			}
			other = party(counterpart.get());
		}
		else if (selling) {
			problems.add(new FieldProblem("counterpartUscc", "chain.enterprise.unknown", cpUscc));
		}
		else {
			String name = blankToNull(d.counterpartName());
			String location = blankToNull(d.counterpartLocation());
			if (cpUscc != null && !USCC.matcher(cpUscc).matches()) {
				problems.add(new FieldProblem("counterpartUscc", "chain.edge.uscc", cpUscc));
			}
			if (name == null || name.length() > 100) {
				problems.add(new FieldProblem("counterpartName", "chain.edge.external.name"));
			}
			if (location == null || location.length() > 100) {
				problems.add(new FieldProblem("counterpartLocation", "chain.edge.external.location"));
			}
			other = new SupplyEdge.Party(cpUscc, name, null, null, location);
		}
		SupplyEdge.Party me = party(self);
		SupplyEdge.Party supplier = selling ? me : other;
		String supplierClass = selling ? self.industryCode()
				: counterpart.map(EnterpriseFacts::industryCode).orElse(null);
		String nodeCode = blankToNull(d.nodeCode());
		List<ChainNode> current = browsing.currentNodes(chain);
		if (nodeCode == null) {
			nodeCode = current.stream()
				.filter(n -> supplierClass != null && n.industryCodes().contains(supplierClass))
				.map(ChainNode::code)
				.findFirst()
				.orElse(null);
			if (nodeCode == null) {
				problems.add(new FieldProblem("nodeCode", "chain.edge.node.required"));
			}
		}
		else {
			String code = nodeCode;
			if (current.stream().noneMatch(n -> n.code().equals(code))) {
				problems.add(new FieldProblem("nodeCode", "chain.edge.node.unknown", nodeCode));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return save(new SupplyEdge(chain.code(), nodeCode, supplier, selling ? other : me, d.valueBand(),
				SupplyEdge.Provenance.DECLARED, null, currentUser.actor(), OffsetDateTime.now()));
	}

	/** Demo data: an edge as the demo runner plans it (audited like any other). */
	@Transactional
	EdgeView recordDemo(String chainCode, String nodeCode, SupplyEdge.Party supplier, SupplyEdge.Party buyer,
			ValueBand band, String sourceRef) {
		return save(new SupplyEdge(chainCode, nodeCode, supplier, buyer, band, SupplyEdge.Provenance.DEMO, sourceRef,
				currentUser.actor(), OffsetDateTime.now()));
	}

	private EdgeView save(SupplyEdge edge) {
		EdgeView view = edges.save(edge).view();
		audit.record("chain.edge." + view.provenance().toLowerCase(java.util.Locale.ROOT), "supply-edge",
				String.valueOf(view.id()), null, view);
		return view;
	}

	SupplyEdge.Party party(EnterpriseFacts f) {
		Region r = regions.find(f.divisionCode()).orElseThrow();
		return new SupplyEdge.Party(f.uscc(), f.name(), f.divisionCode(), r.path(), null);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
