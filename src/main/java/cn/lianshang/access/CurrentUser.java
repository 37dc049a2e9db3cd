package cn.lianshang.access;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, and so what scope every query of jurisdiction data must carry. */
@Component
public class CurrentUser {

	public Optional<LianshangUser> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof LianshangUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/** The caller's scope; {@link Scope#NONE} for anonymous callers. */
	public Scope scope() {
		return get().map(LianshangUser::scope).orElse(Scope.NONE);
	}

	/**
	 * The actor named in the audit log: the username, or {@code system} for work not done
	 * on anyone's behalf.
	 */
	public String actor() {
		return get().map(LianshangUser::getUsername).orElse("system");
	}

	public boolean hasRole(Role role) {
		return get().map(u -> u.role() == role).orElse(false);
	}

}
