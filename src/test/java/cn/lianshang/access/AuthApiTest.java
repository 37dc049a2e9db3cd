package cn.lianshang.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;

/** The token endpoint, its throttle, bearer authentication and the health probe. */
class AuthApiTest extends ApiTestSupport {

	MvcResult login(String username, String password) throws Exception {
		return perform(post("/api/v1/auth/token"), null, Map.of("username", username, "password", password));
	}

	@Test
	void issuesATokenThatAuthenticatesLaterRequests() throws Exception {
		String username = createAccount("RESIDENT", null, null);
		MvcResult result = login(username, PASSWORD);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		JsonNode issued = body(result);
		String token = issued.get("token").asText();
		assertThat(token).hasSizeGreaterThanOrEqualTo(40);
		assertThat(java.time.OffsetDateTime.parse(issued.get("expiresAt").asText()))
			.isAfter(java.time.OffsetDateTime.now());
		assertThat(body(perform(get("/api/v1/auth/me"), token, null)).get("username").asText()).isEqualTo(username);
		problem(perform(get("/api/v1/auth/me"), token + "x", null), 401);
	}

	@Test
	void refusesAWrongPasswordWithProblemJson() throws Exception {
		String username = createAccount("RESIDENT", null, null);
		JsonNode problem = problem(login(username, "wrong-password"), 401);
		assertThat(problem.get("detail").asText()).isEqualTo("用户名或密码不正确。");
		MvcResult english = mvc
			.perform(post("/api/v1/auth/token").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"wrong-password\"}"))
			.andReturn();
		assertThat(problem(english, 401).get("detail").asText()).isEqualTo("Wrong username or password.");
		// an unknown user is answered alike
		assertThat(problem(login(username + "-nobody", "wrong-password"), 401).get("detail").asText())
			.isEqualTo("用户名或密码不正确。");
	}

	@Test
	void locksAUsernameAfterFiveFailuresEvenForTheRightPassword() throws Exception {
		String username = createAccount("RESIDENT", null, null);
		for (int i = 0; i < 5; i++) {
			problem(login(username, "wrong-password-" + i), 401);
		}
		MvcResult locked = login(username, PASSWORD);
		JsonNode problem = problem(locked, 429);
		long retryAfter = Long.parseLong(locked.getResponse().getHeader(HttpHeaders.RETRY_AFTER));
		assertThat(retryAfter).isBetween(1L, 15 * 60L);
		assertThat(problem.get("detail").asText()).contains(Long.toString(retryAfter).substring(0, 1));
		// the username is locked in any spelling, and other accounts are not affected
		problem(login(username.toUpperCase(), PASSWORD), 429);
		String other = createAccount("RESIDENT", null, null);
		assertThat(login(other, PASSWORD).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aSuccessfulLoginResetsTheFailureCount() throws Exception {
		String username = createAccount("RESIDENT", null, null);
		for (int i = 0; i < 4; i++) {
			problem(login(username, "wrong-password"), 401);
		}
		assertThat(login(username, PASSWORD).getResponse().getStatus()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			problem(login(username, "wrong-password"), 401);
		}
		assertThat(login(username, PASSWORD).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void refusesAnEmptyLoginAsInvalidInput() throws Exception {
		JsonNode problem = problem(perform(post("/api/v1/auth/token"), null, "{\"username\":\"\"}"), 400);
		assertThat(problem.get("errors")).isNotEmpty();
	}

	@Test
	void aCallWithoutTokenGetsProblemJson() throws Exception {
		JsonNode problem = problem(perform(get("/api/v1/enterprises"), null, null), 401);
		assertThat(problem.get("detail").asText()).contains("Bearer");
		problem(perform(get("/api/v1/enterprises").header(HttpHeaders.AUTHORIZATION, "Bearer nonsense"), null, null),
				401);
	}

	@Test
	void reportsHealthAsExactlyStatusUp() throws Exception {
		MvcResult result = mvc.perform(get("/actuator/health")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(result)).isEqualTo(json.readTree("{\"status\":\"UP\"}"));
	}

}
