package cn.lianshang.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One email in the durable outbox. */
@Entity
@Table(name = "notification_email")
class OutboxEmail {

	static final int MAX_ERROR = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_email_seq")
	@SequenceGenerator(name = "notification_email_seq", sequenceName = "notification_email_seq", allocationSize = 50)
	private Long id;

	private Long notificationId;

	private String toAddress;

	@Enumerated(EnumType.STRING)
	private EmailStatus status;

	private int attempts;

	private OffsetDateTime sendAfter;

	private String lastError;

	private OffsetDateTime createdAt;

	private OffsetDateTime sentAt;

	protected OutboxEmail() {
	}

	OutboxEmail(long notificationId, String toAddress, EmailStatus status, Instant sendAfter, OffsetDateTime now) {
		this.notificationId = notificationId;
		this.toAddress = toAddress;
		this.status = status;
		this.sendAfter = sendAfter.atOffset(ZoneOffset.UTC);
		this.createdAt = now;
	}

	void sent(OffsetDateTime now) {
		status = EmailStatus.SENT;
		sentAt = now;
		lastError = null;
	}

	/** A failed attempt: retried after {@code retryAt}, or given up at the last one. */
	void failed(String error, Instant retryAt, int maxAttempts) {
		lastError = error == null ? "?" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
		if (attempts >= maxAttempts) {
			status = EmailStatus.FAILED;
		}
		else {
			sendAfter = retryAt.atOffset(ZoneOffset.UTC);
		}
	}

	Long id() {
		return id;
	}

	Long notificationId() {
		return notificationId;
	}

	String toAddress() {
		return toAddress;
	}

	EmailStatus status() {
		return status;
	}

	int attempts() {
		return attempts;
	}

	OffsetDateTime sendAfter() {
		return sendAfter;
	}

	String lastError() {
		return lastError;
	}

}
