package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workflow through the API: every action, its role checks, deadlines, history,
 * locking and idempotency.
 */
class AppealWorkflowTests extends AppealsTestSupport {

	static final LocalDate TODAY_UTC8 = LocalDate.now(ZoneOffset.ofHours(8));

	@Test
	void theWholeRoadWithAReopenRecordsEveryStepAndComputesTheDeadlines() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		String handler = tokenOf("HANDLER", "210106", null);
		JsonNode a = filed(filer, "OTHER", "210106");
		assertThat(a.get("state").asText()).isEqualTo("DISPATCHED");
		assertThat(a.get("unit").get("code").asText()).isEqualTo("BEC-210106");
		assertThat(a.get("unit").get("name").asText()).isEqualTo("沈阳市铁西区营商环境服务中心");
		assertThat(LocalDate.parse(a.get("expectedAcceptBy").asText())).isEqualTo(addWorkingDays(TODAY_UTC8, 1));
		assertThat(a.get("expectedAnswerBy").isNull()).isTrue();

		a = done(handler, a, "accept", null);
		assertThat(a.get("state").asText()).isEqualTo("ACCEPTED");
		assertThat(LocalDate.parse(a.get("expectedAnswerBy").asText())).as("其他: 10 working days")
			.isEqualTo(addWorkingDays(TODAY_UTC8, 10));
		a = done(handler, a, "start", null);
		a = done(handler, a, "reply", with("reply", "已协调解决"));
		assertThat(a.get("reply").asText()).isEqualTo("已协调解决");
		a = done(filer.token(), a, "follow-up", with("satisfaction", "UNSATISFIED", "resolved", false, "note", "未解决"));
		// 办结 is still possible after 不满意, but the enterprise asks for 重办
		a = done(filer.token(), a, "reopen", with("note", "问题仍在"));
		assertThat(a.get("state").asText()).isEqualTo("REOPENED");
		assertThat(a.get("reopenCount").asInt()).isEqualTo(1);
		assertThat(a.get("reply").isNull()).isTrue();
		a = done(handler, a, "start", null);
		a = done(handler, a, "reply", with("reply", "二次办理完毕"));
		a = done(filer.token(), a, "follow-up", with("satisfaction", "SATISFIED", "resolved", true));
		MvcResult reopenAfterSatisfied = act(filer.token(), a.get("id").asLong(), "reopen", a.get("version").asInt(),
				with("note", "再试"));
		problem(reopenAfterSatisfied, 409);
		a = done(filer.token(), a, "close", null);
		assertThat(a.get("state").asText()).isEqualTo("CLOSED");
		assertThat(a.get("rating").asText()).isEqualTo("SATISFIED");
		assertThat(a.get("resolved").asBoolean()).isTrue();

		List<String> steps = new ArrayList<>();
		for (JsonNode s : a.get("history")) {
			steps.add(s.get("action").asText() + ":" + s.get("to").asText());
			assertThat(s.get("actor").asText()).isNotBlank();
			assertThat(s.get("at").asText()).isNotBlank();
		}
		assertThat(steps).containsExactly("FILE:RECEIVED", "DISPATCH:DISPATCHED", "ACCEPT:ACCEPTED",
				"START:IN_PROGRESS", "REPLY:REPLIED", "FOLLOW_UP:FOLLOWED_UP", "REOPEN:REOPENED", "START:IN_PROGRESS",
				"REPLY:REPLIED", "FOLLOW_UP:FOLLOWED_UP", "CLOSE:CLOSED");
		assertThat(a.get("history").get(2).get("from").asText()).isEqualTo("DISPATCHED");
		assertThat(a.get("history").get(1).get("actor").asText()).isEqualTo("派单规则");

		// the enterprise reads the same history
		assertThat(body(read(filer.token(), a.get("id").asLong())).get("history")).hasSize(11);
	}

	@Test
	void illegalTransitionsAre409AndChangeNothing() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		String handler = tokenOf("HANDLER", "210106", null);
		JsonNode a = filed(filer, "OTHER", "210106");
		long id = a.get("id").asLong();
		int version = a.get("version").asInt();
		for (String action : List.of("start", "reply", "follow-up", "close", "reopen", "extend")) {
			Map<String, Object> extra = with("reply", "x", "satisfaction", "SATISFIED", "note", "x", "days", 2);
			String who = action.equals("follow-up") || action.equals("close") || action.equals("reopen") ? filer.token()
					: adminToken();
			problem(act(who, id, action, version, extra), 409);
		}
		problem(act(adminToken(), id, "dispatch", version, null), 409);
		JsonNode after = body(read(handler, id));
		assertThat(after.get("state").asText()).isEqualTo("DISPATCHED");
		assertThat(after.get("version").asInt()).isEqualTo(version);
		assertThat(after.get("history")).hasSize(2);
	}

	@Test
	void rolesDecideWhoActs() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		Filer other = enterpriseIn("210106", "3311");
		String handler = tokenOf("HANDLER", "210106", null);
		JsonNode a = filed(filer, "OTHER", "210106");
		long id = a.get("id").asLong();
		problem(act(filer.token(), id, "accept", a.get("version").asInt(), null), 403);
		problem(act(handler, id, "dispatch", a.get("version").asInt(), null), 403);
		problem(read(other.token(), id), 404);
		problem(act(other.token(), id, "close", a.get("version").asInt(), null), 404);
		assertThat(listedIds(other.token())).doesNotContain(id);
		assertThat(listedIds(filer.token())).contains(id);
		a = done(handler, a, "accept", null);
		a = done(handler, a, "start", null);
		a = done(handler, a, "reply", with("reply", "答复"));
		problem(act(handler, id, "follow-up", a.get("version").asInt(), with("satisfaction", "SATISFIED")), 403);
		// a handler of another county neither sees nor acts
		problem(act(tokenOf("HANDLER", "210102", null), id, "escalate", a.get("version").asInt(), null), 404);
		a = done(handler, a, "escalate", with("note", "督办"));
		assertThat(a.get("escalated").asBoolean()).isTrue();
	}

	@Test
	void extensionIsApprovedAboveTheUnitAndMovesTheAnswerDeadline() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		String handler = tokenOf("HANDLER", "210106", null);
		String cityHandler = tokenOf("HANDLER", "210100", null);
		JsonNode a = filed(filer, "OTHER", "210106");
		a = done(handler, a, "accept", null);
		LocalDate due = LocalDate.parse(a.get("expectedAnswerBy").asText());
		problem(act(handler, a.get("id").asLong(), "extend", a.get("version").asInt(), with("days", 5, "note", "需调查")),
				403);
		problem(act(cityHandler, a.get("id").asLong(), "extend", a.get("version").asInt(),
				with("days", 0, "note", "x")), 400);
		a = done(cityHandler, a, "extend", with("days", 5, "note", "需现场调查"));
		assertThat(LocalDate.parse(a.get("expectedAnswerBy").asText())).isEqualTo(addWorkingDays(due, 5));
		assertThat(a.get("extensionDays").asInt()).isEqualTo(5);
		assertThat(a.get("state").asText()).isEqualTo("ACCEPTED");
		a = done(cityHandler, a, "escalate", with("note", "督办"));
		assertThat(a.get("escalated").asBoolean()).isTrue();
	}

	@Test
	void aReturnGoesBackToTheDispatcherIsCountedAndIsDispatchedAgain() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		String handler = tokenOf("HANDLER", "210106", null);
		JsonNode a = filed(filer, "OTHER", "210106");
		long id = a.get("id").asLong();
		problem(act(handler, id, "return", a.get("version").asInt(), null), 400);
		a = done(handler, a, "return", with("note", "属供电企业职责"));
		assertThat(a.get("state").asText()).isEqualTo("RETURNED");
		assertThat(a.get("returnCount").asInt()).isEqualTo(1);
		assertThat(a.get("unit").isNull()).isTrue();
		problem(read(handler, id), 404);
		a = done(adminToken(), a, "dispatch", with("unitCode", "SY-UTIL"));
		assertThat(a.get("state").asText()).isEqualTo("DISPATCHED");
		assertThat(a.get("unit").get("code").asText()).isEqualTo("SY-UTIL");
		assertThat(a.get("returnCount").asInt()).isEqualTo(1);
		// the 铁西 handler no longer sees it; the city's handlers do
		problem(read(handler, id), 404);
		assertThat(read(tokenOf("HANDLER", "210100", null), id).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aStaleVersionIs409() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		String handler = tokenOf("HANDLER", "210106", null);
		JsonNode a = filed(filer, "OTHER", "210106");
		done(handler, a, "accept", null);
		// the second handler still holds the old version
		MvcResult stale = act(tokenOf("HANDLER", "210106", null), a.get("id").asLong(), "return",
				a.get("version").asInt(), with("note", "不归我们"));
		problem(stale, 409);
		problem(act(handler, a.get("id").asLong(), "start", a.get("version").asInt() + 99, null), 409);
		errorOn(problem(perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/appeals/" + a.get("id").asLong() + "/start"), handler, Map.of()), 400), "version");
	}

	@Test
	void twoHandlersActingAtOnceOneWinsTheOtherGets409() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		String first = tokenOf("HANDLER", "210106", null);
		String second = tokenOf("HANDLER", "210106", null);
		for (int round = 0; round < 3; round++) {
			JsonNode a = filed(filer, "OTHER", "210106");
			long id = a.get("id").asLong();
			int version = a.get("version").asInt();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<Integer>> answers = new ArrayList<>();
				for (Callable<Integer> c : List.<Callable<Integer>>of(() -> {
					start.await();
					return act(first, id, "accept", version, null).getResponse().getStatus();
				}, () -> {
					start.await();
					// not 退单: a won 退单 takes the appeal out of the handlers' sight (404),
					// which is right but not this test
					return act(second, id, "escalate", version, with("note", "催办")).getResponse().getStatus();
				})) {
					answers.add(pool.submit(c));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> f : answers) {
					statuses.add(f.get());
				}
				assertThat(statuses).containsExactlyInAnyOrder(200, 409);
			}
			finally {
				pool.shutdownNow();
			}
			JsonNode after = body(read(adminToken(), id));
			assertThat(after.get("history")).as("one winning step").hasSize(3);
			assertThat(after.get("version").asInt()).isEqualTo(version + 1);
		}
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyAnswersTheFirstAppealAndStoresOneRow() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		String key = "retry-" + random.nextLong();
		Map<String, Object> body = appeal("POLICY", "210106", "补贴资金未到账");
		MvcResult first = file(filer.token(), body, key);
		assertThat(first.getResponse().getStatus()).as(text(first)).isEqualTo(201);
		MvcResult retry = file(filer.token(), body, key);
		assertThat(retry.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(retry).get("id").asLong()).isEqualTo(body(first).get("id").asLong());
		assertThat(jdbc.queryForObject("select count(*) from appeal where idempotency_key = ?", Long.class, key))
			.isEqualTo(1);
		// a different key is a different appeal
		MvcResult other = file(filer.token(), body, key + "-2");
		assertThat(other.getResponse().getStatus()).isEqualTo(201);
		assertThat(body(other).get("id").asLong()).isNotEqualTo(body(first).get("id").asLong());
	}

	@Test
	void concurrentRetriesStillMakeOneAppeal() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		String key = "race-" + random.nextLong();
		Map<String, Object> body = appeal("POLICY", "210106", "并发重试");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<MvcResult>> results = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return file(filer.token(), body, key);
				}));
			}
			start.countDown();
			List<Long> ids = new ArrayList<>();
			for (Future<MvcResult> f : results) {
				MvcResult r = f.get();
				assertThat(r.getResponse().getStatus()).as(text(r)).isIn(200, 201);
				ids.add(body(r).get("id").asLong());
			}
			assertThat(ids).as("every answer names the one appeal").containsOnly(ids.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from appeal where idempotency_key = ?", Long.class, key))
			.isEqualTo(1);
	}

	@Test
	void badFilingsAre400WithTheField() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		errorOn(problem(file(filer.token(), appeal("NOPE", "210106", "x"), null), 400), "category");
		errorOn(problem(file(filer.token(), appeal("OTHER", "999999", "x"), null), 400), "divisionCode");
		errorOn(problem(file(filer.token(), appeal("OTHER", "210106", "长".repeat(2001)), null), 400), "description");
		errorOn(problem(file(filer.token(), appeal("OTHER", "210106", " "), null), 400), "description");
		assertThat(file(filer.token(), appeal("OTHER", "210106", "长".repeat(2000)), null).getResponse().getStatus())
			.isEqualTo(201);
		problem(file(tokenOf("HANDLER", "210106", null), appeal("OTHER", "210106", "x"), null), 403);
		assertThat(file(null, appeal("OTHER", "210106", "x"), null).getResponse().getStatus()).isEqualTo(401);
	}

}
