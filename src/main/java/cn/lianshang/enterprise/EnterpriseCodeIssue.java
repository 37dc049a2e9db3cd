package cn.lianshang.enterprise;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One serial of an enterprise's code. The serial not revoked is the current one; a token
 * naming any other serial (revoked, or never issued) is refused.
 */
@Entity
@Table(name = "enterprise_code")
class EnterpriseCodeIssue {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_code_seq")
	@SequenceGenerator(name = "enterprise_code_seq", sequenceName = "enterprise_code_seq", allocationSize = 50)
	private Long id;

	private String uscc;

	private int serial;

	@Column(name = "issued_at")
	private OffsetDateTime issuedAt;

	@Column(name = "revoked_at")
	private OffsetDateTime revokedAt;

	protected EnterpriseCodeIssue() {
	}

	EnterpriseCodeIssue(String uscc, int serial, OffsetDateTime now) {
		this.uscc = uscc;
		this.serial = serial;
		this.issuedAt = now;
	}

	String uscc() {
		return uscc;
	}

	int serial() {
		return serial;
	}

	OffsetDateTime issuedAt() {
		return issuedAt;
	}

	boolean revoked() {
		return revokedAt != null;
	}

	/** Revokes this serial and returns the next one (to be saved). */
	EnterpriseCodeIssue revokeAndSucceed(OffsetDateTime now) {
		if (revokedAt != null) {
			throw new IllegalStateException("serial " + serial + " of " + uscc + " is already revoked");
		}
		revokedAt = now;
		return new EnterpriseCodeIssue(uscc, serial + 1, now);
	}

}
