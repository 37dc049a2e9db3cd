package cn.lianshang.access;

import java.io.IOException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates {@code Authorization: Bearer <token>} on the API. An unknown or expired
 * token stays anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final Tokens tokens;

	BearerTokenFilter(Tokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = header.substring(7).trim();
			if (!token.isEmpty() && token.length() <= 256) {
				tokens.authenticate(token).ifPresent(user -> {
					var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
					SecurityContextHolder.getContext().setAuthentication(auth);
				});
			}
		}
		chain.doFilter(request, response);
	}

}
