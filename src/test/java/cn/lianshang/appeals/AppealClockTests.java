package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.access.AccountManagement;
import cn.lianshang.appeals.model.RunningClock;

/**
 * The durable clocks: db-scheduler timers armed on each transition, a due timer that
 * escalates, a warning, cancellation, and a timer that fires twice.
 */
@Tag("database")
class AppealClockTests extends AppealsTestSupport {

	static final LocalDate TODAY_UTC8 = LocalDate.now(ZoneOffset.ofHours(8));

	@Autowired
	AppealClocks clocks;

	@Autowired
	ClockAlarms alarms;

	@Autowired
	Appeals appeals;

	@Autowired
	AccountManagement accounts;

	RunningClock clockOf(long id) {
		return appeals.findById(id).orElseThrow().clock();
	}

	@Test
	void filingArmsTheAcceptClockAndATransitionReplacesItsTimers() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		JsonNode a = filed(filer, "OTHER", "210106");
		long id = a.get("id").asLong();
		RunningClock accept = clockOf(id);
		assertThat(accept.kind()).isEqualTo(RunningClock.Kind.ACCEPT);
		List<AppealClocks.Pending> pending = clocks.pending(id, accept);
		assertThat(pending).extracting(p -> p.timer().phase())
			.containsExactly(AppealNotice.Kind.WARNING, AppealNotice.Kind.ESCALATION);
		assertThat(pending.get(1).at()).isEqualTo(accept.overdueAt());
		assertThat(pending.get(0).at()).isBefore(pending.get(1).at());

		done(tokenOf("HANDLER", "210106", null), a, "accept", null);
		RunningClock answer = clockOf(id);
		assertThat(answer.kind()).isEqualTo(RunningClock.Kind.ANSWER);
		assertThat(clocks.pending(id, accept)).as("the 签收 timers are cancelled").isEmpty();
		assertThat(clocks.pending(id, answer)).hasSize(2);
	}

	@Test
	void aTimerThatCameDueWhileNobodyLookedFiresOnceAndEscalates() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		JsonNode a = filed(filer, "OTHER", "210106");
		long id = a.get("id").asLong();
		// as if the application had been down since the deadline passed
		jdbc.update("update appeal set accept_due = ?, clock_started_at = ? where id = ?", TODAY_UTC8.minusDays(10),
				OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(20), id);
		clocks.arm(id);
		String admin = adminToken();
		waitFor(() -> escalated(id), "the escalation fires");
		JsonNode after = body(read(admin, id));
		assertThat(after.get("escalated").asBoolean()).isTrue();
		assertThat(after.get("state").asText()).as("督办 keeps the state").isEqualTo("DISPATCHED");
		List<JsonNode> escalations = after.get("history")
			.findParents("action")
			.stream()
			.filter(h -> h.get("action").asText().equals("ESCALATE"))
			.toList();
		assertThat(escalations).hasSize(1);
		assertThat(escalations.get(0).get("actor").asText()).isEqualTo(ClockAlarms.ACTOR);
		assertThat(escalations.get(0).get("note").asText()).contains("超过签收时限");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where entity_id = ? and action = 'appeal.escalate' and actor = ?",
				Long.class, String.valueOf(id), ClockAlarms.ACTOR))
			.isEqualTo(1);

		// the same timer firing again changes nothing
		ClockTimer timer = new ClockTimer(id, RunningClock.Kind.ACCEPT, TODAY_UTC8.minusDays(10),
				AppealNotice.Kind.ESCALATION);
		assertThat(alarms.fire(timer)).isFalse();
		assertThat(body(read(admin, id)).get("history").findValuesAsText("action")).filteredOn("ESCALATE"::equals)
			.hasSize(1);
		// a timer of a clock that no longer runs (another deadline) does nothing
		assertThat(alarms
			.fire(new ClockTimer(id, RunningClock.Kind.ACCEPT, TODAY_UTC8.minusDays(11), AppealNotice.Kind.ESCALATION)))
			.isFalse();

		// the handler's queue shows it among the notices
		JsonNode notices = body(
				perform(get("/api/v1/appeals/notices?size=200"), tokenOf("HANDLER", "210106", null), null));
		assertThat(notices.get("content")
			.findParents("appealId")
			.stream()
			.filter(n -> n.get("appealId").asLong() == id)
			.map(n -> n.get("kind").asText())
			.toList()).contains("ESCALATION");
		// another district's handler does not see it
		JsonNode elsewhere = body(
				perform(get("/api/v1/appeals/notices?size=200"), tokenOf("HANDLER", "210102", null), null));
		assertThat(elsewhere.get("content").findValues("appealId").stream().map(JsonNode::asLong)).doesNotContain(id);
	}

	@Test
	void theWarningAppearsBeforeTheDeadlineWithoutEscalating() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		JsonNode a = filed(filer, "OTHER", "210106");
		long id = a.get("id").asLong();
		// a long clock, 60 days gone, the deadline a week ahead: well past 80% of it
		jdbc.update("update appeal set accept_due = ?, clock_started_at = ? where id = ?", TODAY_UTC8.plusDays(7),
				OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(60), id);
		clocks.arm(id);
		waitFor(() -> jdbc.queryForObject("select count(*) from appeal_notice where appeal_id = ? and kind = 'WARNING'",
				Long.class, id) == 1, "the warning fires");
		JsonNode after = body(read(adminToken(), id));
		assertThat(after.get("escalated").asBoolean()).isFalse();
		// the escalation still waits for the deadline
		assertThat(clocks.pending(id, clockOf(id))).extracting(p -> p.timer().phase())
			.containsExactly(AppealNotice.Kind.ESCALATION);
		// and the queue page shows the warning
		UserDetails handler = accounts.loadUserByUsername(createAccount("HANDLER", "210106", null));
		MvcResult page = mvc.perform(get("/appeals").with(user(handler))).andReturn();
		assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("notice-" + id, "即将超时");
	}

	private boolean escalated(long id) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select escalated from appeal where id = ?", Boolean.class, id));
	}

	private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
		long until = System.nanoTime() + 20_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("timed out: " + what);
			}
			Thread.sleep(100);
		}
	}

}
