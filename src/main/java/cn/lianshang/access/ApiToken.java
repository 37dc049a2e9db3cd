package cn.lianshang.access;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An API token; only its SHA-256 hash is stored, so a leaked table yields no usable
 * token.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "account_id")
	private long accountId;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "expires_at")
	private OffsetDateTime expiresAt;

	protected ApiToken() {
	}

	ApiToken(String tokenHash, long accountId, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
		this.tokenHash = tokenHash;
		this.accountId = accountId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	long accountId() {
		return accountId;
	}

	boolean isExpired(OffsetDateTime now) {
		return !expiresAt.isAfter(now);
	}

}
