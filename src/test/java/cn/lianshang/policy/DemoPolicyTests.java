package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.policy.model.Articles;
import cn.lianshang.policy.model.Clause;
import cn.lianshang.policy.model.Eligibility;
import cn.lianshang.policy.model.Evaluation;
import cn.lianshang.policy.model.Fact;
import cn.lianshang.policy.model.Outcome;
import cn.lianshang.policy.model.TraceEntry;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.ConflictException;

/**
 * The demo policies: every golden case of every one holds, with the reason it states (the
 * failing clause's article, the missing facts); the set is large, marked as demo and
 * covers the area; loading publishes them through the normal path, whose golden-case
 * guard also stops a broken demo policy.
 */
@SpringBootTest
class DemoPolicyTests {

	/** The least number of demo policies (seed 000: 114 policies published). */
	static final int AT_LEAST = 114;

	/**
	 * The least number of demo policies of each city and of the zone, its counties' and
	 * townships' included (the metropolitan area's own policies count for none).
	 */
	static final int AT_LEAST_PER_UNIT = 7;

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

	@Autowired
	Regions regions;

	static List<DemoPolicies.Demo> demos() {
		return DemoPolicies.readAll(ClauseJson.strictMapper());
	}

	static List<PolicyDraft> demo() {
		return demos().stream().map(DemoPolicies.Demo::draft).toList();
	}

	static Stream<Arguments> goldenCases() {
		return demos().stream()
			.flatMap(d -> IntStream.range(0, d.draft().goldenCases().size())
				.mapToObj(i -> Arguments.of(d.draft().documentNumber() + " " + d.draft().goldenCases().get(i).name(),
						d.draft(), d.draft().goldenCases().get(i), d.expectations().get(i))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldenCases")
	void everyGoldenCaseOfEveryDemoPolicyHoldsForTheReasonItStates(String name, PolicyDraft policy,
			PolicyDraft.GoldenCaseDraft c, DemoPolicies.Expectation why) {
		assertThat(facts.check(c.facts(), "facts")).isEmpty();
		Clause clause = json.parse(policy.eligibility(), "eligibility").clause();
		LocalDate on = c.on() != null ? c.on() : policy.effectiveFrom();
		Evaluation e = Eligibility.evaluate(clause, facts.of(c.facts()), on, facts.names());
		assertThat(e.outcome().decision()).as(e.trace().toString()).isEqualTo(c.expected());
		assertThat(why.name()).isEqualTo(c.name());
		Set<String> failing = e.trace()
			.stream()
			.filter(t -> t.outcome() == Outcome.FAIL)
			.map(TraceEntry::article)
			.collect(Collectors.toSet());
		Set<String> missing = e.missingFacts().stream().map(Fact::key).collect(Collectors.toSet());
		switch (e.outcome()) {
			case PASS -> {
				assertThat(why.failingArticle()).isNull();
				assertThat(why.missingFacts()).isEmpty();
				assertThat(missing).isEmpty();
			}
			case FAIL -> {
				assertThat(why.failingArticle()).as("an ineligible case names the article it fails").isNotNull();
				assertThat(failing).as(e.trace().toString()).contains(Articles.label(why.failingArticle()));
				assertThat(why.missingFacts()).isEmpty();
			}
			case UNKNOWN -> {
				assertThat(why.missingFacts()).as("an unknown case names the facts it lacks").isNotEmpty();
				assertThat(missing).as(e.trace().toString()).isEqualTo(Set.copyOf(why.missingFacts()));
				assertThat(why.failingArticle()).isNull();
			}
		}
	}

	@Test
	void theDemoSetIsLargeEnoughMarkedAsDemoAndEachHasTheThreeOutcomes() {
		List<PolicyDraft> demo = demo();
		assertThat(demo).hasSizeGreaterThanOrEqualTo(AT_LEAST);
		assertThat(demo).extracting(PolicyDraft::documentNumber).doesNotHaveDuplicates();
		assertThat(demo).extracting(PolicyDraft::title).doesNotHaveDuplicates();
		assertThat(demo).allSatisfy(p -> {
			assertThat(p.documentNumber()).matches("演示·\\S+〔20\\d\\d〕\\d+号");
			assertThat(p.title()).contains("演示");
			assertThat(p.issuer()).contains("演示");
			assertThat(p.articles().get(0).text()).contains("演示数据");
			assertThat(p.benefitAmount()).isNotBlank();
			assertThat(p.goldenCases()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(p.goldenCases().stream().map(PolicyDraft.GoldenCaseDraft::expected).collect(Collectors.toSet()))
				.as("%s has an eligible, an ineligible and an unknown case", p.title())
				.containsExactlyInAnyOrder("eligible", "ineligible", "unknown");
		});
		assertThat(demo).extracting(PolicyDraft::howToClaim).contains(HowToClaim.AUTOMATIC, HowToClaim.APPLY);
		assertThat(demo).extracting(PolicyDraft::benefitKind)
			.contains(BenefitKind.SUBSIDY, BenefitKind.LOAN_INTEREST, BenefitKind.TAX_RELIEF, BenefitKind.TALENT,
					BenefitKind.EMPLOYMENT);
	}

	@Test
	void everyCityAndTheZoneHasAtLeastSevenDemoPoliciesOfItsOwn() {
		Map<String, Long> perUnit = new TreeMap<>();
		for (PolicyDraft d : demo()) {
			if (PublishingPolicy.METRO.equals(d.regionScope())) {
				continue;
			}
			String unit = regions.lineage(d.regionScope())
				.stream()
				.filter(r -> r != null && r.level().isTop())
				.map(Region::code)
				.findFirst()
				.orElse(null);
			assertThat(unit).as("%s lies in a city or the zone", d.title()).isNotNull();
			perUnit.merge(unit, 1L, Long::sum);
		}
		List<Region> units = regions.topLevel();
		assertThat(units).extracting(Region::code)
			.containsExactlyInAnyOrder("210100", "210300", "210400", "210500", "210900", "211000", "211200", "SFZ");
		assertThat(units).allSatisfy(u -> assertThat(perUnit.getOrDefault(u.code(), 0L)).as("%s %s", u.name(), perUnit)
			.isGreaterThanOrEqualTo(AT_LEAST_PER_UNIT));
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

	@Test
	void aDemoPolicyWhoseGoldenCaseFailsStopsTheLoadAndNothingIsKept() {
		PolicyDraft good = demo().get(1);
		List<PolicyDraft.GoldenCaseDraft> cases = new ArrayList<>(good.goldenCases());
		PolicyDraft.GoldenCaseDraft first = cases.get(0);
		String wrong = "unknown".equals(first.expected()) ? "eligible" : "unknown";
		cases.set(0, new PolicyDraft.GoldenCaseDraft(first.name(), first.facts(), wrong, first.on()));
		PolicyDraft broken = new PolicyDraft(good.title() + "（损坏的副本）", good.issuer(), good.documentNumber(),
				good.issueDate(), good.effectiveFrom(), good.effectiveTo(), good.regionScope(), good.howToClaim(),
				good.benefitKind(), good.benefitAmount(), good.contact(), good.articles(), good.eligibility(), cases);
		long before = policies.count();
		DemoPolicies loader = new DemoPolicies(policies, publishing, transactions, json);
		assertThatThrownBy(() -> loader.load(List.of(demo().get(0), broken))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("policy.golden-case.failed");
		assertThat(policies.count()).isEqualTo(before);
	}

}
