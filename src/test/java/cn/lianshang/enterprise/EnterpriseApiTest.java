package cn.lianshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/**
 * The registry over HTTP: register, read, search, change, audit. Runs on H2 and
 * PostgreSQL.
 */
class EnterpriseApiTest extends ApiTestSupport {

	@Test
	void registersAnEnterpriseAndAnswersWithTheRecord() throws Exception {
		String uscc = TestData.validUscc(random);
		Map<String, Object> body = enterprise(uscc, "沈阳" + TestData.uniqueWord(random) + "机床有限公司", "210106", "C3421");
		body.put("employees", 120);
		body.put("qualifications", List.of("HNTE"));
		MvcResult result = perform(post("/api/v1/enterprises"), adminToken(), body);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(201);
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/v1/enterprises/" + uscc);
		JsonNode created = body(result);
		assertThat(created.get("uscc").asText()).isEqualTo(uscc);
		assertThat(created.get("name").asText()).isEqualTo(body.get("name"));
		assertThat(created.get("divisionCode").asText()).isEqualTo("210106");
		assertThat(created.get("divisionName").asText()).isEqualTo("沈阳市铁西区");
		assertThat(created.get("industryCode").asText()).isEqualTo("3421");
		assertThat(created.get("industryName").asText()).isEqualTo("金属切削机床制造");
		assertThat(created.get("employees").asInt()).isEqualTo(120);
		assertThat(created.get("qualifications")).hasSize(1);
		assertThat(created.get("latitude").isNumber()).as("centroid filled in").isTrue();
		assertThat(created.get("version").asInt()).isZero();

		JsonNode read = body(perform(get("/api/v1/enterprises/" + uscc), adminToken(), null));
		assertThat(read.get("name").asText()).isEqualTo(body.get("name"));
	}

	@Test
	void refusesADuplicateWithConflict() throws Exception {
		JsonNode first = register("沈阳" + TestData.uniqueWord(random) + "有限公司", "210106", "3421");
		long before = enterpriseCount();
		MvcResult again = perform(post("/api/v1/enterprises"), adminToken(),
				enterprise(first.get("uscc").asText(), "另一家公司", "210302", "3422"));
		JsonNode problem = problem(again, 409);
		assertThat(problem.get("detail").asText()).contains(first.get("uscc").asText());
		assertThat(enterpriseCount()).isEqualTo(before);
	}

	@Test
	void refusesAnInvalidCodeNamingTheBrokenRule() throws Exception {
		String valid = TestData.validUscc(random);
		char last = valid.charAt(17);
		String wrong = valid.substring(0, 17) + (last == '0' ? '1' : '0');
		JsonNode problem = problem(
				perform(post("/api/v1/enterprises"), adminToken(), enterprise(wrong, "某某有限公司", "210106", "3421")), 400);
		JsonNode error = errorOn(problem, "uscc");
		assertThat(error.get("code").asText()).isEqualTo("uscc.check-character");
		assertThat(error.get("message").asText()).contains(wrong);
		assertThat(problem(perform(post("/api/v1/enterprises"), adminToken(),
				enterprise(valid.toLowerCase(), "某某有限公司", "210106", "3421")), 400)
			.get("errors")
			.get(0)
			.get("code")
			.asText()).isIn("uscc.lower-case", "uscc.length");
		assertThat(perform(get("/api/v1/enterprises/" + wrong), adminToken(), null).getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void answersNotFoundForAnUnknownCode() throws Exception {
		String unknown = TestData.validUscc(random);
		JsonNode problem = problem(perform(get("/api/v1/enterprises/" + unknown), adminToken(), null), 404);
		assertThat(problem.get("detail").asText()).contains(unknown);
	}

	@Test
	void onlyAnAdministratorRegisters() throws Exception {
		String handler = tokenOf("HANDLER", "210106", null);
		String uscc = TestData.validUscc(random);
		problem(perform(post("/api/v1/enterprises"), handler, enterprise(uscc, "某某有限公司", "210106", "3421")), 403);
		problem(perform(post("/api/v1/enterprises"), null, enterprise(uscc, "某某有限公司", "210106", "3421")), 401);
		assertThat(perform(get("/api/v1/enterprises/" + uscc), adminToken(), null).getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void findsByAWordOfTheName() throws Exception {
		String word = TestData.uniqueWord(random);
		JsonNode e = register("沈阳" + word + "精密机械有限公司", "210106", "3421");
		register("沈阳" + TestData.uniqueWord(random) + "精密机械有限公司", "210106", "3421");
		JsonNode page = search(adminToken(), "q=" + word);
		assertThat(page.get("totalElements").asLong()).isEqualTo(1);
		assertThat(page.get("content").get(0).get("uscc").asText()).isEqualTo(e.get("uscc").asText());
		// a two-character part of the name is enough
		JsonNode part = search(adminToken(), "q=" + word.substring(1, 3) + "&size=200");
		assertThat(usccs(part)).contains(e.get("uscc").asText());
	}

	@Test
	void findsByTheBeginningOfTheCode() throws Exception {
		JsonNode e = register("沈阳" + TestData.uniqueWord(random) + "有限公司", "210106", "3421");
		String uscc = e.get("uscc").asText();
		JsonNode page = search(adminToken(), "q=" + uscc.substring(0, 14));
		assertThat(usccs(page)).contains(uscc).allMatch(u -> u.startsWith(uscc.substring(0, 14)));
		JsonNode exact = search(adminToken(), "q=" + uscc.toLowerCase());
		assertThat(usccs(exact)).containsExactly(uscc);
	}

	@Test
	void findsByDivisionIncludingTheDivisionsBelow() throws Exception {
		String word = TestData.uniqueWord(random);
		JsonNode tiexi = register("沈阳" + word + "有限公司", "210106", "3421");
		JsonNode township = register("沈阳" + word + "机械有限公司", "210106001", "3421");
		JsonNode anshan = register("鞍山" + word + "有限公司", "210302", "3421");
		assertThat(usccs(search(adminToken(), "q=" + word + "&division=210100")))
			.containsExactlyInAnyOrder(tiexi.get("uscc").asText(), township.get("uscc").asText());
		assertThat(usccs(search(adminToken(), "q=" + word + "&division=210106")))
			.containsExactlyInAnyOrder(tiexi.get("uscc").asText(), township.get("uscc").asText());
		assertThat(usccs(search(adminToken(), "q=" + word + "&division=210106001")))
			.containsExactly(township.get("uscc").asText());
		assertThat(usccs(search(adminToken(), "q=" + word + "&division=210300")))
			.containsExactly(anshan.get("uscc").asText());
		assertThat(usccs(search(adminToken(), "q=" + word + "&division=SFZ"))).isEmpty();
	}

	@Test
	void findsByIndustryIncludingTheCodesBelow() throws Exception {
		String word = TestData.uniqueWord(random);
		String lathe = register("沈阳" + word + "机床有限公司", "210106", "3421").get("uscc").asText();
		String software = register("沈阳" + word + "软件有限公司", "210106", "6513").get("uscc").asText();
		for (String code : List.of("34", "C34", "342", "3421", "C3421", "C")) {
			assertThat(usccs(search(adminToken(), "q=" + word + "&industry=" + code))).as(code).containsExactly(lathe);
		}
		assertThat(usccs(search(adminToken(), "q=" + word + "&industry=I"))).containsExactly(software);
		assertThat(usccs(search(adminToken(), "q=" + word + "&industry=35"))).isEmpty();
	}

	@Test
	void findsByQualification() throws Exception {
		String word = TestData.uniqueWord(random);
		Map<String, Object> body = enterprise(TestData.validUscc(random), "沈阳" + word + "有限公司", "210106", "3421");
		body.put("qualifications", List.of("HNTE", "SRDI_SME"));
		String hnte = register(body).get("uscc").asText();
		register("沈阳" + word + "机械有限公司", "210106", "3421");
		assertThat(usccs(search(adminToken(), "q=" + word + "&qualification=HNTE"))).containsExactly(hnte);
		assertThat(usccs(search(adminToken(), "q=" + word + "&qualification=SRDI_SME"))).containsExactly(hnte);
		assertThat(usccs(search(adminToken(), "q=" + word + "&qualification=GAZELLE"))).isEmpty();
		assertThat(search(adminToken(), "q=" + word).get("totalElements").asLong()).isEqualTo(2);
	}

	@Test
	void pagesWithTheTotalNumberOfHits() throws Exception {
		String word = TestData.uniqueWord(random);
		for (int i = 0; i < 5; i++) {
			register("沈阳" + word + "第" + i + "分公司", "210106", "3421");
		}
		JsonNode first = search(adminToken(), "q=" + word + "&size=2&page=0");
		assertThat(first.get("totalElements").asLong()).isEqualTo(5);
		assertThat(first.get("totalPages").asInt()).isEqualTo(3);
		assertThat(first.get("content")).hasSize(2);
		JsonNode last = search(adminToken(), "q=" + word + "&size=2&page=2");
		assertThat(last.get("content")).hasSize(1);
		assertThat(last.get("page").asInt()).isEqualTo(2);
		List<String> all = new ArrayList<>();
		for (int p = 0; p < 3; p++) {
			all.addAll(usccs(search(adminToken(), "q=" + word + "&size=2&sort=name&page=" + p)));
		}
		assertThat(all).hasSize(5).doesNotHaveDuplicates();
	}

	@Test
	void sortsByNameAndByEmployees() throws Exception {
		String word = TestData.uniqueWord(random);
		int[] employees = { 30, 10, 20 };
		String[] names = { "B" + word, "C" + word, "A" + word };
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Map<String, Object> body = enterprise(TestData.validUscc(random), names[i] + "有限公司", "210106", "3421");
			body.put("employees", employees[i]);
			codes.add(register(body).get("uscc").asText());
		}
		assertThat(usccs(search(adminToken(), "q=" + word + "&sort=employees"))).containsExactly(codes.get(1),
				codes.get(2), codes.get(0));
		assertThat(usccs(search(adminToken(), "q=" + word + "&sort=-employees"))).containsExactly(codes.get(0),
				codes.get(2), codes.get(1));
		assertThat(usccs(search(adminToken(), "q=" + word + "&sort=name"))).containsExactly(codes.get(2), codes.get(0),
				codes.get(1));
		assertThat(usccs(search(adminToken(), "q=" + word + "&sort=-name"))).containsExactly(codes.get(1), codes.get(0),
				codes.get(2));
	}

	@Test
	void changesWithOptimisticLockingAndAuditsBothSteps() throws Exception {
		String name = "沈阳" + TestData.uniqueWord(random) + "有限公司";
		JsonNode created = register(name, "210106", "3421");
		String uscc = created.get("uscc").asText();

		Map<String, Object> change = enterprise(uscc, name, "210106", "3421");
		change.put("employees", 300);
		change.put("version", 0);
		MvcResult ok = perform(put("/api/v1/enterprises/" + uscc), adminToken(), change);
		assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(200);
		assertThat(body(ok).get("employees").asInt()).isEqualTo(300);
		assertThat(body(ok).get("version").asInt()).isEqualTo(1);

		change.put("employees", 400);
		change.put("version", 0); // stale: someone else changed it meanwhile
		problem(perform(put("/api/v1/enterprises/" + uscc), adminToken(), change), 409);
		change.remove("version");
		problem(perform(put("/api/v1/enterprises/" + uscc).header(HttpHeaders.IF_MATCH, "\"0\""), adminToken(), change),
				409);
		assertThat(body(perform(get("/api/v1/enterprises/" + uscc), adminToken(), null)).get("employees").asInt())
			.isEqualTo(300);

		JsonNode audit = body(perform(get("/api/v1/audit?entityType=enterprise&entityId=" + uscc), adminToken(), null));
		assertThat(audit.get("totalElements").asLong()).isEqualTo(2);
		JsonNode changed = audit.get("content").get(0);
		JsonNode registered = audit.get("content").get(1);
		assertThat(registered.get("action").asText()).isEqualTo("enterprise.register");
		assertThat(registered.get("actor").asText()).isEqualTo("admin");
		assertThat(registered.get("before").isNull()).isTrue();
		assertThat(json.readTree(registered.get("after").asText()).get("uscc").asText()).isEqualTo(uscc);
		assertThat(changed.get("action").asText()).isEqualTo("enterprise.change");
		assertThat(json.readTree(changed.get("before").asText()).get("employees").isNull()).isTrue();
		assertThat(json.readTree(changed.get("after").asText()).get("employees").asInt()).isEqualTo(300);
	}

	@Test
	void changeIsValidatedAndFindsChangesInSearch() throws Exception {
		String word = TestData.uniqueWord(random);
		String name = "沈阳" + word + "有限公司";
		String uscc = register(name, "210106", "3421").get("uscc").asText();
		Map<String, Object> change = enterprise(uscc, name, "219999", "3421");
		JsonNode problem = problem(perform(put("/api/v1/enterprises/" + uscc), adminToken(), change), 400);
		assertThat(errorOn(problem, "divisionCode").get("code").asText()).isEqualTo("division.unknown");
		change.put("divisionCode", "210302");
		assertThat(perform(put("/api/v1/enterprises/" + uscc), adminToken(), change).getResponse().getStatus())
			.isEqualTo(200);
		assertThat(usccs(search(adminToken(), "q=" + word + "&division=210300"))).containsExactly(uscc);
		assertThat(usccs(search(adminToken(), "q=" + word + "&division=210100"))).isEmpty();
	}

	static List<String> usccs(JsonNode page) {
		List<String> codes = new ArrayList<>();
		page.get("content").forEach(e -> codes.add(e.get("uscc").asText()));
		return codes;
	}

}
