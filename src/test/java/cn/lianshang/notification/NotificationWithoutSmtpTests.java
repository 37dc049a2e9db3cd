package cn.lianshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/** The embedded default has no SMTP server: the outbox row says so, the inbox is used. */
class NotificationWithoutSmtpTests extends ApiTestSupport {

	@Autowired
	Notifying notifying;

	@Autowired
	EmailDelivery delivery;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void withoutSpringMailHostTheOutboxRowIsMarkedNoSmtp() throws Exception {
		String uscc = TestData.validUscc(random, "210106");
		register(enterprise(uscc, "无服务器企业" + TestData.uniqueWord(random), "210106", "3421"));
		String token = tokenOf("ENTERPRISE", null, uscc);
		MvcResult set = perform(put("/api/v1/inbox/contact"), token, Map.of("email", "a@qiye.example"));
		assertThat(set.getResponse().getStatus()).as(text(set)).isEqualTo(200);
		long id = transactions
			.execute(s -> notifying.send(new Notifying.Message(uscc, null, "policy", null, "测试", "正文", "/inbox")));
		assertThat(notifying.emailStatus(id)).containsExactly(EmailStatus.NO_SMTP);
		assertThat(delivery.deliverDue(Instant.now())).isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'notification.contact.set'" + " and entity_id = ?",
				Long.class, "uscc:" + uscc))
			.isEqualTo(1);
	}

}
