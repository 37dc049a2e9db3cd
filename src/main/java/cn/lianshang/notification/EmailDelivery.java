package cn.lianshang.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due rows of the outbox through SMTP. Each row is claimed by a conditional
 * update (one node wins; the claim is a lease, so a row whose sender died is due again
 * when the lease ends), sent outside any transaction, then marked sent, or failed and
 * retried after a delay that doubles with every attempt, until the last attempt. Nothing
 * is lost on restart: the outbox is a table.
 */
@Component
class EmailDelivery {

	static final int BATCH = 50;

	static final Duration LEASE = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

	private final Outbox outbox;

	private final Notifications notifications;

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationSettings settings;

	private final TransactionTemplate transactions;

	EmailDelivery(Outbox outbox, Notifications notifications, ObjectProvider<JavaMailSender> mail,
			NotificationSettings settings, TransactionTemplate transactions) {
		this.outbox = outbox;
		this.notifications = notifications;
		this.mail = mail;
		this.settings = settings;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${lianshang.notification.poll-interval:PT15S}",
			initialDelayString = "${lianshang.notification.poll-interval:PT15S}")
	void poll() {
		try {
			deliverDue(Instant.now());
		}
		catch (RuntimeException e) {
			log.warn("email outbox poll failed: {}", e.toString());
		}
	}

	/** Sends what is due at {@code now}; answers how many were sent. */
	int deliverDue(Instant now) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		List<Long> due = transactions.execute(s -> outbox.findDue(at, PageRequest.of(0, BATCH)));
		int sent = 0;
		for (Long id : due) {
			if (attempt(sender, id, now)) {
				sent++;
			}
		}
		return sent;
	}

	private record Claimed(OutboxEmail email, Notification notification) {

	}

	private boolean attempt(JavaMailSender sender, long id, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		Claimed claimed = transactions.execute(s -> {
			OutboxEmail e = outbox.findById(id).orElse(null);
			if (e == null || outbox.claim(id, e.attempts(), at, at.plus(LEASE)) != 1) {
				return null;
			}
			return new Claimed(outbox.findById(id).orElseThrow(),
					notifications.findById(e.notificationId()).orElseThrow());
		});
		if (claimed == null) {
			return false;
		}
		String error = null;
		try {
			sender.send(message(claimed.email(), claimed.notification()));
		}
		catch (RuntimeException ex) {
			error = ex.toString();
		}
		String failure = error;
		transactions.executeWithoutResult(s -> {
			OutboxEmail e = outbox.findById(id).orElseThrow();
			if (failure == null) {
				e.sent(OffsetDateTime.now());
			}
			else {
				e.failed(failure, now.plus(backoff(e.attempts())), settings.maxAttempts());
				log.info("email {} attempt {} failed: {}", id, e.attempts(), failure);
			}
		});
		return failure == null;
	}

	/** The delay after the n-th failed attempt: the base, doubled each time. */
	Duration backoff(int attempts) {
		return settings.retryBase().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
	}

	SimpleMailMessage message(OutboxEmail e, Notification n) {
		SimpleMailMessage m = new SimpleMailMessage();
		m.setFrom(settings.from());
		m.setTo(e.toAddress());
		m.setSubject(n.subject());
		String base = settings.baseUrl().endsWith("/")
				? settings.baseUrl().substring(0, settings.baseUrl().length() - 1) : settings.baseUrl();
		m.setText(n.body() + "\n\n查看详情 / Details: " + base + "/n/" + n.trackToken()
				+ "\n\n（本邮件由链上沈阳平台发送 · Sent by the Lianshang platform）");
		return m;
	}

}
