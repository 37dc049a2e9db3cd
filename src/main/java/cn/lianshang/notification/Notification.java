package cn.lianshang.notification;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One message in one recipient's inbox; opened once (the first open counts). */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
	@SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
	private Long id;

	private String recipientUscc;

	private String recipientAccount;

	private String topic;

	private String reference;

	private String subject;

	private String body;

	private String link;

	private String trackToken;

	private OffsetDateTime createdAt;

	private OffsetDateTime openedAt;

	private String openedVia;

	protected Notification() {
	}

	Notification(Notifying.Message m, String trackToken, OffsetDateTime now) {
		this.recipientUscc = m.recipientUscc();
		this.recipientAccount = m.recipientAccount();
		this.topic = m.topic();
		this.reference = m.reference();
		this.subject = m.subject();
		this.body = m.body();
		this.link = m.link();
		this.trackToken = trackToken;
		this.createdAt = now;
	}

	/** Marks the message opened; false when it was opened before (nothing changes). */
	boolean open(String via, OffsetDateTime now) {
		if (openedAt != null) {
			return false;
		}
		openedAt = now;
		openedVia = via;
		return true;
	}

	InboxEntry entry() {
		return new InboxEntry(id, topic, reference, subject, body, link, createdAt, openedAt, openedVia);
	}

	Long id() {
		return id;
	}

	String recipientUscc() {
		return recipientUscc;
	}

	String recipientAccount() {
		return recipientAccount;
	}

	String topic() {
		return topic;
	}

	String reference() {
		return reference;
	}

	String subject() {
		return subject;
	}

	String body() {
		return body;
	}

	String link() {
		return link;
	}

	String trackToken() {
		return trackToken;
	}

	OffsetDateTime openedAt() {
		return openedAt;
	}

}
