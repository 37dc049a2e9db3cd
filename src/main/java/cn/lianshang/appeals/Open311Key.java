package cn.lianshang.appeals;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The api key of one integrating system; only its SHA-256 is kept. */
@Entity
@Table(name = "open311_key")
class Open311Key {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open311_key_seq")
	@SequenceGenerator(name = "open311_key_seq", sequenceName = "open311_key_seq", allocationSize = 50)
	private Long id;

	@Column(name = "system_name")
	private String system;

	@Column(name = "key_hash")
	private String keyHash;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "revoked_at")
	private OffsetDateTime revokedAt;

	/** Its own rate limit; null: the platform's default. */
	@Column(name = "requests_per_minute")
	private Integer requestsPerMinute;

	protected Open311Key() {
	}

	Open311Key(String system, String keyHash, OffsetDateTime now, Integer requestsPerMinute) {
		this.system = system;
		this.keyHash = keyHash;
		this.createdAt = now;
		this.requestsPerMinute = requestsPerMinute;
	}

	Integer requestsPerMinute() {
		return requestsPerMinute;
	}

	Long id() {
		return id;
	}

	String system() {
		return system;
	}

	boolean isRevoked() {
		return revokedAt != null;
	}

	void revoke(OffsetDateTime now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	KeyView view() {
		return new KeyView(id, system, createdAt, revokedAt, requestsPerMinute);
	}

	record KeyView(long id, String system, OffsetDateTime createdAt, OffsetDateTime revokedAt,
			Integer requestsPerMinute) {
	}

}
