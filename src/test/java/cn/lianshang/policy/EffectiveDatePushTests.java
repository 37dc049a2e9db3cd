package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import cn.lianshang.TestData;

/**
 * A policy published or amended with an effective date ahead is pushed on that date, by a
 * db-scheduler timer: not at once, then when the date begins; a version superseded before
 * its date is never pushed. The policy clock is set ahead so that its next midnight is a
 * few seconds away; the timers fire in real time.
 */
class EffectiveDatePushTests extends PolicyTestSupport {

	/** 调兵山市, 铁岭市: no other policy test registers enterprises here. */
	static final String COUNTY = "211281";

	@Autowired
	PolicyClock clock;

	@Autowired
	PushingPolicy pushing;

	@Autowired
	EffectiveDatePushes effectiveDates;

	@AfterEach
	void resetClock() {
		clock.setAhead(Duration.ZERO);
	}

	String enterprise(int employees) throws Exception {
		String uscc = TestData.validUscc(random, COUNTY);
		Map<String, Object> body = enterprise(uscc, "生效日测试企业" + TestData.uniqueWord(random), COUNTY, "3421");
		body.put("employees", employees);
		register(body);
		return uscc;
	}

	/** A policy of the county for enterprises whose employees lie in the range. */
	static Map<String, Object> draft(LocalDate from, Integer min, Integer max) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("title", "生效日推送测试政策" + TestData.uniqueWord(random));
		d.put("issuer", "生效日测试机关");
		d.put("documentNumber", "生效〔2026〕" + TestData.uniqueWord(random) + "号");
		d.put("issueDate", from.minusDays(30).toString());
		d.put("effectiveFrom", from.toString());
		d.put("regionScope", COUNTY);
		d.put("howToClaim", "APPLY");
		d.put("benefitKind", "SUBSIDY");
		d.put("benefitAmount", "每家 1 万元。");
		d.put("articles", List.of(Map.of("number", 1, "text", "注册地。"), Map.of("number", 2, "text", "参保人数。")));
		d.putAll(eligibility(min, max));
		return d;
	}

	static Map<String, Object> eligibility(Integer min, Integer max) {
		Map<String, Object> employees = new LinkedHashMap<>();
		employees.put("type", "employees");
		employees.put("min", min);
		employees.put("max", max);
		employees.put("article", 2);
		int example = min != null ? min : max;
		return Map.of("eligibility",
				Map.of("type", "all", "all",
						List.of(Map.of("type", "divisionIn", "codes", List.of(COUNTY), "article", 1), employees)),
				"goldenCases", List.of(Map.of("name", "符合", "expected", "eligible", "facts",
						Map.of("division", COUNTY, "employees", example))));
	}

	/** The versions pushed to the enterprise under the policy. */
	List<Integer> pushedVersions(String uscc, long policy) {
		return jdbc.queryForList("select version_no from policy_push where uscc = ? and policy_id = ?", Integer.class,
				uscc, policy);
	}

	List<String> effectiveOutcomes(long policy) {
		return jdbc.queryForList(
				"select after_state from audit_event where entity_type = 'policy' and action = 'policy.effective' and entity_id = ? order by occurred_at",
				String.class, String.valueOf(policy));
	}

	/**
	 * Push runs are serialized by a row lock and other tests' runs may come first on a
	 * slow database: a generous deadline.
	 */
	void await(String what, BooleanSupplier condition) throws InterruptedException {
		Instant end = Instant.now().plus(Duration.ofSeconds(180));
		while (!condition.getAsBoolean()) {
			if (!Instant.now().isBefore(end)) {
				throw new AssertionError("waiting for " + what + " timed out; " + diagnostics());
			}
			Thread.sleep(100);
		}
	}

	/**
	 * What a timeout report needs (the test failed once in CI on PostgreSQL and passed in
	 * every local run): the policy timers' rows, the effective-date outcomes and the push
	 * runs of the last minutes.
	 */
	String diagnostics() {
		return "timers " + jdbc.queryForList(
				"select task_instance, execution_time, picked, picked_by, last_heartbeat, consecutive_failures, last_failure"
						+ " from scheduled_tasks where task_name = ?",
				EffectiveDateTimer.TASK) + "; effective outcomes "
				+ jdbc.queryForList(
						"select entity_id, after_state, occurred_at from audit_event where action like 'policy.effective%'"
								+ " order by occurred_at desc limit 20")
				+ "; push runs "
				+ jdbc.queryForList(
						"select policy_id, version_no, reason, finished_at, evaluated, millis from policy_push_run order by finished_at desc limit 10")
				+ "; now " + Instant.now();
	}

	@Test
	void aPolicyInForceFromADateAheadIsPushedWhenTheDateBeginsAndOnlyItsNewestVersion() throws Exception {
		String large = enterprise(50);
		String small = enterprise(5);

		// the policy clock's next midnight is 25 seconds away
		LocalDate realToday = clock.today();
		LocalDate effective = realToday.plusDays(1);
		Instant midnight = clock.startOf(effective);
		// whole seconds: the database keeps the timer's time to the microsecond
		clock.setAhead(Duration.between(Instant.now(), midnight.minusSeconds(25)).truncatedTo(ChronoUnit.SECONDS));
		assertThat(clock.today()).isEqualTo(realToday);

		// A: published, in force tomorrow, for 10+ employees
		long a = publish(draft(effective, 10, null));
		// B: published for 20+ employees, amended before the date to at most 10
		long b = publish(draft(effective, 20, null));
		Map<String, Object> change = new LinkedHashMap<>(eligibility(null, 10));
		change.put("effectiveFrom", effective.toString());
		MvcResult amended = perform(put("/api/v1/policies/" + b + "/eligibility"), adminToken(), change);
		assertThat(amended.getResponse().getStatus()).as(text(amended)).isEqualTo(200);

		// timers armed for the start of the date; a push run now pushes neither
		Instant due = clock.systemInstant(midnight);
		assertThat(effectiveDates.due(a, 1)).contains(due);
		assertThat(effectiveDates.due(b, 1)).contains(due);
		assertThat(effectiveDates.due(b, 2)).contains(due);
		assertThat(Instant.now()).as("the test reached this point before the date").isBefore(due);
		pushing.pushPending();
		assertThat(Instant.now()).as("the push run ended before the date (a slow machine otherwise)").isBefore(due);
		assertThat(pushedVersions(large, a)).isEmpty();
		assertThat(pushedVersions(small, b)).isEmpty();
		assertThat(
				jdbc.queryForObject("select count(*) from policy_push_run where policy_id in (?, ?)", Long.class, a, b))
			.isZero();

		// after the date begins: A to the large enterprise; B's newest version only
		await("the effective-date push of A", () -> !pushedVersions(large, a).isEmpty());
		await("the effective-date push of B", () -> !pushedVersions(small, b).isEmpty());
		assertThat(Instant.now()).isAfterOrEqualTo(due);
		assertThat(pushedVersions(large, a)).containsExactly(1);
		assertThat(pushedVersions(small, a)).isEmpty();
		assertThat(pushedVersions(small, b)).containsExactly(2);
		assertThat(pushedVersions(large, b)).as("v1 would have pushed it; v2 does not").isEmpty();
		assertThat(jdbc.queryForObject("select reason from policy_push where uscc = ? and policy_id = ?", String.class,
				large, a))
			.isEqualTo("policy.effective v1");
		await("B's superseded timer", () -> effectiveOutcomes(b).size() == 2);
		assertThat(effectiveOutcomes(a)).singleElement().asString().contains("\"outcome\":\"pushed\"");
		assertThat(effectiveOutcomes(b)).anySatisfy(s -> assertThat(s).contains("\"version\":1")
			.contains("\"outcome\":\"superseded\"")
			.contains("\"inForce\":2"));
		assertThat(effectiveOutcomes(b)).anySatisfy(s -> assertThat(s).contains("\"version\":2")
			.contains("\"outcome\":\"pushed\"")
			.contains("\"pushed\":1"));
		assertThat(jdbc.queryForList("select version_no from policy_push_run where policy_id = ?", Integer.class, b))
			.containsExactly(2);
		// each armed timer audited
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'policy.effective.arm' and entity_id in (?, ?)",
				Long.class, String.valueOf(a), String.valueOf(b)))
			.isEqualTo(3);
	}

	@Test
	void aPolicyInForceTodayArmsNoTimer() throws Exception {
		String uscc = enterprise(50);
		long p = publish(draft(clock.today().minusDays(1), 10, null));
		assertThat(effectiveDates.due(p, 1)).isEmpty();
		await("the push on publish", () -> !pushedVersions(uscc, p).isEmpty());
		assertThat(jdbc.queryForObject("select reason from policy_push where uscc = ? and policy_id = ?", String.class,
				uscc, p))
			.isEqualTo("policy.publish v1");
	}

}
