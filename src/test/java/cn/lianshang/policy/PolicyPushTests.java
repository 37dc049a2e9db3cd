package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.TestData;

/**
 * Precise push end to end: pushes on publish, amendment and enterprise change; one push
 * per policy and enterprise; the weekly cap and its queue; the 免申即享 flow with the credit
 * check, confirmation and payment; the funnel and its jurisdiction.
 */
class PolicyPushTests extends PolicyTestSupport {

	static final String COUNTY = "211202"; // 银州区, 铁岭市

	@Autowired
	PushingPolicy pushing;

	// ---------------------------------------------------------------- helpers

	String enterprise(int employees) throws Exception {
		String uscc = TestData.validUscc(random, COUNTY);
		Map<String, Object> body = enterprise(uscc, "推送测试企业" + TestData.uniqueWord(random), COUNTY, "3421");
		body.put("employees", employees);
		body.put("scale", "BELOW");
		register(body);
		return uscc;
	}

	static Map<String, Object> leaf(String type, int article, Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("type", type);
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		m.put("article", article);
		return m;
	}

	/**
	 * A policy of 银州区 for enterprises with at least {@code minEmployees}; with credit:
	 * not seriously dishonest as well.
	 */
	static Map<String, Object> draft(String title, int minEmployees, String how, boolean credit) {
		return draft(title, minEmployees, how, credit, COUNTY);
	}

	static Map<String, Object> draft(String title, int minEmployees, String how, boolean credit, String county) {
		List<Object> all = new ArrayList<>(
				List.of(leaf("divisionIn", 1, "codes", List.of(county)), leaf("employees", 2, "min", minEmployees)));
		Map<String, Object> goodFacts = new LinkedHashMap<>(Map.of("division", county, "employees", minEmployees));
		if (credit) {
			all.add(leaf("credit", 3));
			goodFacts.put("credit", "GOOD");
		}
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("title", title + TestData.uniqueWord(random));
		d.put("issuer", "推送测试机关");
		d.put("documentNumber", "推送〔2026〕" + TestData.uniqueWord(random) + "号");
		d.put("issueDate", "2026-01-01");
		d.put("effectiveFrom", "2026-01-01");
		d.put("effectiveTo", "2030-12-31");
		d.put("regionScope", county);
		d.put("howToClaim", how);
		d.put("benefitKind", "SUBSIDY");
		d.put("benefitAmount", "每家 1 万元。");
		d.put("articles", List.of(Map.of("number", 1, "text", "注册地。"), Map.of("number", 2, "text", "参保人数。"),
				Map.of("number", 3, "text", "信用。")));
		d.put("eligibility", Map.of("type", "all", "all", all));
		d.put("goldenCases", List.of(Map.of("name", "符合", "expected", "eligible", "facts", goodFacts)));
		return d;
	}

	static void await(String what, BooleanSupplier condition) throws InterruptedException {
		Instant end = Instant.now().plus(Duration.ofSeconds(30));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waiting for " + what).isBefore(end);
			Thread.sleep(100);
		}
	}

	/**
	 * Pushes of these policies to the enterprise (other tests' policies may reach it
	 * too).
	 */
	long pushes(String uscc, List<Long> policies) {
		return jdbc.queryForObject("select count(*) from policy_push where uscc = ? and policy_id in ("
				+ String.join(",", policies.stream().map(String::valueOf).toList()) + ")", Long.class, uscc);
	}

	long pushes(String uscc, List<Long> policies, String state) {
		return jdbc.queryForObject(
				"select count(*) from policy_push where uscc = ? and state = ? and policy_id in ("
						+ String.join(",", policies.stream().map(String::valueOf).toList()) + ")",
				Long.class, uscc, state);
	}

	/** Waits until the push run of the policy's version has finished. */
	void awaitRun(long policy, int version) throws InterruptedException {
		await("the push run of policy " + policy + " v" + version,
				() -> jdbc.queryForObject("select count(*) from policy_push_run where policy_id = ? and version_no = ?",
						Long.class, policy, version) > 0);
	}

	void awaitRun(long policy) throws InterruptedException {
		awaitRun(policy, 1);
	}

	long pushId(String uscc, long policyId) {
		return jdbc.queryForObject("select id from policy_push where uscc = ? and policy_id = ?", Long.class, uscc,
				policyId);
	}

	JsonNode ok(MvcResult r) throws Exception {
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
		return body(r);
	}

	// ---------------------------------------------------------------- tests

	@Test
	void publishingPushesTheEligibleOncePerPolicyWithinTheWeeklyCapAndQueuesTheRest() throws Exception {
		String eligible = enterprise(50);
		String tooSmall = enterprise(2);
		String enterpriseToken = tokenOf("ENTERPRISE", null, eligible);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			ids.add(publish(draft("稳岗测试政策", 10, "APPLY", false)));
		}
		for (long id : ids) {
			awaitRun(id);
		}
		assertThat(pushes(eligible, ids)).isEqualTo(4);
		assertThat(pushes(eligible, ids, "PUSHED")).isEqualTo(3);
		assertThat(pushes(eligible, ids, "QUEUED")).isEqualTo(1);
		assertThat(pushes(tooSmall, ids)).isZero();

		JsonNode inbox = ok(perform(get("/api/v1/inbox?size=50"), enterpriseToken, null));
		long policyMessages = 0;
		for (JsonNode e : inbox.get("page").get("content")) {
			if ("policy".equals(e.get("topic").asText())) {
				policyMessages++;
				assertThat(e.get("subject").asText()).startsWith("政策推送：稳岗测试政策");
				assertThat(e.get("openedAt").isNull()).isTrue();
			}
		}
		assertThat(policyMessages).isEqualTo(3);
		assertThat(inbox.get("unread").asLong()).isGreaterThanOrEqualTo(3);

		// amending a pushed policy does not push the same enterprise again
		long first = ids.get(0);
		MvcResult amended = perform(put("/api/v1/policies/" + first + "/eligibility"), adminToken(),
				Map.of("eligibility", draft("x", 5, "APPLY", false).get("eligibility")));
		assertThat(amended.getResponse().getStatus()).as(text(amended)).isEqualTo(200);
		awaitRun(first, 2);
		assertThat(pushes(eligible, ids)).isEqualTo(4);
		// and the database refuses a second push of one version to one enterprise
		assertThatThrownBy(() -> jdbc.update(
				"insert into policy_push (id, policy_id, version_no, uscc, division_path, automatic, state, reason, created_at) "
						+ "select -id, policy_id, version_no, uscc, division_path, automatic, state, reason, created_at "
						+ "from policy_push where uscc = ? and policy_id = ?",
				eligible, first))
			.isInstanceOf(DataIntegrityViolationException.class);

		// the queued push goes out next week
		pushing.releaseQueued(Instant.now().plus(Duration.ofDays(7)));
		assertThat(pushes(eligible, ids, "PUSHED")).isEqualTo(4);
		assertThat(pushes(eligible, ids, "QUEUED")).isZero();
	}

	@Test
	void anEnterpriseThatBecomesEligibleIsPushedWhenItsFactsChange() throws Exception {
		String uscc = enterprise(3);
		long policy = publish(draft("规模扩大测试政策", 200, "APPLY", false));
		awaitRun(policy);
		assertThat(pushes(uscc, List.of(policy))).isZero();

		JsonNode record = ok(perform(get("/api/v1/enterprises/" + uscc), adminToken(), null));
		Map<String, Object> change = json.convertValue(record, Map.class);
		change.put("employees", 250);
		ok(perform(put("/api/v1/enterprises/" + uscc), adminToken(), change));
		await("a push after the change", () -> pushes(uscc, List.of(policy)) == 1);
		assertThat(jdbc.queryForObject("select reason from policy_push where uscc = ? and policy_id = ?", String.class,
				uscc, policy))
			.isEqualTo("enterprise.changed");
	}

	@Test
	void automaticPolicyGoesThroughCreditCheckConfirmationAndPaymentAndFillsTheFunnel() throws Exception {
		String uscc = enterprise(40);
		String enterpriseToken = tokenOf("ENTERPRISE", null, uscc);
		String officer = tokenOf("POLICY_OFFICER", "211200", null);
		String otherCity = tokenOf("POLICY_OFFICER", "210100", null);
		long policy = publish(draft("免申即享测试政策", 10, "AUTOMATIC", true));

		// credit unknown: not passed, listed for a manual check, nothing sent yet
		awaitRun(policy);
		assertThat(pushes(uscc, List.of(policy), "CREDIT_CHECK")).isEqualTo(1);
		long push = pushId(uscc, policy);
		JsonNode creditList = ok(
				perform(get("/api/v1/policy-pushes?list=credit-check&size=200&policyId=" + policy), officer, null));
		assertThat(creditList.get("content").findValuesAsText("uscc")).contains(uscc);
		assertThat(
				ok(perform(get("/api/v1/policy-pushes?list=credit-check&size=200&policyId=" + policy), otherCity, null))
					.get("totalElements")
					.asLong())
			.isZero();
		assertThat(perform(post("/api/v1/policy-pushes/" + push + "/confirm"), enterpriseToken, null).getResponse()
			.getStatus()).isEqualTo(409);

		problem(perform(post("/api/v1/policy-pushes/" + push + "/credit-check"), officer, Map.of()), 400);
		JsonNode checked = ok(perform(post("/api/v1/policy-pushes/" + push + "/credit-check"), officer,
				Map.of("passed", true, "note", "信用中国（辽宁）查询无严重失信记录")));
		assertThat(checked.get("state").asText()).isEqualTo("PUSHED");
		assertThat(checked.get("creditCheck").get("source").asText()).startsWith("officer:");

		// the enterprise opens the message in its inbox: the funnel records it
		long notification = checked.get("notificationId").asLong();
		ok(perform(post("/api/v1/inbox/" + notification + "/open"), enterpriseToken, null));
		await("the open recorded",
				() -> jdbc.queryForObject("select count(*) from policy_push where id = ? and opened_at is not null",
						Long.class, push) == 1);
		assertThat(jdbc.queryForObject("select opened_source from policy_push where id = ?", String.class, push))
			.startsWith("inbox:");

		// another enterprise cannot confirm it; this one can, once
		String stranger = tokenOf("ENTERPRISE", null, enterprise(1));
		assertThat(
				perform(post("/api/v1/policy-pushes/" + push + "/confirm"), stranger, null).getResponse().getStatus())
			.isEqualTo(404);
		JsonNode confirmed = ok(perform(post("/api/v1/policy-pushes/" + push + "/confirm"), enterpriseToken, null));
		assertThat(confirmed.get("confirmed").get("source").asText()).startsWith("enterprise:");
		assertThat(confirmed.get("applied").get("source").asText()).isEqualTo(PolicyPush.AUTOMATIC_APPLICATION);
		assertThat(perform(post("/api/v1/policy-pushes/" + push + "/confirm"), enterpriseToken, null).getResponse()
			.getStatus()).isEqualTo(409);

		// the paying office: in the list to pay, pays with amount and voucher
		JsonNode toPay = ok(
				perform(get("/api/v1/policy-pushes?list=to-pay&size=200&policyId=" + policy), officer, null));
		assertThat(toPay.get("content").findValuesAsText("uscc")).containsExactly(uscc);
		JsonNode bad = problem(perform(post("/api/v1/policy-pushes/" + push + "/paid"), officer,
				Map.of("amount", -5, "voucherNo", "")), 400);
		assertThat(errorOn(bad, "amount").get("code").asText()).isEqualTo("policy.payment.amount");
		errorOn(bad, "voucherNo");
		assertThat(perform(post("/api/v1/policy-pushes/" + push + "/paid"), otherCity,
				Map.of("amount", 10000, "voucherNo", "PZ-1"))
			.getResponse()
			.getStatus()).isEqualTo(404);
		JsonNode paid = ok(perform(post("/api/v1/policy-pushes/" + push + "/paid"), officer,
				Map.of("amount", 10000.50, "voucherNo", "PZ-2026-0001")));
		assertThat(paid.get("paid").get("at").isNull()).isFalse();
		assertThat(paid.get("voucherNo").asText()).isEqualTo("PZ-2026-0001");

		// the funnel: every step once, in 银州区; an officer of another city sees nothing
		JsonNode funnel = ok(perform(get("/api/v1/policies/" + policy + "/funnel"), officer, null));
		assertThat(funnel.get("steps").findValuesAsText("step")).containsExactly("pushed", "opened", "confirmed",
				"applied", "paid");
		for (JsonNode s : funnel.get("steps")) {
			assertThat(s.get("count").asLong()).as(s.toString()).isEqualTo(1);
		}
		assertThat(funnel.get("divisions").get(0).get("division").asText()).isEqualTo(COUNTY);
		assertThat(funnel.get("paidAmount").decimalValue()).isEqualByComparingTo("10000.50");
		JsonNode elsewhere = ok(perform(get("/api/v1/policies/" + policy + "/funnel"), otherCity, null));
		assertThat(elsewhere.get("steps").get(0).get("count").asLong()).isZero();
		assertThat(elsewhere.get("divisions")).isEmpty();

		// every step audited
		List<String> actions = jdbc.queryForList(
				"select action from audit_event where entity_type = 'policy_push' and entity_id = ? order by occurred_at",
				String.class, String.valueOf(push));
		assertThat(actions).containsExactlyInAnyOrder("policy.push.credit-check", "policy.push.open",
				"policy.push.confirm", "policy.push.pay");
	}

}
