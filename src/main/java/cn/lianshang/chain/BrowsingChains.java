package cn.lianshang.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Scope;
import cn.lianshang.chain.ChainViews.AssignmentView;
import cn.lianshang.chain.ChainViews.ChainDetail;
import cn.lianshang.chain.ChainViews.ChainSummary;
import cn.lianshang.chain.ChainViews.EdgeView;
import cn.lianshang.chain.ChainViews.GapView;
import cn.lianshang.chain.ChainViews.NodeView;
import cn.lianshang.chain.ChainViews.Rate;
import cn.lianshang.chain.ChainViews.RateBreakdown;
import cn.lianshang.chain.ChainViews.RateRow;
import cn.lianshang.chain.ChainViews.SegmentView;
import cn.lianshang.chain.ChainViews.VersionView;
import cn.lianshang.chain.model.GapRanking;
import cn.lianshang.chain.model.SupportingRate;
import cn.lianshang.marketplace.PostingMentions;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;

/**
 * Reads of chains: the list, one chain with its enterprise counts, the enterprises on a
 * node, supply edges, the local supporting rate and the gaps. Every read of enterprises
 * or edges carries the caller's {@link ChainScope} in its query.
 */
@Service
@Transactional(readOnly = true)
public class BrowsingChains {

	private final Chains chains;

	private final ChainNodes nodes;

	private final ChainVersions versions;

	private final Assignments assignments;

	private final SupplyEdges edges;

	private final Regions regions;

	private final CurrentUser currentUser;

	private final Messages messages;

	private final PostingMentions postings;

	BrowsingChains(Chains chains, ChainNodes nodes, ChainVersions versions, Assignments assignments, SupplyEdges edges,
			Regions regions, CurrentUser currentUser, Messages messages, PostingMentions postings) {
		this.postings = postings;
		this.chains = chains;
		this.nodes = nodes;
		this.versions = versions;
		this.assignments = assignments;
		this.edges = edges;
		this.regions = regions;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	public List<ChainSummary> list() {
		return chains.findAllByOrderBySortOrder()
			.stream()
			.map(c -> new ChainSummary(c.code(), c.name(), c.group()))
			.toList();
	}

	Chain chain(String code) {
		return chains.findById(code == null ? "" : code).orElseThrow(() -> new NotFoundException("chain", code));
	}

	List<ChainNode> currentNodes(Chain chain) {
		return nodes.findByChainCodeAndVersionOrderBySortOrder(chain.code(), chain.currentVersion());
	}

	ChainNode node(Chain chain, String nodeCode) {
		return currentNodes(chain).stream()
			.filter(n -> n.code().equals(nodeCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("chain-node", nodeCode));
	}

	private ChainScope scope() {
		return ChainScope.of(currentUser.scope(), regions);
	}

	/** The chain with its segments and, per node, the confirmed enterprises in scope. */
	public ChainDetail detail(String code) {
		Chain chain = chain(code);
		Map<String, Long> counts = new HashMap<>();
		cityCounts(chain)
			.forEach((node, byCity) -> counts.put(node, byCity.values().stream().mapToLong(Long::longValue).sum()));
		Map<String, List<NodeView>> bySegment = new LinkedHashMap<>();
		NodeSpec.SEGMENTS.forEach(s -> bySegment.put(s, new ArrayList<>()));
		for (ChainNode n : currentNodes(chain)) {
			NodeSpec s = n.spec();
			bySegment.computeIfAbsent(n.segment(), k -> new ArrayList<>())
				.add(new NodeView(s.code(), s.name(), s.kind(), s.industryCodes(), s.keywords(), s.weight(),
						counts.getOrDefault(n.code(), 0L)));
		}
		List<SegmentView> segments = bySegment.entrySet()
			.stream()
			.map(e -> new SegmentView(e.getKey(), List.copyOf(e.getValue())))
			.toList();
		return new ChainDetail(chain.code(), chain.name(), chain.nameEn(), chain.group(), chain.currentVersion(),
				segments);
	}

	/**
	 * Confirmed enterprises in scope per node and per top-level division (city or SFZ)
	 * code.
	 */
	Map<String, Map<String, Long>> cityCounts(Chain chain) {
		ChainScope s = scope();
		Map<String, Map<String, Long>> result = new HashMap<>();
		for (Object[] row : assignments.confirmedCounts(chain.code(), s.all(), s.prefix(), s.own())) {
			String path = (String) row[1];
			String city = path.substring(0, path.indexOf('/'));
			result.computeIfAbsent((String) row[0], k -> new TreeMap<>()).merge(city, (Long) row[2], Long::sum);
		}
		return result;
	}

	public PageResponse<AssignmentView> onNode(String code, String nodeCode, Assignment.Status status, int page,
			int size) {
		Chain chain = chain(code);
		node(chain, nodeCode);
		ChainScope s = scope();
		return PageResponse.of(assignments.onNode(chain.code(), nodeCode, status, s.all(), s.prefix(), s.own(),
				PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 500))), Assignment::view);
	}

	public List<AssignmentView> leadFirms(String code) {
		Chain chain = chain(code);
		ChainScope s = scope();
		return assignments.leadFirms(chain.code(), s.all(), s.prefix(), s.own())
			.stream()
			.map(Assignment::view)
			.toList();
	}

	public PageResponse<EdgeView> edges(String code, String nodeCode, int page, int size) {
		Chain chain = chain(code);
		ChainScope s = scope();
		return PageResponse.of(edges.visible(chain.code(), blankToNull(nodeCode), s.all(), s.prefix(), s.own(),
				PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200))), SupplyEdge::view);
	}

	/** The node set of one version of the chain (404 for a version it never had). */
	public List<NodeSpec> nodesOf(String code, int version) {
		Chain chain = chain(code);
		List<ChainNode> list = nodes.findByChainCodeAndVersionOrderBySortOrder(chain.code(), version);
		if (list.isEmpty()) {
			throw new NotFoundException("chain-version", chain.code() + "/" + version);
		}
		return list.stream().map(ChainNode::spec).toList();
	}

	public List<VersionView> versions(String code) {
		return versions.findByChainCodeOrderByVersionDesc(chain(code).code()).stream().map(ChainVersion::view).toList();
	}

	// ---------------------------------------------------------------- rates

	/** The city (or SFZ) given as a filter, checked; null for none. */
	Region city(String city) {
		if (city == null || city.isBlank()) {
			return null;
		}
		return regions.find(city.trim())
			.filter(r -> r.level().isTop())
			.orElseThrow(() -> InvalidInputException.of("city", "chain.city.unknown", city.trim()));
	}

	private List<SupplyEdge> bought(Chain chain, Region city) {
		ChainScope s = scope();
		return edges.bought(chain.code(), s.all(), s.prefix(), s.own(), city == null ? "%" : city.path() + "%");
	}

	/**
	 * The local supporting rate of the chain's edges whose buyer lies in the caller's
	 * scope and, if given, in {@code city}.
	 */
	public Rate rate(String code, String city) {
		Chain chain = chain(code);
		return toRate(bought(chain, city(city)));
	}

	private static Rate toRate(List<SupplyEdge> list) {
		SupportingRate r = SupportingRate.of(list.stream().map(BrowsingChains::fact).toList());
		return new Rate(r.byCount(), r.byValue(), r.edges());
	}

	private static SupportingRate.Edge fact(SupplyEdge e) {
		return new SupportingRate.Edge(e.supplierInside(), e.valueBand().midpoint());
	}

	/** The chain's rate, per buyer city and per lead firm (buyer). */
	public RateBreakdown breakdown(String code) {
		Chain chain = chain(code);
		List<SupplyEdge> all = bought(chain, null);
		List<RateRow> byCity = new ArrayList<>();
		for (Region r : regions.topLevel()) {
			List<SupplyEdge> part = all.stream().filter(e -> e.buyerDivisionPath().startsWith(r.path())).toList();
			if (!part.isEmpty()) {
				Rate rate = toRate(part);
				byCity.add(new RateRow(r.code(), r.name(), rate.byCount(), rate.byValue(), rate.edges()));
			}
		}
		Set<String> leads = new HashSet<>(assignments.leadFirmUscc(chain.code()));
		Map<String, List<SupplyEdge>> byBuyer = all.stream()
			.filter(e -> leads.contains(e.buyerUscc()))
			.collect(Collectors.groupingBy(SupplyEdge::buyerUscc, TreeMap::new, Collectors.toList()));
		List<RateRow> byLead = new ArrayList<>();
		byBuyer.forEach((uscc, part) -> {
			Rate rate = toRate(part);
			byLead.add(new RateRow(uscc, part.get(0).view().buyerName(), rate.byCount(), rate.byValue(), rate.edges()));
		});
		return new RateBreakdown(toRate(all), byCity, byLead);
	}

	// ---------------------------------------------------------------- gaps

	/**
	 * The chain's gap nodes for the caller's jurisdiction (and the city, if given),
	 * ranked by {@link GapRanking}, each with its reason in the caller's language.
	 */
	public List<GapView> gaps(String code, String city) {
		Chain chain = chain(code);
		Region region = city(city);
		List<ChainNode> current = currentNodes(chain);
		Map<String, Map<String, Long>> counts = cityCounts(chain);
		List<SupplyEdge> bought = bought(chain, region);
		Set<String> leads = new HashSet<>(assignments.leadFirmUscc(chain.code()));
		Map<String, ChainNode> byCode = new LinkedHashMap<>();
		current.forEach(n -> byCode.put(n.code(), n));
		List<GapRanking.NodeFacts> facts = new ArrayList<>();
		Optional<DemandScope> demandScope = demandScope(region);
		for (ChainNode n : current) {
			long local = counts.getOrDefault(n.code(), Map.of())
				.entrySet()
				.stream()
				.filter(e -> region == null
						|| e.getKey().equals(region.path().substring(0, region.path().indexOf('/'))))
				.mapToLong(Map.Entry::getValue)
				.sum();
			double inside = 0;
			double outside = 0;
			int outsideEdges = 0;
			Set<String> leadBuyers = new HashSet<>();
			for (SupplyEdge e : bought) {
				if (!e.nodeCode().equals(n.code())) {
					continue;
				}
				if (e.supplierInside()) {
					inside += e.valueBand().midpoint();
				}
				else {
					outside += e.valueBand().midpoint();
					outsideEdges++;
				}
				if (leads.contains(e.buyerUscc())) {
					leadBuyers.add(e.buyerUscc());
				}
			}
			facts.add(new GapRanking.NodeFacts(n.code(), n.sortOrder(), (int) local, inside, outside, outsideEdges,
					leadBuyers.size(), n.weight(), demandScope.map(d -> openDemands(n, d)).orElse(0)));
		}
		return GapRanking.rank(facts)
			.stream()
			.map(g -> new GapView(g.facts().nodeCode(), g.score(), reason(byCode.get(g.facts().nodeCode()), g)))
			.toList();
	}

	private String reason(ChainNode node, GapRanking.Gap g) {
		GapRanking.NodeFacts f = g.facts();
		return messages.get("chain.gap.reason." + g.presence().name(), node.name(), f.localEnterprises(),
				f.outsideEdges(), Math.round(f.outsideValue()), f.leadFirmBuyers(), f.weight(), g.score())
				+ messages.get("chain.gap.reason.demands", f.openDemands());
	}

	/** At most this many open demands are counted for a node. */
	static final int DEMANDS_PER_NODE = 500;

	/**
	 * Where open demands count as local: the caller's jurisdiction and, if given, the
	 * city, as one division (the narrower of the two) or the caller's own enterprise.
	 */
	record DemandScope(String divisionCode, String ownerUscc) {

	}

	/** Empty when the caller's jurisdiction and the city do not overlap. */
	private Optional<DemandScope> demandScope(Region city) {
		Scope scope = currentUser.scope();
		String cityCode = city == null ? null : city.code();
		return switch (scope.kind()) {
			case ALL -> Optional.of(new DemandScope(cityCode, null));
			case ENTERPRISE -> Optional.of(new DemandScope(cityCode, scope.uscc()));
			case NONE -> Optional.empty();
			case DIVISION -> {
				Region mine = regions.find(scope.divisionCode()).orElse(null);
				if (mine == null) {
					yield Optional.empty();
				}
				if (city == null || city.path().startsWith(mine.path())) {
					yield Optional.of(new DemandScope(city == null ? mine.code() : city.code(), null));
				}
				yield mine.path().startsWith(city.path()) ? Optional.of(new DemandScope(mine.code(), null))
						: Optional.empty();
			}
		};
	}

	/** The open local demands whose text names the node (see {@link PostingMentions}). */
	private int openDemands(ChainNode node, DemandScope scope) {
		return postings.demands(node.keywords(), scope.divisionCode(), scope.ownerUscc(), DEMANDS_PER_NODE).size();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
