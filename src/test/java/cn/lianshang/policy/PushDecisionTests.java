package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.lianshang.policy.model.Clause;
import cn.lianshang.policy.model.EnterpriseFacts;

/**
 * Who gets a push: only eligible enterprises for a 申报 policy; for a 免申即享 policy, the
 * credit screen (known good: push; unknown: manual check; serious dishonesty: none).
 */
class PushDecisionTests {

	static final LocalDate ON = LocalDate.of(2026, 6, 1);

	static final Clause EMPLOYEES = new Clause.All(
			List.of(new Clause.DivisionIn(List.of("210100"), 1), new Clause.EmployeesBetween(10, null, 2)));

	static final Clause EMPLOYEES_AND_CREDIT = new Clause.All(List.of(new Clause.DivisionIn(List.of("210100"), 1),
			new Clause.EmployeesBetween(10, null, 2), new Clause.CreditGood(3)));

	static EnterpriseFacts facts(Integer employees, Boolean dishonest) {
		return EnterpriseFacts.none()
			.withDivisionPath("210100/210106/")
			.supplementedBy(new EnterpriseFacts(null, null, null, employees, null, null, null, dishonest, null, null,
					null, null));
	}

	@Test
	void anApplyPolicyPushesOnlyTheEligible() {
		assertThat(PushingPolicy.decide(EMPLOYEES, false, facts(20, null), ON)).contains(PushState.PUSHED);
		assertThat(PushingPolicy.decide(EMPLOYEES, false, facts(5, null), ON)).isEmpty();
		assertThat(PushingPolicy.decide(EMPLOYEES, false, facts(null, null), ON)).isEmpty();
		assertThat(PushingPolicy.decide(EMPLOYEES_AND_CREDIT, false, facts(20, null), ON)).isEmpty();
	}

	@Test
	void anAutomaticPolicyScreensCredit() {
		assertThat(PushingPolicy.decide(EMPLOYEES_AND_CREDIT, true, facts(20, false), ON)).contains(PushState.PUSHED);
		assertThat(PushingPolicy.decide(EMPLOYEES_AND_CREDIT, true, facts(20, null), ON))
			.contains(PushState.CREDIT_CHECK);
		assertThat(PushingPolicy.decide(EMPLOYEES_AND_CREDIT, true, facts(20, true), ON)).isEmpty();
		// another fact missing as well: not eligible on the other conditions, not listed
		assertThat(PushingPolicy.decide(EMPLOYEES_AND_CREDIT, true, facts(null, null), ON)).isEmpty();
		assertThat(PushingPolicy.decide(EMPLOYEES_AND_CREDIT, true, facts(5, null), ON)).isEmpty();
		// a tree without a credit clause still gets the screen
		assertThat(PushingPolicy.decide(EMPLOYEES, true, facts(20, null), ON)).contains(PushState.CREDIT_CHECK);
		assertThat(PushingPolicy.decide(EMPLOYEES, true, facts(20, true), ON)).isEmpty();
	}

}
