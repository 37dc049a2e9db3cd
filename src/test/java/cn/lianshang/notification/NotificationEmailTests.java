package cn.lianshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.OwnSchema;
import cn.lianshang.TestData;
import jakarta.mail.internet.MimeMessage;

/**
 * Email through a real SMTP server (GreenMail): the contact address, the durable outbox,
 * the poller, the tracked link that records the open, and a policy push on its whole way
 * from publishing to the mailbox. Its own context, with {@code spring.mail.host} set and
 * no quiet hours, and on PostgreSQL a schema of its own ({@link OwnSchema}).
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "lianshang.notification.quiet-start=00:00",
		"lianshang.notification.quiet-end=00:00", "lianshang.notification.poll-interval=PT1H",
		"lianshang.notification.base-url=https://lianshang.example" })
class NotificationEmailTests extends ApiTestSupport {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		OwnSchema.use(registry, "notification_email_test");
	}

	@Autowired
	Notifying notifying;

	@Autowired
	EmailDelivery delivery;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void purge() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void aMessageReachesTheInboxAtOnceAndTheMailboxThroughTheOutboxAndItsLinkRecordsTheOpen() throws Exception {
		String uscc = TestData.validUscc(random, "210106");
		register(enterprise(uscc, "邮件测试企业" + TestData.uniqueWord(random), "210106", "3421"));
		String token = tokenOf("ENTERPRISE", null, uscc);

		JsonAssert bad = new JsonAssert(
				problem(perform(put("/api/v1/inbox/contact"), token, Map.of("email", "不是邮箱")), 400));
		assertThat(errorOn(bad.node(), "email").get("code").asText()).isEqualTo("notification.email.invalid");
		MvcResult set = perform(put("/api/v1/inbox/contact"), token, Map.of("email", "caiwu@qiye.example"));
		assertThat(set.getResponse().getStatus()).as(text(set)).isEqualTo(200);

		long id = transactions.execute(s -> notifying
			.send(new Notifying.Message(uscc, null, "policy", "test:1", "政策推送：测试政策", "贵企业符合测试政策的申请条件。", "/policies")));
		assertThat(notifying.emailStatus(id)).containsExactly(EmailStatus.PENDING);
		MvcResult inbox = perform(get("/api/v1/inbox"), token, null);
		assertThat(body(inbox).get("page").get("content").get(0).get("id").asLong()).isEqualTo(id);

		assertThat(delivery.deliverDue(Instant.now())).isGreaterThanOrEqualTo(1);
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessagesForDomain("qiye.example");
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("政策推送：测试政策");
		String mailBody = GreenMailUtil.getBody(received[0]);
		assertThat(notifying.emailStatus(id)).containsExactly(EmailStatus.SENT);
		// sent once: a second poll finds nothing due for it
		delivery.deliverDue(Instant.now().plus(Duration.ofDays(1)));
		assertThat(smtp.getReceivedMessagesForDomain("qiye.example")).hasSize(1);

		String decoded = received[0].getContent().toString();
		Matcher link = Pattern.compile("https://lianshang\\.example/n/([A-Za-z0-9_-]+)").matcher(decoded);
		assertThat(link.find()).as(mailBody).isTrue();
		MvcResult followed = mvc.perform(get("/n/" + link.group(1))).andReturn();
		assertThat(followed.getResponse().getStatus()).isEqualTo(302);
		assertThat(followed.getResponse().getRedirectedUrl()).isEqualTo("/policies");
		assertThat(jdbc.queryForObject("select opened_via from notification where id = ?", String.class, id))
			.isEqualTo("email-link");
	}

	@Test
	void withoutAContactAddressTheInboxAloneIsUsedAndNoOneElseCanOpenTheMessage() throws Exception {
		String uscc = TestData.validUscc(random, "210106");
		register(enterprise(uscc, "无邮箱企业" + TestData.uniqueWord(random), "210106", "3421"));
		String token = tokenOf("ENTERPRISE", null, uscc);
		long id = transactions
			.execute(s -> notifying.send(new Notifying.Message(uscc, null, "policy", null, "测试", "正文", "/inbox")));
		assertThat(notifying.emailStatus(id)).containsExactly(EmailStatus.NO_ADDRESS);

		String other = TestData.validUscc(random, "210106");
		register(enterprise(other, "别家企业" + TestData.uniqueWord(random), "210106", "3421"));
		assertThat(
				perform(post("/api/v1/inbox/" + id + "/open"), tokenOf("ENTERPRISE", null, other), null).getResponse()
					.getStatus())
			.isEqualTo(404);
		MvcResult opened = perform(post("/api/v1/inbox/" + id + "/open"), token, null);
		assertThat(opened.getResponse().getStatus()).as(text(opened)).isEqualTo(200);
		assertThat(body(opened).get("openedVia").asText()).isEqualTo("inbox");
	}

	/**
	 * The whole way of a policy push: a policy published through the API, the push run
	 * finding the eligible enterprise, its inbox entry and the email it gets from the
	 * outbox through the SMTP server.
	 */
	@Test
	void aPublishedPolicyReachesTheEligibleEnterprisesMailbox() throws Exception {
		String county = "211202"; // 银州区, 铁岭市
		String uscc = TestData.validUscc(random, county);
		Map<String, Object> facts = enterprise(uscc, "推送邮件企业" + TestData.uniqueWord(random), county, "3421");
		facts.put("employees", 60);
		register(facts);
		String token = tokenOf("ENTERPRISE", null, uscc);
		MvcResult set = perform(put("/api/v1/inbox/contact"), token, Map.of("email", "zhengce@tuisong.example"));
		assertThat(set.getResponse().getStatus()).as(text(set)).isEqualTo(200);

		String title = "邮件推送测试政策" + TestData.uniqueWord(random);
		Map<String, Object> draft = new java.util.LinkedHashMap<>();
		draft.put("title", title);
		draft.put("issuer", "推送测试机关");
		draft.put("documentNumber", "邮推〔2026〕" + TestData.uniqueWord(random) + "号");
		draft.put("issueDate", "2026-01-01");
		draft.put("effectiveFrom", "2026-01-01");
		draft.put("effectiveTo", "2030-12-31");
		draft.put("regionScope", county);
		draft.put("howToClaim", "APPLY");
		draft.put("benefitKind", "SUBSIDY");
		draft.put("benefitAmount", "每家 1 万元。");
		draft.put("articles",
				java.util.List.of(Map.of("number", 1, "text", "注册地。"), Map.of("number", 2, "text", "参保人数。")));
		draft.put("eligibility",
				Map.of("type", "all", "all",
						java.util.List.of(
								Map.of("type", "divisionIn", "codes", java.util.List.of(county), "article", 1),
								Map.of("type", "employees", "min", 55, "article", 2))));
		draft.put("goldenCases", java.util.List
			.of(Map.of("name", "符合", "expected", "eligible", "facts", Map.of("division", county, "employees", 55))));
		MvcResult created = perform(post("/api/v1/policies"), adminToken(), draft);
		assertThat(created.getResponse().getStatus()).as(text(created)).isEqualTo(201);
		long policy = body(created).get("id").asLong();
		MvcResult published = perform(post("/api/v1/policies/" + policy + "/publish"), adminToken(), null);
		assertThat(published.getResponse().getStatus()).as(text(published)).isEqualTo(200);

		Instant end = Instant.now().plus(Duration.ofSeconds(60));
		while (jdbc.queryForObject("select count(*) from notification where recipient_uscc = ? and topic = 'policy'",
				Integer.class, uscc) == 0) {
			assertThat(Instant.now()).as("waiting for the push of policy " + policy).isBefore(end);
			Thread.sleep(100);
		}
		assertThat(delivery.deliverDue(Instant.now())).isGreaterThanOrEqualTo(1);
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessagesForDomain("tuisong.example");
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("政策推送：" + title);
		assertThat(received[0].getContent().toString()).contains(title, "申请条件");
	}

	record JsonAssert(com.fasterxml.jackson.databind.JsonNode node) {

	}

}
