package cn.lianshang.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/**
 * Account administration over HTTP: who may create which account, and what each role must
 * be bound to.
 */
class AccountApiTest extends ApiTestSupport {

	static Map<String, Object> account(String username, String role, String jurisdiction, String uscc) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("password", PASSWORD);
		body.put("role", role);
		body.put("jurisdiction", jurisdiction);
		body.put("uscc", uscc);
		return body;
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(nullValues = "-", value = { "ADMIN,-", "RESIDENT,-", "HANDLER,210106", "HANDLER,210100", "HANDLER,SFZ",
			"POLICY_OFFICER,-", "POLICY_OFFICER,210300", "CHAIN_OFFICER,-", "ANALYST,211200", "ENTERPRISE,-" })
	void createsAnAccountOfEachRole(String role, String jurisdiction) throws Exception {
		String uscc = null;
		if ("ENTERPRISE".equals(role)) {
			uscc = register("沈阳" + TestData.uniqueWord(random) + "有限公司", "210106", "3421").get("uscc").asText();
		}
		String username = TestData.uniqueUsername(random, "acct");
		var result = perform(post("/api/v1/accounts"), adminToken(), account(username, role, jurisdiction, uscc));
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(201);
		JsonNode created = body(result);
		assertThat(created.get("username").asText()).isEqualTo(username);
		assertThat(created.get("role").asText()).isEqualTo(role);
		assertThat(created.toString()).doesNotContain(PASSWORD);
		if (jurisdiction != null) {
			assertThat(created.get("jurisdiction").asText()).isEqualTo(jurisdiction);
		}
		if (uscc != null) {
			assertThat(created.get("uscc").asText()).isEqualTo(uscc);
		}
		// the new account can sign in and is who it says
		String token = token(username, PASSWORD);
		JsonNode me = body(perform(get("/api/v1/auth/me"), token, null));
		assertThat(me.get("username").asText()).isEqualTo(username);
		assertThat(me.get("role").asText()).isEqualTo(role);
		// and creating it was audited
		JsonNode audit = body(
				perform(get("/api/v1/audit?entityType=account&entityId=" + username), adminToken(), null));
		assertThat(audit.get("content").get(0).get("action").asText()).isEqualTo("account.create");
	}

	@Test
	void aHandlerNeedsAJurisdiction() throws Exception {
		String username = TestData.uniqueUsername(random, "h");
		JsonNode problem = problem(
				perform(post("/api/v1/accounts"), adminToken(), account(username, "HANDLER", null, null)), 400);
		assertThat(errorOn(problem, "jurisdiction").get("code").asText()).isEqualTo("account.jurisdiction.required");
		assertThat(perform(get("/api/v1/accounts/" + username), adminToken(), null).getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void aJurisdictionIsACityACountyOrTheZone() throws Exception {
		for (String bad : new String[] { "210106001", "999999", "110000" }) {
			JsonNode problem = problem(perform(post("/api/v1/accounts"), adminToken(),
					account(TestData.uniqueUsername(random, "h"), "HANDLER", bad, null)), 400);
			assertThat(errorOn(problem, "jurisdiction").get("code").asText()).as(bad)
				.isEqualTo("account.jurisdiction.unknown");
		}
		JsonNode problem = problem(perform(post("/api/v1/accounts"), adminToken(),
				account(TestData.uniqueUsername(random, "r"), "RESIDENT", "210106", null)), 400);
		assertThat(errorOn(problem, "jurisdiction").get("code").asText())
			.isEqualTo("account.jurisdiction.not-applicable");
	}

	@Test
	void anEnterpriseAccountNeedsARegisteredCode() throws Exception {
		String unknown = TestData.validUscc(random);
		JsonNode problem = problem(perform(post("/api/v1/accounts"), adminToken(),
				account(TestData.uniqueUsername(random, "e"), "ENTERPRISE", null, unknown)), 400);
		assertThat(errorOn(problem, "uscc").get("code").asText()).isEqualTo("account.uscc.unknown");
		problem = problem(perform(post("/api/v1/accounts"), adminToken(),
				account(TestData.uniqueUsername(random, "e"), "ENTERPRISE", null, null)), 400);
		assertThat(errorOn(problem, "uscc").get("code").asText()).isEqualTo("account.uscc.required");
	}

	@Test
	void refusesATakenUsernameWithConflict() throws Exception {
		String username = createAccount("RESIDENT", null, null);
		JsonNode problem = problem(
				perform(post("/api/v1/accounts"), adminToken(), account(username, "RESIDENT", null, null)), 409);
		assertThat(problem.get("detail").asText()).contains(username);
	}

	@Test
	void refusesWeakPasswordsAndBadUsernames() throws Exception {
		Map<String, Object> body = account("x", "RESIDENT", null, null);
		body.put("password", "short");
		JsonNode problem = problem(perform(post("/api/v1/accounts"), adminToken(), body), 400);
		assertThat(errorOn(problem, "username").get("code").asText()).isEqualTo("account.username");
		assertThat(errorOn(problem, "password").get("code").asText()).isEqualTo("account.password");
		problem = problem(perform(post("/api/v1/accounts"), adminToken(),
				"{\"username\":\"abc-def\",\"password\":\"long-enough-1\",\"role\":\"KING\"}"), 400);
		assertThat(errorOn(problem, "role").get("code").asText()).isEqualTo("TypeMismatch");
	}

	@Test
	void onlyAnAdministratorManagesAccounts() throws Exception {
		String username = TestData.uniqueUsername(random, "r");
		for (String role : new String[] { "HANDLER", "ENTERPRISE", "RESIDENT", "ANALYST" }) {
			String token = switch (role) {
				case "HANDLER" -> tokenOf(role, "210100", null);
				case "ENTERPRISE" -> tokenOf(role, null,
						register("沈阳" + TestData.uniqueWord(random) + "有限公司", "210106", "3421").get("uscc").asText());
				default -> tokenOf(role, null, null);
			};
			problem(perform(post("/api/v1/accounts"), token, account(username, "ADMIN", null, null)), 403);
			problem(perform(get("/api/v1/accounts"), token, null), 403);
			problem(perform(get("/api/v1/audit"), token, null), 403);
		}
		problem(perform(post("/api/v1/accounts"), null, account(username, "ADMIN", null, null)), 401);
		assertThat(perform(get("/api/v1/accounts/" + username), adminToken(), null).getResponse().getStatus())
			.isEqualTo(404);
	}

}
