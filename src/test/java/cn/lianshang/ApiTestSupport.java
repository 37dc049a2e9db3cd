package cn.lianshang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one configuration of every full-stack test: the whole application with real HTTP
 * handling (MockMvc through the security filters), on H2 or, in the {@code postgres}
 * surefire run, on PostgreSQL. Every subclass shares one cached context, so the suite
 * starts the application once. The database is shared with earlier tests (and, on
 * PostgreSQL, earlier runs): tests create their own uniquely named data and never assume
 * an empty table.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
public abstract class ApiTestSupport {

	public static final String ADMIN_PASSWORD = "test-admin-password";

	public static final String PASSWORD = "correct-horse-battery";

	protected static final Random random = new SecureRandom();

	private static final Map<String, String> tokens = new ConcurrentHashMap<>();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected ObjectMapper json;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private ApplicationContext context;

	// ---------------------------------------------------------------- authentication

	/**
	 * A bearer token for the account (issued once per account and application context).
	 */
	protected String token(String username, String password) {
		return tokens.computeIfAbsent(System.identityHashCode(context) + "/" + username, key -> {
			try {
				MvcResult result = mvc
					.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
						.content(json.writeValueAsString(Map.of("username", username, "password", password))))
					.andReturn();
				assertThat(result.getResponse().getStatus()).as("login of %s", username).isEqualTo(200);
				return body(result).get("token").asText();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	protected String adminToken() {
		return token("admin", ADMIN_PASSWORD);
	}

	protected static String bearer(String token) {
		return "Bearer " + token;
	}

	/** Creates an account through the API and returns its username. */
	protected String createAccount(String role, String jurisdiction, String uscc) throws Exception {
		String username = TestData.uniqueUsername(random, role.toLowerCase());
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("username", username);
		request.put("password", PASSWORD);
		request.put("role", role);
		request.put("jurisdiction", jurisdiction);
		request.put("uscc", uscc);
		MvcResult result = perform(post("/api/v1/accounts"), adminToken(), request);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return username;
	}

	/** A token of a new account with this role. */
	protected String tokenOf(String role, String jurisdiction, String uscc) throws Exception {
		return token(createAccount(role, jurisdiction, uscc), PASSWORD);
	}

	// ---------------------------------------------------------------- enterprises

	/** The smallest valid registration body. */
	protected static Map<String, Object> enterprise(String uscc, String name, String division, String industry) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("uscc", uscc);
		body.put("name", name);
		body.put("divisionCode", division);
		body.put("industryCode", industry);
		return body;
	}

	/**
	 * Registers as admin; fails the test unless the answer is 201. Returns the record.
	 */
	protected JsonNode register(Map<String, Object> body) throws Exception {
		MvcResult result = perform(post("/api/v1/enterprises"), adminToken(), body);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(201);
		return body(result);
	}

	protected JsonNode register(String name, String division, String industry) throws Exception {
		return register(enterprise(TestData.validUscc(random), name, division, industry));
	}

	/** A search as the token's holder; fails unless 200. */
	protected JsonNode search(String token, String query) throws Exception {
		MvcResult result = mvc
			.perform(get("/api/v1/enterprises?" + query).header(HttpHeaders.AUTHORIZATION, bearer(token)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		return body(result);
	}

	protected long enterpriseCount() {
		return jdbc.queryForObject("select count(*) from enterprise", Long.class);
	}

	// ---------------------------------------------------------------- HTTP

	/** Sends {@code body} as JSON with the token (none if null). */
	protected MvcResult perform(MockHttpServletRequestBuilder request, String token, Object body) throws Exception {
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, bearer(token));
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON)
				.content(body instanceof String s ? s : json.writeValueAsString(body));
		}
		return mvc.perform(request).andReturn();
	}

	/**
	 * Performs a request whose answer may be streamed asynchronously (exports) and
	 * returns the final result.
	 */
	protected MvcResult performStreaming(RequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			return mvc.perform(asyncDispatch(result)).andReturn();
		}
		return result;
	}

	protected JsonNode body(MvcResult result) throws Exception {
		return json.readTree(text(result));
	}

	protected static String text(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Asserts a problem+json answer with this status and returns its body. */
	protected JsonNode problem(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode problem = body(result);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asText()).isNotBlank();
		assertThat(problem.get("detail").asText()).isNotBlank();
		return problem;
	}

	/** The entry of {@code errors} for a field, failing if there is none. */
	protected static JsonNode errorOn(JsonNode problem, String field) {
		assertThat(problem.get("errors")).as("errors of %s", problem).isNotNull();
		for (JsonNode e : problem.get("errors")) {
			if (field.equals(e.get("field").asText())) {
				return e;
			}
		}
		throw new AssertionError("no error on field " + field + " in " + problem);
	}

}
