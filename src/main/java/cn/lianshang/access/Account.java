package cn.lianshang.access;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
	@SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
	private Long id;

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String jurisdiction;

	private String uscc;

	@Column(name = "display_name")
	private String displayName;

	private boolean enabled;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Version
	private int version;

	protected Account() {
	}

	Account(String username, String passwordHash, Role role, String jurisdiction, String uscc, String displayName) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.jurisdiction = jurisdiction;
		this.uscc = uscc;
		this.displayName = displayName;
		this.enabled = true;
		this.createdAt = OffsetDateTime.now();
	}

	LianshangUser toUser() {
		return new LianshangUser(id, username, passwordHash, role, jurisdiction, uscc, displayName, enabled);
	}

	AccountView view() {
		return new AccountView(id, username, role, jurisdiction, uscc, displayName, enabled, createdAt);
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	Role role() {
		return role;
	}

	void changePassword(String hash) {
		this.passwordHash = hash;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
