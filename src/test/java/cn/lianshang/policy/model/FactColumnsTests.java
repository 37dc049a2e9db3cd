package cn.lianshang.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

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

/**
 * The columnar evaluation decides every enterprise as {@link Eligibility} does (every
 * leaf type, missing facts, straddling revenue bands, updates), and its candidates are
 * the enterprises that do not surely fail.
 */
class FactColumnsTests {

	static final LocalDate ON = LocalDate.of(2026, 6, 1);

	static final String[] DIVISIONS = { "210100/210106/", "210100/210124/", "210300/210302/", "211200/211202/",
			"SFZ/" };

	static final String[] INDUSTRIES = { "C/34/342/3421/", "C/30/307/3071/", "I/64/642/6420/", "F/51/511/5111/",
			"B/06/061/0610/" };

	static final String[] QUALIFICATIONS = { "HNTE", "SRDI_SME", "LITTLE_GIANT", "TSME" };

	@Test
	void decidesEveryEnterpriseAsTheFullEvaluationDoesOnRandomTreesAndFacts() {
		Random random = new Random(42);
		List<EnterpriseFacts> facts = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			facts.add(randomFacts(random));
		}
		FactColumns columns = FactColumns.of(facts);
		int[] seen = new int[3];
		for (int t = 0; t < 150; t++) {
			Clause tree = randomTree(random, 3);
			FactColumns.Result result = columns.evaluate(tree, ON);
			for (int i = 0; i < facts.size(); i++) {
				Outcome o = Eligibility.evaluate(tree, facts.get(i), ON).outcome();
				Outcome columnar = result.eligible().get(i) ? Outcome.PASS
						: result.unknown().get(i) ? Outcome.UNKNOWN : Outcome.FAIL;
				assertThat(result.ineligible().get(i)).isEqualTo(columnar == Outcome.FAIL);
				assertThat(columnar).as("enterprise %d under %s", i, tree).isEqualTo(o);
				seen[o.ordinal()]++;
			}
		}
		// every outcome occurs often: a test where everything is unknown proves nothing
		assertThat(java.util.Arrays.stream(seen).min().getAsInt()).isGreaterThan(20_000);
	}

	@Test
	void anUpdatedEnterpriseIsDecidedOnItsNewFacts() {
		Random random = new Random(7);
		List<EnterpriseFacts> facts = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			facts.add(randomFacts(random));
		}
		FactColumns columns = FactColumns.of(facts);
		List<Clause> trees = new ArrayList<>();
		for (int t = 0; t < 30; t++) {
			trees.add(randomTree(random, 3));
			columns.evaluate(trees.get(t), ON);
		}
		for (int u = 0; u < 200; u++) {
			int row = random.nextInt(facts.size());
			facts.set(row, randomFacts(random));
			columns.update(row, facts.get(row));
		}
		for (Clause tree : trees) {
			FactColumns.Result result = columns.evaluate(tree, ON);
			for (int i = 0; i < facts.size(); i++) {
				Outcome o = Eligibility.evaluate(tree, facts.get(i), ON).outcome();
				assertThat(result.eligible().get(i)).as("%d under %s", i, tree).isEqualTo(o == Outcome.PASS);
				assertThat(result.unknown().get(i)).as("%d under %s", i, tree).isEqualTo(o == Outcome.UNKNOWN);
			}
		}
	}

	@Test
	void narrowsByDivisionIndustryScaleAndQualificationAndKeepsTheUnknown() {
		EnterpriseFacts inShenyang = EnterpriseFacts.none()
			.withDivisionPath("210100/210106/")
			.withIndustryPath("C/34/342/3421/")
			.withSize(CompanySize.ABOVE)
			.withQualifications(Set.of("HNTE"));
		List<EnterpriseFacts> facts = List.of(inShenyang, inShenyang.withDivisionPath("210300/210302/"),
				inShenyang.withIndustryPath("F/51/511/5111/"), inShenyang.withSize(CompanySize.BELOW),
				inShenyang.withQualifications(Set.of()), inShenyang.withDivisionPath(null),
				inShenyang.withQualifications(null), EnterpriseFacts.none());
		Clause policy = All.of(new DivisionIn(List.of("210100"), 2), new IndustryUnder(List.of("C34"), 3),
				new ScaleIs(CompanySize.ABOVE, 3), new QualificationHeld(List.of("HNTE"), 4), new CreditGood(5));
		BitSet candidates = FactColumns.of(facts).candidates(policy, ON);
		assertThat(candidates.stream().toArray()).containsExactly(0, 5, 6, 7);
		// an exclusion: outside the excluded industry passes, inside fails
		BitSet notRetail = FactColumns.of(facts).candidates(new Not(new IndustryUnder(List.of("F"), 3)), ON);
		assertThat(notRetail.stream().toArray()).containsExactly(0, 1, 3, 4, 5, 6, 7);
	}

	static EnterpriseFacts randomFacts(Random r) {
		EnterpriseFacts f = EnterpriseFacts.none();
		if (r.nextInt(10) > 0) {
			f = f.withDivisionPath(DIVISIONS[r.nextInt(DIVISIONS.length)]);
		}
		if (r.nextInt(10) > 0) {
			f = f.withIndustryPath(INDUSTRIES[r.nextInt(INDUSTRIES.length)]);
		}
		if (r.nextInt(10) > 0) {
			f = f.withSize(r.nextBoolean() ? CompanySize.ABOVE : CompanySize.BELOW);
		}
		if (r.nextInt(10) > 0) {
			Set<String> held = new HashSet<>();
			for (String q : QUALIFICATIONS) {
				if (r.nextInt(4) == 0) {
					held.add(q);
				}
			}
			f = f.withQualifications(held);
		}
		if (r.nextInt(10) > 0) {
			f = f.withEmployees(r.nextInt(500));
		}
		if (r.nextBoolean()) {
			f = f.withSeriousDishonesty(r.nextInt(10) == 0).withRdSharePercent(BigDecimal.valueOf(r.nextInt(80), 1));
		}
		if (r.nextInt(10) > 0) {
			long from = r.nextInt(5) * 1000L;
			f = f.withRevenue(r.nextBoolean() ? RevenueRange.exactly(r.nextInt(5000))
					: new RevenueRange(from, r.nextInt(4) == 0 ? Long.MAX_VALUE : from + 1000));
		}
		if (r.nextInt(10) > 0) {
			f = f.withFoundedOn(ON.minusDays(r.nextInt(12 * 365)));
		}
		if (r.nextBoolean()) {
			f = f.withGraduateHires(r.nextInt(6))
				.withFirstSet(r.nextInt(5) == 0)
				.withSmartManufacturing(SmartManufacturing.values()[r.nextInt(3)]);
		}
		return f;
	}

	static Clause randomTree(Random r, int depth) {
		int kind = depth == 0 ? 3 + r.nextInt(14) : r.nextInt(17);
		return switch (kind) {
			case 0 -> new All(List.of(randomTree(r, depth - 1), randomTree(r, depth - 1), randomTree(r, depth - 1)));
			case 1 -> new Any(List.of(randomTree(r, depth - 1), randomTree(r, depth - 1)));
			case 2 -> new Not(randomTree(r, depth - 1));
			case 3 -> new DivisionIn(List.of(pick(r, "210100", "210124", "210300", "SFZ", "211200")), 2);
			case 4 -> new IndustryUnder(List.of(pick(r, "C", "C34", "307", "64", "F", "B")), 3);
			case 5 -> new ScaleIs(r.nextBoolean() ? CompanySize.ABOVE : CompanySize.BELOW, 3);
			case 6 -> new QualificationHeld(List.of(pick(r, QUALIFICATIONS), pick(r, QUALIFICATIONS)), 4);
			case 7 -> new EmployeesBetween(r.nextInt(100), r.nextBoolean() ? null : 100 + r.nextInt(300), 5);
			case 8 -> new RevenueBetween(r.nextBoolean() ? null : (long) r.nextInt(3000), 2000L + r.nextInt(3000), 5);
			case 9 -> new FoundedBetween(ON.minusYears(8), r.nextBoolean() ? null : ON.minusYears(2), 5);
			case 10 -> new AgeYears(r.nextInt(4), r.nextBoolean() ? null : 5 + r.nextInt(5), 5);
			case 11 -> new RdShareAtLeast(BigDecimal.valueOf(r.nextInt(60), 1), 5);
			case 12 -> new GraduateHiresAtLeast(1 + r.nextInt(4), 5);
			case 13 -> new FirstSetRecognized(5);
			case 14 -> new SmartManufacturingAtLeast(
					r.nextBoolean() ? SmartManufacturing.DIGITAL_WORKSHOP : SmartManufacturing.SMART_FACTORY, 5);
			default -> new CreditGood(6);
		};
	}

	static String pick(Random r, String... values) {
		return values[r.nextInt(values.length)];
	}

}
