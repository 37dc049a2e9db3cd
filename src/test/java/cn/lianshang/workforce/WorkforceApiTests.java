package cn.lianshang.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.TestData;

/**
 * Registration, posting, the minimum-wage defence, matches both ways, privacy before
 * consent, the flow with its illegal moves, the station's jurisdiction and the
 * unpaid-work suspension, through HTTP. Assertions look only at data each test made.
 */
@Tag("database") // also inherited from ApiTestSupport; stated here so that it shows
class WorkforceApiTests extends WorkforceTestSupport {

	@Test
	void aResidentRegistersWithAnUnverifiedPhoneAndReadsAndChangesTheirOwnProfile() throws Exception {
		Person p = resident(profile("王建国", TIEXI_TOWNSHIP, List.of("电焊工", "普工"), List.of("焊工证"), 20, 250));
		JsonNode me = getJson("/api/v1/residents/me", p.token());
		assertThat(me.get("id").asLong()).isEqualTo(p.id());
		assertThat(me.get("phoneVerified").asBoolean()).isFalse();
		assertThat(me.get("skills").toString()).contains("WELDER", "GENERAL_WORKER");
		assertThat(me.get("certificates").toString()).contains("WELDING_OP");
		assertThat(me.get("communityName").asText()).isEqualTo("沈阳市铁西区兴华街道");

		Map<String, Object> changed = profile("王建国", SHENHE_TOWNSHIP, List.of("焊工"), List.of(), 30, null);
		MvcResult result = perform(put("/api/v1/residents/me?version=" + me.get("version").asInt()), p.token(),
				changed);
		JsonNode after = ok(result);
		assertThat(after.get("communityCode").asText()).isEqualTo(SHENHE_TOWNSHIP);
		assertThat(after.get("maxTravelKm").asInt()).isEqualTo(30);
		// the same old version again is stale
		problem(perform(put("/api/v1/residents/me?version=" + me.get("version").asInt()), p.token(), changed), 409);
		Integer audited = jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'resident' and entity_id = ?", Integer.class,
				String.valueOf(p.id()));
		assertThat(audited).isEqualTo(2);
	}

	@Test
	void badRegistrationIsA400WithEveryFieldInChineseAndInEnglish() throws Exception {
		Map<String, Object> bad = profile("", "210106", List.of("宇航员"), List.of("飞行证"), 500, -5);
		bad.put("idNumber", "210106199001011234");
		bad.put("availableShifts", List.of());
		Map<String, Object> body = registration(bad);
		body.put("phone", "12345");
		JsonNode zh = problem(perform(post("/api/v1/residents"), null, body), 400);
		for (String field : List.of("phone", "profile.displayName", "profile.communityCode", "profile.maxTravelKm",
				"profile.expectedDailyWage", "profile.skills", "profile.certificates", "profile.idNumber",
				"profile.availableShifts")) {
			errorOn(zh, field);
		}
		assertThat(errorOn(zh, "profile.skills").get("message").asText()).contains("未知工种", "宇航员");
		MvcResult en = mvc
			.perform(post("/api/v1/residents").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType("application/json")
				.content(json.writeValueAsString(body)))
			.andReturn();
		JsonNode problem = problem(en, 400);
		assertThat(errorOn(problem, "phone").get("message").asText()).contains("11-digit");
		assertThat(errorOn(problem, "profile.communityCode").get("message").asText()).contains("township");
		// nothing was created
		assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class,
				body.get("username")))
			.isZero();
	}

	@Test
	void aBadJobIsA400WithEveryFieldInChineseAndInEnglishAndNothingIsPosted() throws Exception {
		String[] employer = employer(TIEXI);
		Map<String, Object> bad = job("", List.of("宇航员"), List.of("飞行证"), "999999", "DAILY", -5);
		bad.put("headcount", 0);
		bad.put("startDate", today().plusDays(3).toString());
		bad.put("endDate", today().plusDays(1).toString());
		bad.put("shifts", List.of());
		JsonNode zh = problem(perform(post("/api/v1/jobs"), employer[1], bad), 400);
		for (String field : List.of("title", "headcount", "skills", "certificates", "endDate", "shifts", "divisionCode",
				"payAmount")) {
			errorOn(zh, field);
		}
		assertThat(errorOn(zh, "skills").get("message").asText()).contains("未知工种", "宇航员");
		assertThat(errorOn(zh, "headcount").get("message").asText()).contains("须在");
		assertThat(errorOn(zh, "divisionCode").get("message").asText()).contains("999999", "不是都市圈内");
		JsonNode en = problem(perform(post("/api/v1/jobs").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), employer[1], bad),
				400);
		assertThat(errorOn(en, "skills").get("message").asText()).contains("Unknown skill", "宇航员");
		assertThat(errorOn(en, "endDate").get("message").asText()).contains("must not be before the start date");
		assertThat(errorOn(en, "payAmount").get("message").asText()).contains("above 0");
		assertThat(jdbc.queryForObject("select count(*) from job where employer_uscc = ?", Integer.class, employer[0]))
			.isZero();
	}

	@Test
	void payBelowTheLiaoningMinimumWageIsRefusedNamingTheFigureAndItsSource() throws Exception {
		String[] employer = employer(TIEXI);
		// 铁西区: hourly minimum 19.2 yuan; a day shift of 8 hours → 153.6 yuan a day
		JsonNode daily = problem(perform(post("/api/v1/jobs"), employer[1],
				job("装配工 日结", List.of("装配工"), List.of(), TIEXI, "DAILY", 150)), 400);
		String message = errorOn(daily, "payAmount").get("message").asText();
		assertThat(message).contains("153.6", "19.2", "2021-11-01", "辽宁省");
		JsonNode hourly = problem(perform(post("/api/v1/jobs"), employer[1],
				job("装配工 小时工", List.of("装配工"), List.of(), TIEXI, "HOURLY", 19)), 400);
		assertThat(errorOn(hourly, "payAmount").get("message").asText()).contains("19.2");
		// exactly the minimum passes
		long id = postJob(employer[1], job("装配工 日结", List.of("装配工"), List.of(), TIEXI, "DAILY", 153.6));
		JsonNode view = getJson("/api/v1/jobs/" + id, employer[1]);
		assertThat(view.get("verifiedEmployer").asBoolean()).isTrue();
		assertThat(view.get("enterpriseUscc").asText()).isEqualTo(employer[0]);
		// an enterprise posts for itself only
		Map<String, Object> other = job("普工", List.of("普工"), List.of(), TIEXI, "DAILY", 200);
		other.put("enterpriseUscc", employer(TIEXI)[0]);
		assertThat(perform(post("/api/v1/jobs"), employer[1], other).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void theVerifiedEmployerBadgeFollowsTheRegistryWhenTheEnterpriseChanges() throws Exception {
		String uscc = TestData.validUscc(random, TIEXI);
		Map<String, Object> enterprise = enterprise(uscc, "灵活用工徽章" + TestData.uniqueWord(random) + "有限公司", TIEXI,
				"C3311");
		register(enterprise);
		String token = tokenOf("ENTERPRISE", null, uscc);
		long job = postJob(token, job("装配工 日结", List.of("装配工"), List.of(), TIEXI, "DAILY", 200));
		assertThat(getJson("/api/v1/jobs/" + job, token).get("verifiedEmployer").asBoolean()).isTrue();

		enterprise.put("status", "REVOKED");
		enterprise.put("version", 0);
		MvcResult changed = perform(put("/api/v1/enterprises/" + uscc), adminToken(), enterprise);
		assertThat(changed.getResponse().getStatus()).as(text(changed)).isEqualTo(200);
		assertThat(getJson("/api/v1/jobs/" + job, token).get("verifiedEmployer").asBoolean()).isFalse();

		enterprise.put("status", "ACTIVE");
		enterprise.put("version", 1);
		changed = perform(put("/api/v1/enterprises/" + uscc), adminToken(), enterprise);
		assertThat(changed.getResponse().getStatus()).as(text(changed)).isEqualTo(200);
		assertThat(getJson("/api/v1/jobs/" + job, token).get("verifiedEmployer").asBoolean()).isTrue();
	}

	@Test
	void matchesBothWaysAreRankedAndExplainedAndCarryNoContactDetails() throws Exception {
		String[] employer = employer(TIEXI);
		long job = postJob(employer[1], job("焊工 钢结构 日结", List.of("焊工"), List.of("焊工证"), TIEXI, "DAILY", 300));
		// the best: a certified welder next door; then a certified welder across town who
		// wants more pay;
		// a certified CNC operator (same family) is a near fit; a welder without the
		// certificate is filtered out
		Person best = resident(profile("李强", TIEXI_TOWNSHIP, List.of("焊工"), List.of("焊工证"), 20, 250));
		Person dearer = resident(profile("赵刚", SHENHE_TOWNSHIP, List.of("焊工"), List.of("焊工证"), 20, 320));
		Person near = resident(profile("孙伟", TIEXI_TOWNSHIP, List.of("数控操作工"), List.of("焊工证"), 20, 250));
		Person uncertified = resident(profile("周杰", TIEXI_TOWNSHIP, List.of("焊工"), List.of(), 20, 250));

		JsonNode matches = getJson("/api/v1/jobs/" + job + "/matches?limit=100", employer[1]);
		List<Long> order = new ArrayList<>();
		for (JsonNode m : matches) {
			long id = m.get("residentId").asLong();
			if (List.of(best.id(), dearer.id(), near.id(), uncertified.id()).contains(id)) {
				order.add(id);
			}
			assertThat(m.has("phone")).isFalse();
			assertThat(m.toString()).doesNotContain("139").doesNotContain("单元");
		}
		assertThat(order).containsExactly(best.id(), dearer.id(), near.id());
		JsonNode first = find(matches, "residentId", best.id());
		assertThat(first.get("distanceKm").asDouble()).isZero();
		assertThat(explanation(first, "skill")).startsWith("pass").contains("焊工");
		assertThat(explanation(first, "certificate")).startsWith("pass").contains("焊工证");
		assertThat(explanation(first, "pay")).startsWith("pass");
		assertThat(explanation(find(matches, "residentId", dearer.id()), "pay")).startsWith("near").contains("320");
		assertThat(explanation(find(matches, "residentId", near.id()), "skill")).startsWith("near").contains("数控操作工");

		// the other way: the best resident sees this job, with the same kind of
		// explanation
		JsonNode jobs = getJson("/api/v1/residents/" + best.id() + "/matches?limit=100", best.token());
		JsonNode mine = find(jobs, "jobId", job);
		assertThat(mine.get("score").asDouble()).isEqualTo(first.get("score").asDouble());
		assertThat(explanation(mine, "distance")).startsWith("pass");
		// the uncertified welder does not
		JsonNode none = getJson("/api/v1/residents/" + uncertified.id() + "/matches?limit=100", uncertified.token());
		for (JsonNode m : none) {
			assertThat(m.get("jobId").asLong()).isNotEqualTo(job);
		}
		// a resident may not read another's matches
		assertThat(perform(get("/api/v1/residents/" + best.id() + "/matches"), near.token(), null).getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void anEmployerSeesContactDetailsOnlyAfterTheResidentAppliesOrAcceptsAnInvitation() throws Exception {
		String[] employer = employer(TIEXI);
		long job = postJob(employer[1], job("仓管 日结", List.of("仓管"), List.of(), TIEXI, "DAILY", 200));
		Person applicant = resident(profile("钱丽", TIEXI_TOWNSHIP, List.of("仓管"), List.of(), 20, 180));
		Person invited = resident(profile("吴敏", TIEXI_TOWNSHIP, List.of("仓管"), List.of(), 20, 180));

		for (Person p : List.of(applicant, invited)) {
			JsonNode card = getJson("/api/v1/residents/" + p.id(), employer[1]);
			assertThat(card.get("contactVisible").asBoolean()).isFalse();
			assertThat(card.get("phone").isNull()).isTrue();
			assertThat(card.get("address").isNull()).isTrue();
			assertThat(card.get("idNumber").isNull()).isTrue();
			assertThat(card.get("displayName").asText()).endsWith("**");
		}
		ok(perform(post("/api/v1/jobs/" + job + "/applications"), applicant.token(), null));
		JsonNode invitation = ok(
				perform(post("/api/v1/jobs/" + job + "/invitations"), employer[1], Map.of("residentId", invited.id())));

		JsonNode applied = getJson("/api/v1/residents/" + applicant.id(), employer[1]);
		assertThat(applied.get("contactVisible").asBoolean()).isTrue();
		assertThat(applied.get("phone").asText()).startsWith("139");
		// invited but not yet accepted: still hidden
		assertThat(getJson("/api/v1/residents/" + invited.id(), employer[1]).get("phone").isNull()).isTrue();
		ok(act(invitation.get("id").asLong(), "accept", invited.token(), null));
		assertThat(getJson("/api/v1/residents/" + invited.id(), employer[1]).get("phone").asText()).startsWith("139");
		// another employer still sees nothing
		String[] other = employer(TIEXI);
		assertThat(getJson("/api/v1/residents/" + applicant.id(), other[1]).get("phone").isNull()).isTrue();
	}

	@Test
	void theFlowRunsFromApplicationToRatingsAndRefusesIllegalMoves() throws Exception {
		String[] employer = employer(TIEXI);
		long job = postJob(employer[1], job("包装工 日结", List.of("包装工"), List.of(), TIEXI, "DAILY", 180));
		Person p = resident(profile("郑华", TIEXI_TOWNSHIP, List.of("包装工"), List.of(), 20, 160));
		long e = ok(perform(post("/api/v1/jobs/" + job + "/applications"), p.token(), null)).get("id").asLong();
		// applying twice is a conflict; the resident cannot accept their own application
		problem(perform(post("/api/v1/jobs/" + job + "/applications"), p.token(), null), 409);
		problem(act(e, "accept", p.token(), null), 409);
		// checking in before acceptance is illegal
		problem(act(e, "check-in", p.token(), null), 409);
		JsonNode accepted = ok(act(e, "accept", employer[1], null));
		assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
		// a stale version is a conflict
		problem(perform(post("/api/v1/engagements/" + e + "/check-in?version=0"), p.token(), null), 409);
		assertThat(ok(act(e, "check-in", p.token(), null)).get("status").asText()).isEqualTo("WORKING");
		problem(act(e, "check-in", p.token(), null), 409);
		// the resident cannot mark it complete; the employer can
		problem(act(e, "complete", p.token(), null), 409);
		ok(act(e, "complete", employer[1], null));
		problem(act(e, "rate", p.token(), Map.of("score", 5)), 409);
		assertThat(ok(act(e, "confirm-payment", employer[1], null)).get("status").asText()).isEqualTo("COMPLETED");
		assertThat(ok(act(e, "confirm-payment", p.token(), null)).get("status").asText()).isEqualTo("PAID");
		errorOn(problem(act(e, "rate", p.token(), Map.of("score", 6)), 400), "score");
		ok(act(e, "rate", p.token(), Map.of("score", 5)));
		JsonNode done = ok(act(e, "rate", employer[1], Map.of("score", 4)));
		assertThat(done.get("residentRating").asInt()).isEqualTo(5);
		assertThat(done.get("employerRating").asInt()).isEqualTo(4);
		// a stranger is told nothing exists
		Person stranger = resident(profile("冯涛", TIEXI_TOWNSHIP, List.of("包装工"), List.of(), 20, 160));
		problem(act(e, "rate", stranger.token(), Map.of("score", 1)), 404);
		Integer audited = jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'engagement' and entity_id = ?", Integer.class,
				String.valueOf(e));
		assertThat(audited).isEqualTo(8);
		JsonNode mine = getJson("/api/v1/engagements/mine", p.token());
		assertThat(mine.get("content").get(0).get("jobTitle").asText()).isEqualTo("包装工 日结");
	}

	@Test
	void theStationSeesOnlyItsJurisdictionAndDisputesGoThere() throws Exception {
		String[] employer = employer(TIEXI);
		long job = postJob(employer[1], job("保洁 日结", List.of("保洁"), List.of(), TIEXI_TOWNSHIP, "DAILY", 160));
		Person p = resident(profile("陈静", TIEXI_TOWNSHIP, List.of("保洁"), List.of(), 20, 150));
		long e = ok(perform(post("/api/v1/jobs/" + job + "/applications"), p.token(), null)).get("id").asLong();
		ok(act(e, "accept", employer[1], null));
		problem(act(e, "dispute", p.token(), Map.of("reason", "")), 400);
		ok(act(e, "dispute", p.token(), Map.of("reason", "工时记录与实际不符")));

		String tiexi = tokenOf("HANDLER", TIEXI, null);
		String tieling = tokenOf("HANDLER", "211200", null);
		JsonNode station = getJson("/api/v1/workforce/station", tiexi);
		assertThat(station.get("divisionName").asText()).isEqualTo("沈阳市铁西区");
		assertThat(station.get("disputes").toString()).contains("工时记录与实际不符");
		assertThat(ids(getJson("/api/v1/workforce/station/jobs?size=100", tiexi), "id")).contains(job);
		assertThat(ids(getJson("/api/v1/workforce/station/residents?size=100", tiexi), "id")).contains(p.id());

		JsonNode far = getJson("/api/v1/workforce/station", tieling);
		assertThat(far.get("disputes").toString()).doesNotContain("工时记录与实际不符");
		assertThat(ids(getJson("/api/v1/workforce/station/jobs?size=100", tieling), "id")).doesNotContain(job);
		assertThat(ids(getJson("/api/v1/workforce/station/residents?size=100", tieling), "id")).doesNotContain(p.id());
		assertThat(perform(get("/api/v1/workforce/station?division=" + TIEXI), tieling, null).getResponse().getStatus())
			.isEqualTo(403);
		// the station of the job's district may see its matches, the other may not
		assertThat(perform(get("/api/v1/jobs/" + job + "/matches"), tiexi, null).getResponse().getStatus())
			.isEqualTo(200);
		assertThat(perform(get("/api/v1/jobs/" + job + "/matches"), tieling, null).getResponse().getStatus())
			.isEqualTo(403);
		// the residents list shows no contact details
		assertThat(getJson("/api/v1/workforce/station/residents?size=100", tiexi).toString()).doesNotContain("单元");
	}

	@Test
	void unpaidWorkReportsFromThreeResidentsSuspendTheEmployersJobsUntilAnAdminLiftsIt() throws Exception {
		String[] employer = employer(TIEXI);
		long job = postJob(employer[1], job("分拣员 日结", List.of("分拣员"), List.of(), TIEXI, "DAILY", 200));
		Map<String, Object> big = job("分拣员 夜班", List.of("分拣员"), List.of(), TIEXI, "DAILY", 220);
		big.put("headcount", 10);
		long other = postJob(employer[1], big);
		List<Long> engagements = new ArrayList<>();
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Person p = resident(profile("分拣" + i, TIEXI_TOWNSHIP, List.of("分拣员"), List.of(), 20, 150));
			long e = ok(perform(post("/api/v1/jobs/" + other + "/applications"), p.token(), null)).get("id").asLong();
			ok(act(e, "accept", employer[1], null));
			ok(act(e, "check-in", p.token(), null));
			ok(act(e, "complete", employer[1], null));
			engagements.add(e);
			people.add(p);
		}
		ok(act(engagements.get(0), "report-unpaid", people.get(0).token(), null));
		problem(act(engagements.get(0), "report-unpaid", people.get(0).token(), null), 409);
		ok(act(engagements.get(1), "report-unpaid", people.get(1).token(), null));
		assertThat(getJson("/api/v1/jobs/" + job, employer[1]).get("status").asText()).isEqualTo("OPEN");
		ok(act(engagements.get(2), "report-unpaid", people.get(2).token(), null));
		assertThat(getJson("/api/v1/jobs/" + job, employer[1]).get("status").asText()).isEqualTo("SUSPENDED");
		assertThat(getJson("/api/v1/jobs/" + other, employer[1]).get("status").asText()).isEqualTo("SUSPENDED");
		// a suspended job takes no applications
		Person late = resident(profile("晚到", TIEXI_TOWNSHIP, List.of("分拣员"), List.of(), 20, 150));
		problem(perform(post("/api/v1/jobs/" + job + "/applications"), late.token(), null), 409);
		assertThat(perform(post("/api/v1/workforce/employers/" + employer[0] + "/lift-suspension"), employer[1], null)
			.getResponse()
			.getStatus()).isEqualTo(403);
		ok(perform(post("/api/v1/workforce/employers/" + employer[0] + "/lift-suspension"), adminToken(), null));
		assertThat(getJson("/api/v1/jobs/" + job, employer[1]).get("status").asText()).isEqualTo("OPEN");
	}

	static JsonNode find(JsonNode array, String field, long id) {
		for (JsonNode n : array) {
			if (n.get(field).asLong() == id) {
				return n;
			}
		}
		throw new AssertionError("no " + field + " " + id + " in " + array);
	}

	static List<Long> ids(JsonNode page, String field) {
		List<Long> ids = new ArrayList<>();
		page.get("content").forEach(n -> ids.add(n.get(field).asLong()));
		return ids;
	}

	/** "outcome: detail" of one criterion. */
	static String explanation(JsonNode match, String criterion) {
		for (JsonNode e : match.get("explanation")) {
			if (criterion.equals(e.get("criterion").asText())) {
				return e.get("outcome").asText() + ": " + e.get("detail").asText();
			}
		}
		throw new AssertionError("no " + criterion + " in " + match);
	}

}
