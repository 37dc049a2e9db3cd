package cn.lianshang.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: a bearer token from
 * {@code POST /api/v1/auth/token}, no session, no CSRF (no cookie authenticates it),
 * problem+json for 401 and 403. The web pages use a form login with a session and CSRF
 * protection. Authorization of single operations is declared on the methods
 * ({@code @PreAuthorize}); jurisdiction scoping is a condition inside each query
 * ({@link Scope}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// BCrypt for new hashes, with the {id} prefix so the algorithm can be changed
		// later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountManagement accounts, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
		dao.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(new ThrottledAuthentication(dao, throttle));
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, Tokens tokens, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint(
						(req, res, ex) -> problems.write(req, res, 401, "problem.unauthorized.detail"))
				.accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "problem.forbidden.detail")))
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				// workforce: public self-registration of residents
				.requestMatchers(HttpMethod.POST, "/api/v1/residents")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/regions", "/api/v1/regions/**", "/api/v1/industries",
						"/api/v1/industries/**", "/api/v1/qualifications", "/api/v1/calendar/add-working-days")
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

	/**
	 * Open311 GeoReport v2 ({@code /open311/**}): stateless, no CSRF, no session, open at
	 * the HTTP level. Outside systems authenticate a submission with the {@code api_key}
	 * parameter, which the appeals module checks in the controller (a missing or bad key
	 * is a GeoReport error body, not a problem+json 401).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain open311(HttpSecurity http) throws Exception {
		http.securityMatcher("/open311/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(c -> c.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.anonymous(a -> {
			})
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.headers(h -> h
			.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
					+ "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'"))
			.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler((req, res, ex) -> res.sendRedirect(
						req.getContextPath() + (ex instanceof LockedException ? "/login?locked" : "/login?error")))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/", "/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
						"/actuator/health", "/actuator/health/**", "/actuator/info", "/regions", "/regions/**",
						"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/c/*", "/n/*",
						"/jobs/register")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated());
		return http.build();
	}

}
