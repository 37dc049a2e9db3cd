package cn.lianshang.policy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the demo policies ({@code policy/demo-policies.json}, every one marked 演示) when
 * demo data is enabled and there is no policy yet. Each is created and published through
 * {@link PublishingPolicy}, so its clause tree is validated and its golden cases run
 * exactly as for a policy officer's.
 */
@Component
@ConditionalOnProperty(name = "lianshang.demo.enabled", havingValue = "true")
class DemoPolicies implements ApplicationRunner {

	static final String RESOURCE = "policy/demo-policies.json";

	private static final Logger log = LoggerFactory.getLogger(DemoPolicies.class);

	private final Policies policies;

	private final PublishingPolicy publishing;

	private final TransactionTemplate transactions;

	private final ObjectMapper mapper;

	DemoPolicies(Policies policies, PublishingPolicy publishing, TransactionTemplate transactions, ClauseJson json) {
		this.policies = policies;
		this.publishing = publishing;
		this.transactions = transactions;
		this.mapper = json.mapper();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (policies.count() > 0) {
			return;
		}
		int n = load();
		log.info("loaded {} demo policies", n);
	}

	/** Creates and publishes every demo policy in one transaction; all or nothing. */
	int load() {
		List<PolicyDraft> drafts = read(mapper);
		return transactions.execute(status -> {
			for (PolicyDraft d : drafts) {
				PolicyViews.Detail created = publishing.create(d, PublishingPolicy.Reach.EVERYWHERE, true);
				publishing.publish(created.id(), PublishingPolicy.Reach.EVERYWHERE);
			}
			return drafts.size();
		});
	}

	static List<PolicyDraft> read(ObjectMapper mapper) {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return mapper.readValue(in, new TypeReference<List<PolicyDraft>>() {
			});
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read " + RESOURCE, e);
		}
	}

}
