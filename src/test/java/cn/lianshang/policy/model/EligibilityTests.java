package cn.lianshang.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import cn.lianshang.policy.model.Clause.AgeYears;
import cn.lianshang.policy.model.Clause.All;
import cn.lianshang.policy.model.Clause.Any;
import cn.lianshang.policy.model.Clause.CreditGood;
import cn.lianshang.policy.model.Clause.DivisionIn;
import cn.lianshang.policy.model.Clause.EmployeesBetween;
import cn.lianshang.policy.model.Clause.FirstSetRecognized;
import cn.lianshang.policy.model.Clause.FoundedBetween;
import cn.lianshang.policy.model.Clause.GraduateHiresAtLeast;
import cn.lianshang.policy.model.Clause.IndustryUnder;
import cn.lianshang.policy.model.Clause.Not;
import cn.lianshang.policy.model.Clause.QualificationHeld;
import cn.lianshang.policy.model.Clause.RdShareAtLeast;
import cn.lianshang.policy.model.Clause.RevenueBetween;
import cn.lianshang.policy.model.Clause.ScaleIs;
import cn.lianshang.policy.model.Clause.SmartManufacturingAtLeast;

class EligibilityTests {

	static final LocalDate ON = LocalDate.of(2026, 6, 1);

	/**
	 * A manufacturer in 铁西区, 沈阳 (metal-cutting machine tools), with everything the
	 * registry holds.
	 */
	static final EnterpriseFacts MACHINE_TOOLS = EnterpriseFacts.none()
		.withDivisionPath("210100/210106/")
		.withIndustryPath("C/34/342/3421/")
		.withSize(CompanySize.ABOVE)
		.withEmployees(120)
		.withRevenue(new RevenueRange(2_000, 10_000))
		.withFoundedOn(LocalDate.of(2015, 3, 1))
		.withQualifications(Set.of("HNTE", "SRDI_SME"));

	static final EnterpriseFacts EVERYTHING = MACHINE_TOOLS.withSeriousDishonesty(false)
		.withRdSharePercent(new BigDecimal("4.2"))
		.withGraduateHires(3)
		.withFirstSet(true)
		.withSmartManufacturing(SmartManufacturing.DIGITAL_WORKSHOP);

	static Outcome outcome(Clause c, EnterpriseFacts f) {
		return Eligibility.evaluate(c, f, ON).outcome();
	}

	/**
	 * Each leaf type: a clause, facts that pass it, facts that fail it; unknown is
	 * checked with nothing known.
	 */
	static Stream<Arguments> leaves() {
		return Stream.of(
				Arguments.of(new DivisionIn(List.of("210100"), 2), EVERYTHING,
						EVERYTHING.withDivisionPath("210300/210302/")),
				Arguments.of(new DivisionIn(List.of("210106"), 2), EVERYTHING,
						EVERYTHING.withDivisionPath("210100/210112/")),
				Arguments.of(new IndustryUnder(List.of("C"), 3), EVERYTHING,
						EVERYTHING.withIndustryPath("I/65/651/6513/")),
				Arguments.of(new IndustryUnder(List.of("342"), 3), EVERYTHING,
						EVERYTHING.withIndustryPath("C/34/343/3432/")),
				Arguments.of(new IndustryUnder(List.of("C3421"), 3), EVERYTHING,
						EVERYTHING.withIndustryPath("C/34/343/3432/")),
				Arguments.of(new ScaleIs(CompanySize.ABOVE, 2), EVERYTHING, EVERYTHING.withSize(CompanySize.BELOW)),
				Arguments.of(new EmployeesBetween(10, 300, 2), EVERYTHING, EVERYTHING.withEmployees(301)),
				Arguments.of(new EmployeesBetween(null, 120, 2), EVERYTHING, EVERYTHING.withEmployees(121)),
				Arguments.of(new RevenueBetween(2_000L, null, 4), EVERYTHING,
						EVERYTHING.withRevenue(new RevenueRange(500, 2_000))),
				Arguments.of(new FoundedBetween(null, LocalDate.of(2020, 1, 1), 3), EVERYTHING,
						EVERYTHING.withFoundedOn(LocalDate.of(2020, 1, 2))),
				Arguments.of(new FoundedBetween(LocalDate.of(2015, 3, 1), null, 3), EVERYTHING,
						EVERYTHING.withFoundedOn(LocalDate.of(2015, 2, 28))),
				Arguments.of(new AgeYears(3, null, 3), EVERYTHING, EVERYTHING.withFoundedOn(LocalDate.of(2023, 6, 2))),
				Arguments.of(new AgeYears(null, 3, 3), EVERYTHING.withFoundedOn(LocalDate.of(2023, 6, 1)),
						EVERYTHING.withFoundedOn(LocalDate.of(2022, 6, 1))),
				Arguments.of(new QualificationHeld(List.of("LITTLE_GIANT", "SRDI_SME"), 3), EVERYTHING,
						EVERYTHING.withQualifications(Set.of("HNTE"))),
				Arguments.of(new CreditGood(5), EVERYTHING, EVERYTHING.withSeriousDishonesty(true)),
				Arguments.of(new RdShareAtLeast(new BigDecimal("3"), 4), EVERYTHING,
						EVERYTHING.withRdSharePercent(new BigDecimal("2.99"))),
				Arguments.of(new GraduateHiresAtLeast(3, 3), EVERYTHING, EVERYTHING.withGraduateHires(2)),
				Arguments.of(new FirstSetRecognized(4), EVERYTHING, EVERYTHING.withFirstSet(false)),
				Arguments.of(new SmartManufacturingAtLeast(SmartManufacturing.DIGITAL_WORKSHOP, 3), EVERYTHING,
						EVERYTHING.withSmartManufacturing(SmartManufacturing.NONE)),
				Arguments.of(new SmartManufacturingAtLeast(SmartManufacturing.SMART_FACTORY, 3),
						EVERYTHING.withSmartManufacturing(SmartManufacturing.SMART_FACTORY), EVERYTHING));
	}

	@ParameterizedTest
	@MethodSource("leaves")
	void everyLeafPassesFailsAndIsUnknownWithoutItsFact(Clause.Leaf leaf, EnterpriseFacts passing,
			EnterpriseFacts failing) {
		assertThat(outcome(leaf, passing)).isEqualTo(Outcome.PASS);
		assertThat(outcome(leaf, failing)).isEqualTo(Outcome.FAIL);
		Evaluation unknown = Eligibility.evaluate(leaf, EnterpriseFacts.none(), ON);
		assertThat(unknown.outcome()).isEqualTo(Outcome.UNKNOWN);
		TraceEntry t = unknown.trace().get(0);
		assertThat(t.factsMissing()).containsExactly(leaf.fact().key());
		assertThat(t.heldBy()).isEqualTo(leaf.fact().heldBy());
		assertThat(t.sentence()).contains("未能确认" + leaf.fact().label()).contains(leaf.fact().heldBy());
	}

	@Test
	void aMissingFactIsNeverTakenAsFalseOrZero() {
		// "at most 300 employees" would pass with 0; "no dishonesty record" would pass
		// with false
		assertThat(outcome(new EmployeesBetween(null, 300, 2), MACHINE_TOOLS.withEmployees(null)))
			.isEqualTo(Outcome.UNKNOWN);
		assertThat(outcome(new CreditGood(4), MACHINE_TOOLS)).isEqualTo(Outcome.UNKNOWN);
		assertThat(outcome(new Not(new FirstSetRecognized(4)), MACHINE_TOOLS)).isEqualTo(Outcome.UNKNOWN);
		assertThat(outcome(new Not(new QualificationHeld(List.of("HNTE"), 2)), MACHINE_TOOLS.withQualifications(null)))
			.isEqualTo(Outcome.UNKNOWN);
		// an empty set of qualifications is a known fact: none held
		assertThat(outcome(new QualificationHeld(List.of("HNTE"), 2), MACHINE_TOOLS.withQualifications(Set.of())))
			.isEqualTo(Outcome.FAIL);
	}

	@Nested
	class RevenueBands {

		@ParameterizedTest(name = "band [{0}, {1}) against [{2}, {3}] → {4}")
		@CsvSource(nullValues = "-",
				value = { "2000, 10000, 2000, -, PASS", "2000, 10000, 10000, -, FAIL", "2000, 10000, 5000, -, UNKNOWN",
						"10000, 40000, 20000, -, UNKNOWN", "500, 2000, -, 1999, PASS", "500, 2000, -, 1000, UNKNOWN",
						"500, 2000, -, 499, FAIL", "40000, 9223372036854775807, 20000, -, PASS",
						"40000, 9223372036854775807, -, 100000, UNKNOWN", "100, 500, 100, 499, PASS" })
		void aBandIsDecidedOnlyWhenItLiesWhollyInsideOrOutside(long from, long to, Long min, Long max,
				Outcome expected) {
			Evaluation e = Eligibility.evaluate(new RevenueBetween(min, max, 4),
					EnterpriseFacts.none().withRevenue(new RevenueRange(from, to)), ON);
			assertThat(e.outcome()).isEqualTo(expected);
		}

		@Test
		void aStraddlingBandSaysSoInTheTrace() {
			Evaluation e = Eligibility.evaluate(new RevenueBetween(20_000L, null, 4),
					EnterpriseFacts.none().withRevenue(new RevenueRange(10_000, 40_000)), ON);
			TraceEntry t = e.trace().get(0);
			assertThat(t.outcome()).isEqualTo(Outcome.UNKNOWN);
			assertThat(t.sentence()).contains("跨越").contains("10000–40000万元").contains("第四条");
			assertThat(t.factsUsed()).containsExactly("revenue=10000..40000");
			assertThat(t.factsMissing()).containsExactly("revenue");
		}

		@Test
		void anExactFigureDecides() {
			assertThat(outcome(new RevenueBetween(20_000L, null, 4),
					EnterpriseFacts.none().withRevenue(RevenueRange.exactly(20_000))))
				.isEqualTo(Outcome.PASS);
			assertThat(outcome(new RevenueBetween(20_000L, null, 4),
					EnterpriseFacts.none().withRevenue(RevenueRange.exactly(19_999))))
				.isEqualTo(Outcome.FAIL);
		}

	}

	@Nested
	class Kleene {

		static final Clause PASS = new ScaleIs(CompanySize.ABOVE, 1);

		static final Clause FAIL = new ScaleIs(CompanySize.BELOW, 1);

		static final Clause UNKNOWN = new CreditGood(1);

		static Clause of(Outcome o) {
			return switch (o) {
				case PASS -> PASS;
				case FAIL -> FAIL;
				case UNKNOWN -> UNKNOWN;
			};
		}

		@ParameterizedTest(name = "{0} ∧ {1} = {2}; {0} ∨ {1} = {3}")
		@CsvSource({ "PASS, PASS, PASS, PASS", "PASS, FAIL, FAIL, PASS", "PASS, UNKNOWN, UNKNOWN, PASS",
				"FAIL, FAIL, FAIL, FAIL", "FAIL, UNKNOWN, FAIL, UNKNOWN", "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN",
				"FAIL, PASS, FAIL, PASS", "UNKNOWN, PASS, UNKNOWN, PASS", "UNKNOWN, FAIL, FAIL, UNKNOWN" })
		void allAndAnyFollowKleeneLogic(Outcome a, Outcome b, Outcome and, Outcome or) {
			assertThat(outcome(All.of(of(a), of(b)), MACHINE_TOOLS)).isEqualTo(and);
			assertThat(outcome(Any.of(of(a), of(b)), MACHINE_TOOLS)).isEqualTo(or);
		}

		@ParameterizedTest
		@CsvSource({ "PASS, FAIL", "FAIL, PASS", "UNKNOWN, UNKNOWN" })
		void notSwapsPassAndFailAndKeepsUnknown(Outcome a, Outcome negated) {
			assertThat(outcome(new Not(of(a)), MACHINE_TOOLS)).isEqualTo(negated);
			assertThat(outcome(new Not(new Not(of(a))), MACHINE_TOOLS)).isEqualTo(a);
		}

		@Test
		void everyLeafIsTracedEvenAfterTheOutcomeIsDecided() {
			Evaluation e = Eligibility.evaluate(All.of(FAIL, UNKNOWN, PASS), MACHINE_TOOLS, ON);
			assertThat(e.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(e.trace()).extracting(TraceEntry::outcome)
				.containsExactly(Outcome.FAIL, Outcome.UNKNOWN, Outcome.PASS);
		}

	}

	@Nested
	class Traces {

		@Test
		void sentencesReadAsPlainChinese() {
			Clause tree = All.of(new ScaleIs(CompanySize.ABOVE, 3), new RdShareAtLeast(new BigDecimal("3"), 4));
			Evaluation e = Eligibility.evaluate(tree, MACHINE_TOOLS, ON);
			assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
			assertThat(e.trace().get(0).sentence()).isEqualTo("企业规模为规上企业，符合第三条要求");
			assertThat(e.trace().get(1).sentence()).isEqualTo("未能确认研发投入占营业收入比例（需由税务部门/统计部门提供），第四条要求：研发投入占营业收入比例 ≥ 3%");
			assertThat(e.trace().get(0).factsUsed()).containsExactly("scale=ABOVE");
			assertThat(e.missingFacts()).containsExactly(Fact.RD_SHARE);
		}

		@Test
		void aSingleFailingLeafIsANearMiss() {
			Clause tree = All.of(new ScaleIs(CompanySize.ABOVE, 3), new RdShareAtLeast(new BigDecimal("3"), 4));
			Evaluation e = Eligibility.evaluate(tree, MACHINE_TOOLS.withRdSharePercent(new BigDecimal("2.5")), ON);
			assertThat(e.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(e.nearMiss()).hasValue("差一项：研发投入占营业收入比例 ≥ 3%（第四条）");
			assertThat(e.trace().get(1).sentence()).contains("研发投入占营业收入比例为2.5%，不符合第四条要求");
		}

		@Test
		void twoFailuresOrAnUnknownAreNoNearMiss() {
			Clause tree = All.of(new ScaleIs(CompanySize.BELOW, 3), new RdShareAtLeast(new BigDecimal("3"), 4),
					new CreditGood(5));
			EnterpriseFacts lowRd = MACHINE_TOOLS.withRdSharePercent(new BigDecimal("2.5"));
			assertThat(Eligibility.evaluate(tree, lowRd.withSeriousDishonesty(false), ON).nearMiss()).isEmpty();
			Clause one = All.of(new ScaleIs(CompanySize.BELOW, 3), new CreditGood(5));
			Evaluation withUnknown = Eligibility.evaluate(one, MACHINE_TOOLS, ON);
			assertThat(withUnknown.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(withUnknown.nearMiss()).isEmpty();
			assertThat(Eligibility.evaluate(one, MACHINE_TOOLS.withSeriousDishonesty(false), ON).nearMiss())
				.hasValue("差一项：企业规模为规下企业（第三条）");
		}

		@Test
		void anExclusionIsTracedAsItsContributionToEligibility() {
			Clause tree = All.of(new QualificationHeld(List.of("TSME"), 2),
					new Not(new IndustryUnder(List.of("F", "H"), 3)));
			EnterpriseFacts wholesaler = EnterpriseFacts.none()
				.withIndustryPath("F/51/516/5165/")
				.withQualifications(Set.of("TSME"));
			Evaluation e = Eligibility.evaluate(tree, wholesaler, ON);
			assertThat(e.outcome()).isEqualTo(Outcome.FAIL);
			TraceEntry t = e.trace().get(1);
			assertThat(t.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(t.negated()).isTrue();
			assertThat(t.sentence()).contains("属于第三条排除的情形");
			assertThat(e.nearMiss()).hasValueSatisfying(s -> assertThat(s).startsWith("差一项：不属于"));
			assertThat(Eligibility.evaluate(tree, wholesaler.withIndustryPath("C/34/342/3421/"), ON).outcome())
				.isEqualTo(Outcome.PASS);
		}

		@Test
		void ageIsCountedAtTheDateOfEvaluation() {
			Clause atLeastThree = new AgeYears(3, null, 2);
			EnterpriseFacts founded = EnterpriseFacts.none().withFoundedOn(LocalDate.of(2023, 6, 2));
			assertThat(Eligibility.evaluate(atLeastThree, founded, LocalDate.of(2026, 6, 1)).outcome())
				.isEqualTo(Outcome.FAIL);
			assertThat(Eligibility.evaluate(atLeastThree, founded, LocalDate.of(2026, 6, 2)).outcome())
				.isEqualTo(Outcome.PASS);
		}

	}

	@Test
	void articlesReadInChineseNumerals() {
		assertThat(Articles.label(1)).isEqualTo("第一条");
		assertThat(Articles.label(10)).isEqualTo("第十条");
		assertThat(Articles.label(12)).isEqualTo("第十二条");
		assertThat(Articles.label(20)).isEqualTo("第二十条");
		assertThat(Articles.label(35)).isEqualTo("第三十五条");
	}

	/**
	 * The outcome without a trace (the push's) and the leaves' outcomes without their
	 * sentences agree with the full evaluation on random trees and facts, including
	 * partial codes that must not match a longer segment.
	 */
	@Test
	void theOutcomeWithoutATraceIsTheFullEvaluationsOutcome() {
		java.util.Random random = new java.util.Random(11);
		int[] seen = new int[3];
		for (int t = 0; t < 300; t++) {
			Clause tree = t % 10 == 0
					? Any.of(new DivisionIn(List.of("2101", "21010"), 2),
							new IndustryUnder(List.of("C3", " C34 ", "342"), 3))
					: FactColumnsTests.randomTree(random, 3);
			for (int i = 0; i < 200; i++) {
				EnterpriseFacts f = FactColumnsTests.randomFacts(random);
				Evaluation full = Eligibility.evaluate(tree, f, ON);
				assertThat(Eligibility.outcome(tree, f, ON)).as("%s on %s", tree, f).isEqualTo(full.outcome());
				assertThat(Eligibility.unknownFacts(tree, f, ON)).as("%s on %s", tree, f)
					.isEqualTo(full.missingFacts());
				for (Clause.Leaf leaf : tree.leaves()) {
					assertThat(leaf.test(f, ON)).as("%s on %s", leaf, f)
						.isEqualTo(leaf.check(f, ON, Names.CODES).outcome());
				}
				seen[full.outcome().ordinal()]++;
			}
		}
		assertThat(java.util.Arrays.stream(seen).min().getAsInt()).isGreaterThan(5_000);
	}

}
