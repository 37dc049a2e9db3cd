package cn.lianshang.chain;

import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.access.AuditLog;

/**
 * On every start, demo or not: adds the reference chains of {@link ReferenceChains} that
 * the database does not hold yet, each as its version 1 (audited as {@code system}).
 * Chains already there are left alone, so edits by chain officers survive a restart.
 */
@Component
@Order(-5)
class ChainReferenceData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ChainReferenceData.class);

	private final Chains chains;

	private final ChainVersions versions;

	private final ChainNodes nodes;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	ChainReferenceData(Chains chains, ChainVersions versions, ChainNodes nodes, AuditLog audit,
			TransactionTemplate tx) {
		this.chains = chains;
		this.versions = versions;
		this.nodes = nodes;
		this.audit = audit;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		ReferenceChains reference = ReferenceChains.load();
		int added = tx.execute(s -> load(reference));
		if (added > 0) {
			log.info("Chain reference data: {} chains added", added);
		}
	}

	int load(ReferenceChains reference) {
		int added = 0;
		int order = 0;
		OffsetDateTime now = OffsetDateTime.now();
		for (ReferenceChains.ChainRow row : reference.chains()) {
			order++;
			if (chains.existsById(row.code())) {
				continue;
			}
			chains.save(new Chain(row.code(), row.name(), row.nameEn(), row.group(), order));
			versions.save(new ChainVersion(row.code(), 1, "reference data chain/nodes.csv", "system", now));
			List<NodeSpec> specs = reference.nodesOf(row.code());
			for (int i = 0; i < specs.size(); i++) {
				nodes.save(new ChainNode(row.code(), 1, i, specs.get(i)));
			}
			audit.recordAs("system", "chain.reference", "chain", row.code(), null, specs.size() + " nodes");
			added++;
		}
		return added;
	}

}
