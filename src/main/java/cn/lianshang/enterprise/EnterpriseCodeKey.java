package cn.lianshang.enterprise;

import java.time.OffsetDateTime;
import java.util.Base64;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An HMAC-SHA256 key of the enterprise codes (256 random bits, base64). Kept in the
 * database so that every app node signs and verifies with the same keys; a retired key
 * verifies nothing any more.
 */
@Entity
@Table(name = "code_key")
class EnterpriseCodeKey {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "code_key_seq")
	@SequenceGenerator(name = "code_key_seq", sequenceName = "code_key_seq", allocationSize = 1)
	private Integer id;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "retired_at")
	private OffsetDateTime retiredAt;

	private String secret;

	protected EnterpriseCodeKey() {
	}

	EnterpriseCodeKey(byte[] secret, OffsetDateTime now) {
		this.secret = Base64.getEncoder().encodeToString(secret);
		this.createdAt = now;
	}

	Integer id() {
		return id;
	}

	OffsetDateTime createdAt() {
		return createdAt;
	}

	OffsetDateTime retiredAt() {
		return retiredAt;
	}

	boolean retired() {
		return retiredAt != null;
	}

	void retire(OffsetDateTime now) {
		if (retiredAt == null) {
			retiredAt = now;
		}
	}

	byte[] secret() {
		return Base64.getDecoder().decode(secret);
	}

	/** What the API and the audit log show of a key: never its secret. */
	EnterpriseCodeKeyView view() {
		return new EnterpriseCodeKeyView(id, createdAt, retiredAt);
	}

	record EnterpriseCodeKeyView(int id, OffsetDateTime createdAt, OffsetDateTime retiredAt) {

	}

}
