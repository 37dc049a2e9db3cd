package cn.lianshang.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.region.Regions;

/**
 * One enterprise's place on the industrial chains, for pages that compose several modules
 * (the enterprise's service page, the 360° view): the nodes it is on (confirmed or
 * suggested, not rejected; lead firm marked) and its latest supply edges as supplier or
 * as buyer, with the counts of both. Every read carries the caller's {@link ChainScope}
 * in its query, as {@link BrowsingChains} does: an enterprise reads its own rows, staff
 * the rows of their jurisdiction.
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseChains {

	/** A node the enterprise is on; {@code status} is SUGGESTED or CONFIRMED. */
	public record Place(String chainCode, String chainName, String nodeCode, String nodeName, String segment,
			String status, boolean leadFirm) {

	}

	/**
	 * A supply edge seen from the enterprise: {@code role} is SUPPLIER (it sells to the
	 * counterparty) or BUYER (it buys from it); {@code counterpartyInside} is false for a
	 * supplier outside the metropolitan area, whose location is then given.
	 */
	public record Edge(long id, String chainCode, String chainName, String nodeCode, String nodeName, String role,
			String counterpartyUscc, String counterpartyName, boolean counterpartyInside, String counterpartyLocation,
			String valueBand, String provenance) {

	}

	/** The enterprise on the chains: its places, edge counts and latest edges. */
	public record Presence(List<Place> places, long asSupplier, long asBuyer, List<Edge> latestEdges) {

		public boolean isEmpty() {
			return places.isEmpty() && asSupplier == 0 && asBuyer == 0;
		}

	}

	private final Chains chains;

	private final ChainNodes nodes;

	private final Assignments assignments;

	private final SupplyEdges edges;

	private final Regions regions;

	private final CurrentUser currentUser;

	EnterpriseChains(Chains chains, ChainNodes nodes, Assignments assignments, SupplyEdges edges, Regions regions,
			CurrentUser currentUser) {
		this.chains = chains;
		this.nodes = nodes;
		this.assignments = assignments;
		this.edges = edges;
		this.regions = regions;
		this.currentUser = currentUser;
	}

	/** The enterprise's places and at most {@code latestEdges} of its newest edges. */
	public Presence of(String uscc, int latestEdges) {
		ChainScope s = ChainScope.of(currentUser.scope(), regions);
		List<Assignment> mine = assignments.ofEnterprise(uscc, s.all(), s.prefix(), s.own());
		List<ChainViews.EdgeView> latest = latestEdges <= 0 ? List.of() : latest(uscc, s, latestEdges);
		long asSupplier = edges.countAsSupplier(uscc, s.all(), s.prefix(), s.own());
		long asBuyer = edges.countAsBuyer(uscc, s.all(), s.prefix(), s.own());
		Names names = new Names();
		List<Place> places = mine.stream().map(a -> {
			ChainViews.AssignmentView v = a.view();
			ChainNode n = names.node(v.chainCode(), v.nodeCode());
			return new Place(v.chainCode(), names.chain(v.chainCode()), v.nodeCode(),
					n == null ? v.nodeCode() : n.name(), n == null ? null : n.segment(), v.status(), v.leadFirm());
		}).toList();
		List<Edge> seen = latest.stream().map(v -> {
			ChainNode n = names.node(v.chainCode(), v.nodeCode());
			boolean supplier = uscc.equals(v.supplierUscc());
			return new Edge(v.id(), v.chainCode(), names.chain(v.chainCode()), v.nodeCode(),
					n == null ? v.nodeCode() : n.name(), supplier ? "SUPPLIER" : "BUYER",
					supplier ? v.buyerUscc() : v.supplierUscc(), supplier ? v.buyerName() : v.supplierName(),
					supplier || v.supplierInside(), supplier ? null : v.supplierLocation(), v.valueBand(),
					v.provenance());
		}).toList();
		return new Presence(places, asSupplier, asBuyer, seen);
	}

	/**
	 * The newest edges of both sides, each side read by its own indexed query (as
	 * {@link SupplyEdges#ofEnterprise} orders them: created, then id, newest first).
	 */
	private List<ChainViews.EdgeView> latest(String uscc, ChainScope s, int limit) {
		PageRequest page = PageRequest.of(0, limit);
		List<ChainViews.EdgeView> both = new ArrayList<>();
		edges.latestAsSupplier(uscc, s.all(), s.prefix(), s.own(), page).forEach(e -> both.add(e.view()));
		edges.latestAsBuyer(uscc, s.all(), s.prefix(), s.own(), page)
			.stream()
			.map(SupplyEdge::view)
			.filter(v -> !uscc.equals(v.supplierUscc()))
			.forEach(both::add);
		both.sort(
				Comparator.comparing(ChainViews.EdgeView::createdAt).thenComparing(ChainViews.EdgeView::id).reversed());
		return both.size() > limit ? List.copyOf(both.subList(0, limit)) : both;
	}

	/** Chain and node names of the current versions, read once per chain. */
	private final class Names {

		private Map<String, Chain> byCode;

		private final Map<String, Map<String, ChainNode>> nodesByChain = new HashMap<>();

		String chain(String code) {
			if (byCode == null) {
				byCode = new HashMap<>();
				chains.findAll().forEach(c -> byCode.put(c.code(), c));
			}
			Chain c = byCode.get(code);
			return c == null ? code : c.name();
		}

		ChainNode node(String chain, String node) {
			return nodesByChain.computeIfAbsent(chain, k -> {
				Map<String, ChainNode> m = new HashMap<>();
				chains.findById(k)
					.ifPresent(c -> nodes.findByChainCodeAndVersionOrderBySortOrder(k, c.currentVersion())
						.forEach(n -> m.put(n.code(), n)));
				return m;
			}).get(node);
		}

	}

}
