package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.policy.model.Clause;
import cn.lianshang.policy.model.Eligibility;
import cn.lianshang.policy.model.Evaluation;

/**
 * The demo policies: every golden case holds, and loading publishes them through the
 * normal path.
 */
@SpringBootTest
@Tag("database")
class DemoPolicyTests {

	@Autowired
	FactSources facts;

	@Autowired
	ClauseJson json;

	@Autowired
	PublishingPolicy publishing;

	@Autowired
	Policies policies;

	@Autowired
	TransactionTemplate transactions;

	static List<PolicyDraft> demo() {
		return DemoPolicies.read(ClauseJson.strictMapper());
	}

	static Stream<Arguments> goldenCases() {
		return demo().stream()
			.flatMap(p -> p.goldenCases().stream().map(c -> Arguments.of(p.documentNumber() + " " + c.name(), p, c)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldenCases")
	void everyGoldenCaseOfEveryDemoPolicyHolds(String name, PolicyDraft policy, PolicyDraft.GoldenCaseDraft c) {
		assertThat(facts.check(c.facts(), "facts")).isEmpty();
		Clause clause = json.parse(policy.eligibility(), "eligibility").clause();
		LocalDate on = c.on() != null ? c.on() : policy.effectiveFrom();
		Evaluation e = Eligibility.evaluate(clause, facts.of(c.facts()), on, facts.names());
		assertThat(e.outcome().decision()).as(e.trace().toString()).isEqualTo(c.expected());
	}

	@Test
	void theDemoSetIsLargeEnoughAndMarkedAsDemo() {
		List<PolicyDraft> demo = demo();
		assertThat(demo).hasSizeGreaterThanOrEqualTo(12);
		assertThat(demo).allSatisfy(p -> {
			assertThat(p.documentNumber()).startsWith("演示〔2026〕");
			assertThat(p.title()).contains("演示");
			assertThat(p.goldenCases()).hasSizeBetween(2, 4);
			assertThat(p.goldenCases().stream().map(PolicyDraft.GoldenCaseDraft::expected).distinct())
				.as("%s covers more than one outcome", p.title())
				.hasSizeGreaterThan(1);
		});
		assertThat(demo).extracting(PolicyDraft::regionScope).contains("SFZ", "METRO", "210124");
		assertThat(demo).extracting(PolicyDraft::howToClaim).contains(HowToClaim.AUTOMATIC);
	}

	@Test
	void everyDemoPolicyIsAValidDraft() {
		for (PolicyDraft d : demo()) {
			assertThatNoException().as(d.title()).isThrownBy(() -> publishing.validate(d));
		}
	}

	@Test
	void loadingCreatesAndPublishesThemAll() {
		long before = policies.count();
		int loaded = new DemoPolicies(policies, publishing, transactions, json).load();
		assertThat(loaded).isEqualTo(demo().size());
		assertThat(policies.count()).isEqualTo(before + loaded);
		List<Policy> published = transactions
			.execute(s -> policies.findInForce(LocalDate.of(2026, 6, 1)).stream().filter(Policy::demo).toList());
		assertThat(published).hasSizeGreaterThanOrEqualTo(loaded);
		assertThat(published).allSatisfy(p -> assertThat(p.status()).isEqualTo(PolicyStatus.PUBLISHED));
	}

}
