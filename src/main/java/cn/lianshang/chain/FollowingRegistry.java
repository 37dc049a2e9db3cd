package cn.lianshang.chain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import cn.lianshang.access.AccountManagement;
import cn.lianshang.enterprise.EnterpriseChanged;

/**
 * Keeps the chains in step with the registry: for every {@code EnterpriseChanged} the
 * enterprise's records on nodes and its supply edges follow its current facts
 * ({@link AssigningEnterprises#follow}). Runs after the change committed, on no one's
 * behalf, with the administrator's scope (so that the registry's scoped read answers
 * whoever made the change); the audit names {@code system}.
 */
@Component
class FollowingRegistry {

	private final AssigningEnterprises assigning;

	private final AccountManagement accounts;

	FollowingRegistry(AssigningEnterprises assigning, AccountManagement accounts) {
		this.assigning = assigning;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(EnterpriseChanged event) {
		SecurityContext previous = SecurityContextHolder.getContext();
		UserDetails admin = accounts.loadUserByUsername("admin");
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			assigning.follow(event.uscc(), event.fields());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
