package cn.lianshang.access;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account, as Spring Security holds it. */
public final class LianshangUser implements UserDetails, CredentialsContainer {

	private final long accountId;

	private final String username;

	private String passwordHash;

	private final Role role;

	private final String jurisdiction;

	private final String uscc;

	private final String displayName;

	private final boolean enabled;

	LianshangUser(long accountId, String username, String passwordHash, Role role, String jurisdiction, String uscc,
			String displayName, boolean enabled) {
		this.accountId = accountId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.jurisdiction = jurisdiction;
		this.uscc = uscc;
		this.displayName = displayName;
		this.enabled = enabled;
	}

	public long accountId() {
		return accountId;
	}

	public Role role() {
		return role;
	}

	public String jurisdiction() {
		return jurisdiction;
	}

	public String uscc() {
		return uscc;
	}

	public String displayName() {
		return displayName == null ? username : displayName;
	}

	public Scope scope() {
		return switch (role) {
			case ADMIN -> Scope.ALL;
			case ENTERPRISE -> uscc == null ? Scope.NONE : Scope.enterprise(uscc);
			case RESIDENT -> Scope.NONE;
			case HANDLER -> jurisdiction == null ? Scope.NONE : Scope.division(jurisdiction);
			case POLICY_OFFICER, CHAIN_OFFICER, ANALYST ->
				jurisdiction == null ? Scope.ALL : Scope.division(jurisdiction);
		};
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
