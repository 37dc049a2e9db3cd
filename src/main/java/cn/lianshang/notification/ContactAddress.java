package cn.lianshang.notification;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a recipient wants email: {@code uscc:<code>} for an enterprise,
 * {@code account:<username>} for an account. Owned by this module (kept by the recipient
 * itself), so that no other module's table is read.
 */
@Entity
@Table(name = "notification_contact")
class ContactAddress {

	@Id
	private String recipient;

	private String email;

	private OffsetDateTime updatedAt;

	private String updatedBy;

	protected ContactAddress() {
	}

	ContactAddress(String recipient, String email, String by, OffsetDateTime now) {
		this.recipient = recipient;
		change(email, by, now);
	}

	void change(String email, String by, OffsetDateTime now) {
		this.email = email;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	String recipient() {
		return recipient;
	}

	String email() {
		return email;
	}

	Contact view() {
		return new Contact(email, updatedAt);
	}

	/** A contact address as the API shows it. */
	record Contact(String email, OffsetDateTime updatedAt) {

	}

}
