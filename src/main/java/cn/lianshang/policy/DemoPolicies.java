package cn.lianshang.policy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the demo policies (the files of {@link #RESOURCES}, one per city, the
 * metropolitan area and the 沈抚示范区; every policy marked 演示 with a fictional document
 * number) when demo data is enabled and there is no policy yet. Each is created and
 * published through {@link PublishingPolicy}, so its clause tree is validated and its
 * golden cases run exactly as for a policy officer's: a demo policy whose golden case
 * fails stops the load.
 * <p>
 * A golden case in these files may also say why it comes out as it does:
 * {@code failingArticle} (the article whose clause an ineligible case fails) and
 * {@code missingFacts} (the fact keys an unknown case lacks). The tests check them
 * against the trace; they are not part of a policy and are dropped on loading.
 */
@Component
@ConditionalOnProperty(name = "lianshang.demo.enabled", havingValue = "true")
class DemoPolicies implements ApplicationRunner {

	static final List<String> RESOURCES = List.of("policy/demo/metro.json", "policy/demo/shenyang.json",
			"policy/demo/shenyang-counties.json", "policy/demo/anshan.json", "policy/demo/fushun.json",
			"policy/demo/benxi.json", "policy/demo/fuxin.json", "policy/demo/liaoyang.json", "policy/demo/tieling.json",
			"policy/demo/sfz.json");

	static final String FAILING_ARTICLE = "failingArticle";

	static final String MISSING_FACTS = "missingFacts";

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
		long start = System.nanoTime();
		int n = load();
		log.info("loaded {} demo policies in {} ms", n, (System.nanoTime() - start) / 1_000_000);
	}

	/** Creates and publishes every demo policy in one transaction; all or nothing. */
	int load() {
		return load(read(mapper));
	}

	/**
	 * Creates and publishes these drafts in one transaction; a failing golden case rolls
	 * all of them back.
	 */
	int load(List<PolicyDraft> drafts) {
		return transactions.execute(status -> {
			for (PolicyDraft d : drafts) {
				PolicyViews.Detail created = publishing.create(d, PublishingPolicy.Reach.EVERYWHERE, true);
				publishing.publish(created.id(), PublishingPolicy.Reach.EVERYWHERE);
			}
			return drafts.size();
		});
	}

	/** Every demo policy as a draft, in file order. */
	static List<PolicyDraft> read(ObjectMapper mapper) {
		return readAll(mapper).stream().map(Demo::draft).toList();
	}

	/** Why a golden case comes out as it does, as the demo file states it. */
	record Expectation(String name, Integer failingArticle, List<String> missingFacts) {

	}

	/** One demo policy: the file it comes from, the draft, and its cases' reasons. */
	record Demo(String resource, PolicyDraft draft, List<Expectation> expectations) {

	}

	static List<Demo> readAll(ObjectMapper mapper) {
		List<Demo> out = new ArrayList<>();
		for (String resource : RESOURCES) {
			JsonNode root;
			try (InputStream in = new ClassPathResource(resource).getInputStream()) {
				root = mapper.readTree(in);
			}
			catch (IOException e) {
				throw new IllegalStateException("cannot read " + resource, e);
			}
			for (JsonNode policy : root) {
				List<Expectation> expectations = new ArrayList<>();
				for (JsonNode c : policy.path("goldenCases")) {
					ObjectNode o = (ObjectNode) c;
					JsonNode failing = o.remove(FAILING_ARTICLE);
					JsonNode missing = o.remove(MISSING_FACTS);
					List<String> keys = new ArrayList<>();
					if (missing != null) {
						missing.forEach(k -> keys.add(k.asText()));
					}
					expectations.add(new Expectation(o.path("name").asText(),
							failing == null || failing.isNull() ? null : failing.asInt(), List.copyOf(keys)));
				}
				try {
					out.add(new Demo(resource, mapper.treeToValue(policy, PolicyDraft.class), expectations));
				}
				catch (IOException e) {
					throw new IllegalStateException(
							"cannot read demo policy " + policy.path("documentNumber").asText() + " in " + resource, e);
				}
			}
		}
		return out;
	}

}
