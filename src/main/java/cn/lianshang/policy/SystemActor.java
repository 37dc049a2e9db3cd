package cn.lianshang.policy;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import cn.lianshang.access.AccountManagement;

/**
 * Runs work that is done on no one's behalf (event listeners, timers, demo data) with the
 * administrator's scope, as the demo loaders do, so that the registry's scoped reads
 * answer for the whole area.
 */
@Component
class SystemActor {

	private final AccountManagement accounts;

	SystemActor(AccountManagement accounts) {
		this.accounts = accounts;
	}

	<T> T call(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
