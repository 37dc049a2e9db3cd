package cn.lianshang.chain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.access.AccountManagement;
import cn.lianshang.access.AuditLog;
import cn.lianshang.enterprise.EnterpriseQuery;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * Demo data ({@code @Order(6)}, when {@code lianshang.demo.enabled} and no demo edge
 * exists): the demo enterprises confirmed on the nodes that list their class (at most
 * {@value #PER_NODE} per node), the largest ones of the mid- and downstream nodes marked
 * lead firms (at most {@value #LEADS} per chain), and for every lead firm supply edges on
 * the chain's up- and midstream nodes. Whether a lead firm buys a node locally depends on
 * whether the area has confirmed enterprises on it and on a per-chain local share
 * ({@link #LOCAL_SHARE}: strong for 汽车及零部件 and 机床, weak for 集成电路 and the IT chains), so
 * that rates and gaps tell a believable story. Suppliers bought outside the area get a
 * made-up name and a real province/city. Deterministic for a given
 * {@code lianshang.demo.seed}. One audit record per chain.
 */
@Component
@Order(6)
class ChainDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ChainDemo.class);

	static final int PER_NODE = 40;

	static final int LEADS = 3;

	static final Map<String, Double> LOCAL_SHARE = Map.ofEntries(Map.entry("AUTO", 0.85), Map.entry("MACHTOOL", 0.8),
			Map.entry("GENMACH", 0.65), Map.entry("HEAVY", 0.6), Map.entry("POWER", 0.55), Map.entry("METAL", 0.7),
			Map.entry("PETRO", 0.55), Map.entry("AGRI", 0.7), Map.entry("NEV", 0.4), Map.entry("IC", 0.1),
			Map.entry("AERO", 0.45), Map.entry("BIOMED", 0.35), Map.entry("ROBOT", 0.45), Map.entry("NEWMAT", 0.4),
			Map.entry("ECO", 0.5), Map.entry("CYBER", 0.2), Map.entry("G5", 0.25), Map.entry("AI", 0.2),
			Map.entry("TERMINAL", 0.15), Map.entry("SENSOR", 0.2));

	static final List<String> OUTSIDE = List.of("江苏省苏州市", "上海市", "广东省深圳市", "浙江省宁波市", "北京市", "天津市", "山东省青岛市", "吉林省长春市",
			"湖北省武汉市", "安徽省合肥市", "陕西省西安市", "四川省成都市");

	private final boolean enabled;

	private final long seed;

	private final Chains chains;

	private final BrowsingChains browsing;

	private final Assignments assignments;

	private final SupplyEdges edges;

	private final EnterpriseRegistry registry;

	private final Regions regions;

	private final AccountManagement accounts;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	ChainDemo(@Value("${lianshang.demo.enabled:false}") boolean enabled,
			@Value("${lianshang.demo.seed:20261122}") long seed, Chains chains, BrowsingChains browsing,
			Assignments assignments, SupplyEdges edges, EnterpriseRegistry registry, Regions regions,
			AccountManagement accounts, AuditLog audit, TransactionTemplate tx) {
		this.enabled = enabled;
		this.seed = seed;
		this.chains = chains;
		this.browsing = browsing;
		this.assignments = assignments;
		this.edges = edges;
		this.registry = registry;
		this.regions = regions;
		this.accounts = accounts;
		this.audit = audit;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || edges.countByProvenance(SupplyEdge.Provenance.DEMO) > 0) {
			return;
		}
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
		try {
			long start = System.nanoTime();
			List<EnterpriseView> demo = new ArrayList<>();
			registry.forEach(new EnterpriseQuery(null, null, null, null, null, null, "uscc", 0, 200), e -> {
				if (e.demo()) {
					demo.add(e);
				}
			});
			long read = System.nanoTime();
			int[] totals = new int[2];
			for (Chain chain : chains.findAllByOrderBySortOrder()) {
				tx.executeWithoutResult(s -> {
					int[] n = load(chain, demo);
					totals[0] += n[0];
					totals[1] += n[1];
				});
			}
			log.info(
					"Chain demo: {} enterprises on nodes and {} supply edges (seed {}); {} demo enterprises read in {} ms,"
							+ " chains loaded in {} ms",
					totals[0], totals[1], seed, demo.size(), (read - start) / 1_000_000,
					(System.nanoTime() - read) / 1_000_000);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Loads one chain; returns {assignments, edges}. */
	int[] load(Chain chain, List<EnterpriseView> demo) {
		Random random = new Random(seed * 31 + chain.code().hashCode());
		OffsetDateTime now = OffsetDateTime.now();
		List<ChainNode> nodes = browsing.currentNodes(chain);
		Map<String, List<Assignment>> onNode = new LinkedHashMap<>();
		Map<String, EnterpriseView> byUscc = new HashMap<>();
		java.util.Set<String> existing = new java.util.HashSet<>(assignments.keysOf(chain.code()));
		List<Assignment> all = new ArrayList<>();
		for (ChainNode node : nodes) {
			List<Assignment> list = new ArrayList<>();
			for (EnterpriseView e : demo) {
				if (list.size() >= PER_NODE || !node.industryCodes().contains(e.industryCode())
						|| existing.contains(node.code() + "/" + e.uscc())) {
					continue;
				}
				Region r = regions.find(e.divisionCode()).orElse(null);
				if (r == null) {
					continue;
				}
				Assignment a = new Assignment(chain.code(), node.code(), e.uscc(), e.name(), e.industryCode(),
						e.divisionCode(), r.path(), e.latitude(), e.longitude(), "演示数据：GB/T 4754 " + e.industryCode(),
						now);
				a.confirm("demo", now);
				list.add(a);
				byUscc.put(e.uscc(), e);
			}
			all.addAll(list);
			onNode.put(node.code(), list);
		}
		int placed = all.size();
		// lead firms: the largest confirmed enterprises of the mid- and downstream nodes
		List<Assignment> candidates = new ArrayList<>();
		for (ChainNode node : nodes) {
			if (!"上游".equals(node.segment())) {
				candidates.addAll(onNode.get(node.code()));
			}
		}
		candidates.sort(Comparator.comparing(
				(Assignment a) -> -(byUscc.get(a.uscc()).employees() == null ? 0 : byUscc.get(a.uscc()).employees()))
			.thenComparing(Assignment::uscc));
		List<Assignment> leads = new ArrayList<>();
		for (Assignment a : candidates) {
			if (leads.size() < LEADS && leads.stream().noneMatch(l -> l.uscc().equals(a.uscc()))) {
				a.markLeadFirm(true, "demo", now);
				leads.add(a);
			}
		}
		assignments.saveAll(all);
		double share = LOCAL_SHARE.getOrDefault(chain.code(), 0.5);
		List<SupplyEdge> planned = new ArrayList<>();
		int written = 0;
		int ref = 0;
		for (Assignment lead : leads) {
			EnterpriseView buyer = byUscc.get(lead.uscc());
			SupplyEdge.Party b = new SupplyEdge.Party(buyer.uscc(), buyer.name(), buyer.divisionCode(),
					lead.divisionPath(), null);
			for (ChainNode node : nodes) {
				if ("下游".equals(node.segment()) || node.code().equals(lead.nodeCode())) {
					continue;
				}
				List<Assignment> local = onNode.get(node.code())
					.stream()
					.filter(a -> !a.uscc().equals(buyer.uscc()))
					.toList();
				// a lead firm buys more where the area has suppliers
				int count = local.isEmpty() ? 1 : 1 + random.nextInt(4);
				for (int i = 0; i < count; i++) {
					SupplyEdge.Party supplier;
					if (!local.isEmpty() && random.nextDouble() < share) {
						Assignment s = local.get(random.nextInt(local.size()));
						EnterpriseView e = byUscc.get(s.uscc());
						supplier = new SupplyEdge.Party(e.uscc(), e.name(), e.divisionCode(), s.divisionPath(), null);
					}
					else {
						String place = OUTSIDE.get(random.nextInt(OUTSIDE.size()));
						supplier = new SupplyEdge.Party(null,
								place.replaceAll("^.*省", "").replace("市", "") + node.name() + "供应商（演示）", null, null,
								place);
					}
					ValueBand band = ValueBand.values()[Math.min(ValueBand.values().length - 1,
							(int) Math.floor(Math.abs(random.nextGaussian()) * 1.6))];
					planned.add(new SupplyEdge(chain.code(), node.code(), supplier, b, band, SupplyEdge.Provenance.DEMO,
							"demo:" + chain.code() + ":" + (++ref), "demo", now));
					written++;
				}
			}
		}
		edges.saveAll(planned);
		audit.record("chain.demo", "chain", chain.code(), null,
				Map.of("enterprisesOnNodes", placed, "leadFirms", leads.size(), "supplyEdges", written));
		return new int[] { placed, written };
	}

}
