package cn.lianshang.access;

import java.time.OffsetDateTime;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.shared.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/auth")
@Validated
@Tag(name = "auth", description = "登录与令牌 / sign-in and API tokens")
class AuthApi {

	private final AuthenticationManager authentication;

	private final Tokens tokens;

	private final Messages messages;

	AuthApi(AuthenticationManager authentication, Tokens tokens, Messages messages) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.messages = messages;
	}

	record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {

	}

	record TokenResponse(String token, OffsetDateTime expiresAt) {

	}

	record Me(String username, String displayName, Role role, String jurisdiction, String uscc) {

	}

	@PostMapping("/token")
	@Operation(summary = "Exchange a username and password for an API token (Authorization: Bearer …)")
	ResponseEntity<?> token(@Valid @RequestBody Credentials credentials) {
		try {
			var auth = authentication.authenticate(UsernamePasswordAuthenticationToken
				.unauthenticated(credentials.username(), credentials.password()));
			var issued = tokens.issue((LianshangUser) auth.getPrincipal());
			return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt()));
		}
		catch (LoginThrottle.ThrottledException e) {
			long seconds = Math.max(1, java.time.Duration.between(OffsetDateTime.now(), e.until()).toSeconds());
			ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					messages.get("problem.locked.detail", seconds));
			detail.setTitle(messages.get("problem.title.429"));
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(detail);
		}
		catch (AuthenticationException e) {
			ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					messages.get("problem.bad-credentials.detail"));
			detail.setTitle(messages.get("problem.title.401"));
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(detail);
		}
	}

	@GetMapping("/me")
	@Operation(summary = "The account behind the token")
	Me me(@AuthenticationPrincipal LianshangUser user) {
		return new Me(user.getUsername(), user.displayName(), user.role(), user.jurisdiction(), user.uscc());
	}

}
