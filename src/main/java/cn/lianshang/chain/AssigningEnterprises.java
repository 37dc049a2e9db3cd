package cn.lianshang.chain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.Scope;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.chain.ChainViews.AssignmentView;
import cn.lianshang.enterprise.EnterpriseFacts;
import cn.lianshang.enterprise.EnterpriseQuery;
import cn.lianshang.enterprise.EnterpriseRegistered;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseStatus;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.enterprise.Industries;
import cn.lianshang.marketplace.OfferPublished;
import cn.lianshang.marketplace.PostingMentions;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.NotFoundException;

/**
 * Enterprises on nodes. The platform suggests them — from the registry's search by the
 * node's GB/T 4754 classes and by its keywords in enterprise names, and from the
 * enterprises' capability text: their open marketplace offers whose title or description
 * names a keyword of the node, or whose processes, materials or categories are the
 * matching engine's terms for one ({@link PostingMentions}); within the caller's
 * jurisdiction; and for every newly registered enterprise by its class, for every newly
 * published offer by its text — and a chain officer confirms or rejects each suggestion,
 * adds an enterprise directly, and marks lead firms (链主). Each suggestion keeps its
 * reason (the class, the word in the name, the offer and what in it named the node).
 * Every decision is audited.
 */
@Service
public class AssigningEnterprises {

	/** At most this many enterprises per class or keyword are suggested in one run. */
	static final int PER_QUERY = 100;

	private final BrowsingChains browsing;

	private final Chains chains;

	private final Assignments assignments;

	private final SupplyEdges edges;

	private final EnterpriseRegistry registry;

	private final Industries industries;

	private final Regions regions;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	private final TransactionTemplate newTransaction;

	private final Suggestions suggestions;

	private final PostingMentions postings;

	AssigningEnterprises(BrowsingChains browsing, Chains chains, Assignments assignments, SupplyEdges edges,
			EnterpriseRegistry registry, Industries industries, Regions regions, AuditLog audit,
			CurrentUser currentUser, PlatformTransactionManager transactions, Suggestions suggestions,
			PostingMentions postings) {
		this.newTransaction = new TransactionTemplate(transactions);
		this.suggestions = suggestions;
		this.postings = postings;
		this.browsing = browsing;
		this.chains = chains;
		this.assignments = assignments;
		this.edges = edges;
		this.registry = registry;
		this.industries = industries;
		this.regions = regions;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/**
	 * Suggests enterprises of the caller's jurisdiction for a node; returns how many new
	 * suggestions were made (enterprises already on the node, in any status, are left
	 * alone).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN','CHAIN_OFFICER')")
	public int suggest(String chainCode, String nodeCode) {
		Chain chain = browsing.chain(chainCode);
		ChainNode node = browsing.node(chain, nodeCode);
		Map<String, String> reasons = new LinkedHashMap<>();
		Map<String, EnterpriseView> found = new LinkedHashMap<>();
		for (String cls : node.industryCodes()) {
			for (EnterpriseView e : registry
				.search(new EnterpriseQuery(null, null, cls, null, null, null, "name", 0, PER_QUERY))
				.content()) {
				if (e.status() != EnterpriseStatus.ACTIVE) {
					continue;
				}
				found.putIfAbsent(e.uscc(), e);
				reasons.putIfAbsent(e.uscc(), "GB/T 4754 " + cls + " " + industries.nameOf(cls));
			}
		}
		for (String word : node.keywords()) {
			for (EnterpriseView e : registry
				.search(new EnterpriseQuery(word, null, null, null, null, null, "relevance", 0, PER_QUERY))
				.content()) {
				if (e.status() != EnterpriseStatus.ACTIVE) {
					continue;
				}
				found.putIfAbsent(e.uscc(), e);
				reasons.merge(e.uscc(), "名称含「" + word + "」", (a, b) -> a.contains(b) ? a : a + "；" + b);
			}
		}
		for (PostingMentions.Posting p : offersInScope(node)) {
			EnterpriseView e = found.get(p.ownerUscc());
			if (e == null) {
				// the registry's read applies the caller's scope once more
				e = registry.findOptional(p.ownerUscc()).orElse(null);
				if (e == null || e.status() != EnterpriseStatus.ACTIVE) {
					continue;
				}
				found.put(e.uscc(), e);
			}
			reasons.merge(e.uscc(), capability(p), (a, b) -> a.contains(b) ? a : a + "；" + b);
		}
		int added = 0;
		OffsetDateTime now = OffsetDateTime.now();
		for (EnterpriseView e : found.values()) {
			if (assignments.existsByChainCodeAndNodeCodeAndUscc(chain.code(), node.code(), e.uscc())) {
				continue;
			}
			Region r = regions.find(e.divisionCode()).orElse(null);
			if (r == null) {
				continue;
			}
			if (suggestions
				.suggestIfAbsent(chain.code(), node.code(), e.uscc(), e.name(), e.industryCode(), e.divisionCode(),
						r.path(), e.latitude(), e.longitude(), reasons.get(e.uscc()), now)
				.isPresent()) {
				added++;
			}
		}
		audit.record("chain.suggest", "chain-node", chain.code() + "/" + node.code(), null, Map.of("suggested", added));
		return added;
	}

	/**
	 * A chain officer puts an enterprise of their jurisdiction on a node directly:
	 * confirmed at once. The registry listeners may suggest the same enterprise for the
	 * same node at the same moment: they write with {@link Suggestions#suggestIfAbsent}
	 * (an insert that does nothing on the unique key, so they never fail on our row),
	 * while this insert is a plain one; when it loses the race, the attempt is rolled
	 * back and made once more, and then finds and confirms the suggestion.
	 */
	@PreAuthorize("hasAnyRole('ADMIN','CHAIN_OFFICER')")
	public AssignmentView assign(String chainCode, String nodeCode, String uscc) {
		try {
			return newTransaction.execute(status -> assignOnce(chainCode, nodeCode, uscc));
		}
		catch (DataIntegrityViolationException lostRace) {
			return newTransaction.execute(status -> assignOnce(chainCode, nodeCode, uscc));
		}
	}

	private AssignmentView assignOnce(String chainCode, String nodeCode, String uscc) {
		Chain chain = browsing.chain(chainCode);
		ChainNode node = browsing.node(chain, nodeCode);
		EnterpriseView e = registry.findOptional(uscc == null ? "" : uscc.trim())
			.orElseThrow(() -> InvalidInputException.of("uscc", "chain.enterprise.unknown", uscc));
		OffsetDateTime now = OffsetDateTime.now();
		Optional<Assignment> existing = assignments.findByChainCodeAndNodeCodeAndUscc(chain.code(), node.code(),
				e.uscc());
		if (existing.isPresent()) {
			// a suggestion (or a rejection) is confirmed; a confirmed one is a conflict
			Assignment a = existing.get();
			AssignmentView before = a.view();
			a.confirm(currentUser.actor(), now);
			audit.record("chain.assignment.confirm", "chain-assignment", String.valueOf(a.id()), before, a.view());
			return a.view();
		}
		Region r = regions.find(e.divisionCode()).orElseThrow();
		Assignment a = new Assignment(chain.code(), node.code(), e.uscc(), e.name(), e.industryCode(), e.divisionCode(),
				r.path(), e.latitude(), e.longitude(), "链长办直接认定", now);
		a.confirm(currentUser.actor(), now);
		assignments.saveAndFlush(a);
		audit.record("chain.assign", "chain-assignment", String.valueOf(a.id()), null, a.view());
		return a.view();
	}

	public enum Decision {

		CONFIRM, REJECT, LEAD, UNLEAD

	}

	/**
	 * Confirms, rejects, or marks/unmarks a lead firm; the assignment must be in scope.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN','CHAIN_OFFICER')")
	public AssignmentView decide(Long id, Decision decision) {
		ChainScope s = ChainScope.of(currentUser.scope(), regions);
		Assignment a = assignments.findInScope(id, s.all(), s.prefix(), s.own())
			.orElseThrow(() -> new NotFoundException("chain-assignment", String.valueOf(id)));
		AssignmentView before = a.view();
		OffsetDateTime now = OffsetDateTime.now();
		String actor = currentUser.actor();
		switch (decision) {
			case CONFIRM -> a.confirm(actor, now);
			case REJECT -> a.reject(actor, now);
			case LEAD -> a.markLeadFirm(true, actor, now);
			case UNLEAD -> a.markLeadFirm(false, actor, now);
		}
		audit.record("chain.assignment." + decision.name().toLowerCase(java.util.Locale.ROOT), "chain-assignment",
				String.valueOf(id), before, a.view());
		return a.view();
	}

	/**
	 * A newly registered enterprise is suggested for every node (of every chain's current
	 * version) that lists its class.
	 */
	@ApplicationModuleListener
	void on(EnterpriseRegistered event) {
		EnterpriseFacts facts = registry.facts(event.uscc()).orElse(null);
		Region r = regions.find(event.divisionCode()).orElse(null);
		if (facts == null || r == null || event.industryCode() == null) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now();
		for (Chain chain : chains.findAllByOrderBySortOrder()) {
			for (ChainNode node : browsing.currentNodes(chain)) {
				if (!node.industryCodes().contains(event.industryCode())
						|| assignments.existsByChainCodeAndNodeCodeAndUscc(chain.code(), node.code(), facts.uscc())) {
					continue;
				}
				suggestions
					.suggestIfAbsent(chain.code(), node.code(), facts.uscc(), facts.name(), facts.industryCode(),
							facts.divisionCode(), r.path(), null, null,
							"GB/T 4754 " + event.industryCode() + " " + industries.nameOf(event.industryCode()), now)
					.ifPresent(a -> audit.recordAs("system", "chain.suggest", "chain-assignment",
							String.valueOf(a.id()), null, a.view()));
			}
		}
	}

	/**
	 * Follows the registry after an enterprise changed (see {@link FollowingRegistry}):
	 * its records on nodes take its current name, class, division and coordinates; an
	 * enterprise that is not 存续 (ACTIVE) is flagged on its records and on its supply
	 * edges and so drops out of counts, lead firms and rates (and comes back when it is
	 * ACTIVE again). When its class or name changed, its open suggestions are refreshed:
	 * a suggestion whose node lists neither the new class nor a keyword of the new name
	 * is withdrawn, and it is suggested for the nodes of the current versions that list
	 * its new class or a keyword in its name. Confirmed and rejected records are an
	 * officer's decision and stay. Every change is audited as {@code system}.
	 * @return what was done: {@code followed}, {@code edges}, {@code withdrawn},
	 * {@code suggested}
	 */
	@Transactional
	Map<String, Integer> follow(String uscc, Set<String> fields) {
		Map<String, Integer> done = new LinkedHashMap<>(
				Map.of("followed", 0, "edges", 0, "withdrawn", 0, "suggested", 0));
		EnterpriseView v = registry.findOptional(uscc).orElse(null);
		Region r = v == null ? null : regions.find(v.divisionCode()).orElse(null);
		if (v == null || r == null) {
			return done;
		}
		boolean active = v.status() == EnterpriseStatus.ACTIVE;
		Map<String, Map<String, ChainNode>> current = new HashMap<>();
		for (Chain chain : chains.findAllByOrderBySortOrder()) {
			Map<String, ChainNode> byCode = new LinkedHashMap<>();
			browsing.currentNodes(chain).forEach(n -> byCode.put(n.code(), n));
			current.put(chain.code(), byCode);
		}
		boolean refresh = fields != null && (fields.contains("industryCode") || fields.contains("name"));
		List<Assignment> mine = new ArrayList<>(assignments.findByUscc(uscc));
		for (Assignment a : mine) {
			AssignmentView before = a.view();
			ChainNode node = current.getOrDefault(a.chainCode(), Map.of()).get(a.nodeCode());
			if (refresh && a.status() == Assignment.Status.SUGGESTED
					&& (node == null || fits(node, v.industryCode(), v.name()) == null && !offersName(node, uscc))) {
				assignments.delete(a);
				audit.recordAs("system", "chain.suggest.withdraw", "chain-assignment", String.valueOf(a.id()), before,
						null);
				done.merge("withdrawn", 1, Integer::sum);
			}
			else if (a.follow(v.name(), v.industryCode(), v.divisionCode(), r.path(), v.latitude(), v.longitude(),
					active)) {
				audit.recordAs("system", "chain.assignment.follow", "chain-assignment", String.valueOf(a.id()), before,
						a.view());
				done.merge("followed", 1, Integer::sum);
			}
		}
		for (SupplyEdge e : edges.involving(uscc)) {
			ChainViews.EdgeView before = e.view();
			if (e.follow(uscc, active)) {
				audit.recordAs("system", "chain.edge.follow", "supply-edge", String.valueOf(e.id()), before, e.view());
				done.merge("edges", 1, Integer::sum);
			}
		}
		if (refresh && active) {
			assignments.flush();
			OffsetDateTime now = OffsetDateTime.now();
			for (Map.Entry<String, Map<String, ChainNode>> chain : current.entrySet()) {
				for (ChainNode node : chain.getValue().values()) {
					String reason = fits(node, v.industryCode(), v.name());
					if (reason == null
							|| assignments.existsByChainCodeAndNodeCodeAndUscc(chain.getKey(), node.code(), uscc)) {
						continue;
					}
					Optional<Assignment> a = suggestions.suggestIfAbsent(chain.getKey(), node.code(), uscc, v.name(),
							v.industryCode(), v.divisionCode(), r.path(), v.latitude(), v.longitude(), reason, now);
					if (a.isPresent()) {
						audit.recordAs("system", "chain.suggest", "chain-assignment", String.valueOf(a.get().id()),
								null, a.get().view());
						done.merge("suggested", 1, Integer::sum);
					}
				}
			}
		}
		return done;
	}

	/** Whether an open offer of the enterprise names a keyword of the node. */
	private boolean offersName(ChainNode node, String uscc) {
		return !postings.offers(node.keywords(), null, uscc, 5).isEmpty();
	}

	/** At most this many open offers are read for a node in one suggestion run. */
	static final int OFFERS_PER_NODE = 200;

	/**
	 * The open offers in the caller's scope whose text names the node's keywords (the
	 * scope is a condition of the index query: the caller's division, or its own
	 * enterprise).
	 */
	private List<PostingMentions.Posting> offersInScope(ChainNode node) {
		Scope scope = currentUser.scope();
		return switch (scope.kind()) {
			case ALL -> postings.offers(node.keywords(), null, null, OFFERS_PER_NODE);
			case DIVISION -> postings.offers(node.keywords(), scope.divisionCode(), null, OFFERS_PER_NODE);
			case ENTERPRISE -> postings.offers(node.keywords(), null, scope.uscc(), OFFERS_PER_NODE);
			case NONE -> List.of();
		};
	}

	/**
	 * The reason of a suggestion from an open offer: which offer, and where it names
	 * which keyword of the node (the word in its title or description, or the matching
	 * engine's term for the word among the offer's processes, materials or categories).
	 */
	static String capability(PostingMentions.Posting offer) {
		List<String> parts = new ArrayList<>();
		for (PostingMentions.Mention m : offer.mentions()) {
			String part = switch (m.field()) {
				case "title" -> "标题含「" + m.word() + "」";
				case "description" -> "说明含「" + m.word() + "」";
				case "process" -> "工艺「" + m.matched() + "」（匹配引擎词表：「" + m.word() + "」）";
				case "material" -> "材料「" + m.matched() + "」（匹配引擎词表：「" + m.word() + "」）";
				default -> "品类「" + m.matched() + "」（匹配引擎词表：「" + m.word() + "」）";
			};
			if (!parts.contains(part)) {
				parts.add(part);
			}
		}
		String title = offer.title().length() > 40 ? offer.title().substring(0, 40) + "…" : offer.title();
		return "供给「" + title + "」（#" + offer.id() + "）" + String.join("、", parts);
	}

	/**
	 * A new open offer puts its enterprise on every node (of every chain's current
	 * version) whose keywords the offer's text names, as a suggestion with the offer as
	 * its reason; enterprises already on a node are left alone.
	 */
	@ApplicationModuleListener
	void on(OfferPublished event) {
		Set<String> words = new java.util.LinkedHashSet<>();
		List<ChainNode> all = new ArrayList<>();
		for (Chain chain : chains.findAllByOrderBySortOrder()) {
			for (ChainNode node : browsing.currentNodes(chain)) {
				all.add(node);
				node.keywords().forEach(w -> words.add(w.strip()));
			}
		}
		PostingMentions.Posting offer = postings.offer(event.offerId(), words).orElse(null);
		if (offer == null) {
			return;
		}
		EnterpriseFacts facts = registry.facts(offer.ownerUscc()).orElse(null);
		Region r = facts == null ? null : regions.find(facts.divisionCode()).orElse(null);
		if (r == null) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now();
		for (ChainNode node : all) {
			List<PostingMentions.Mention> mine = offer.mentions()
				.stream()
				.filter(m -> node.keywords().stream().anyMatch(w -> w.strip().equals(m.word())))
				.toList();
			if (mine.isEmpty()
					|| assignments.existsByChainCodeAndNodeCodeAndUscc(node.chainCode(), node.code(), facts.uscc())) {
				continue;
			}
			PostingMentions.Posting onNode = new PostingMentions.Posting(offer.kind(), offer.id(), offer.scenario(),
					offer.ownerUscc(), offer.ownerName(), offer.divisionCode(), offer.title(), mine);
			suggestions
				.suggestIfAbsent(node.chainCode(), node.code(), facts.uscc(), facts.name(), facts.industryCode(),
						facts.divisionCode(), r.path(), null, null, capability(onNode), now)
				.ifPresent(a -> audit.recordAs("system", "chain.suggest", "chain-assignment", String.valueOf(a.id()),
						null, a.view()));
		}
	}

	/**
	 * Why an enterprise of this class and name fits the node — its class is one of the
	 * node's, or its name holds one of the node's keywords — or null if it does not.
	 */
	String fits(ChainNode node, String industryCode, String name) {
		List<String> why = new ArrayList<>();
		if (industryCode != null && node.industryCodes().contains(industryCode)) {
			why.add("GB/T 4754 " + industryCode + " " + industries.nameOf(industryCode));
		}
		String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
		for (String word : node.keywords()) {
			if (!word.isBlank() && lower.contains(word.toLowerCase(Locale.ROOT))) {
				why.add("名称含「" + word + "」");
			}
		}
		return why.isEmpty() ? null : String.join("；", why);
	}

}
