package cn.lianshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/**
 * Who sees which enterprise: three enterprises (铁西区 of 沈阳, 铁东区 of 鞍山, the 沈抚 zone)
 * against every kind of caller, for reading, changing, searching and exporting. All three
 * names share one word, so a search for it shows exactly what the caller's scope lets
 * through: the scope must be part of the query.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JurisdictionMatrixTest extends ApiTestSupport {

	/** Which enterprises each caller may see. */
	static final Map<String, Set<String>> VISIBLE = new LinkedHashMap<>();

	static {
		VISIBLE.put("handler-tiexi", Set.of("tiexi"));
		VISIBLE.put("handler-shenyang", Set.of("tiexi"));
		VISIBLE.put("handler-anshan", Set.of("anshan"));
		VISIBLE.put("handler-sfz", Set.of("sfz"));
		VISIBLE.put("analyst-shenyang", Set.of("tiexi"));
		VISIBLE.put("policy-officer-everywhere", Set.of("tiexi", "anshan", "sfz"));
		VISIBLE.put("admin", Set.of("tiexi", "anshan", "sfz"));
		VISIBLE.put("enterprise-tiexi", Set.of("tiexi"));
		VISIBLE.put("resident", Set.of());
	}

	static final Set<String> MAY_CHANGE = Set.of("handler-tiexi", "handler-shenyang", "handler-anshan", "handler-sfz",
			"admin", "enterprise-tiexi");

	static final Set<String> MAY_EXPORT = Set.of("handler-tiexi", "handler-shenyang", "handler-anshan", "handler-sfz",
			"analyst-shenyang", "policy-officer-everywhere", "admin");

	String word;

	final Map<String, Map<String, Object>> enterprises = new LinkedHashMap<>();

	final Map<String, String> tokens = new LinkedHashMap<>();

	@BeforeAll
	void registerEnterprisesAndAccounts() throws Exception {
		word = TestData.uniqueWord(random);
		enterprises.put("tiexi",
				enterprise(TestData.validUscc(random, "210106"), "沈阳" + word + "铁西机床有限公司", "210106", "3421"));
		enterprises.put("anshan",
				enterprise(TestData.validUscc(random, "210302"), "鞍山" + word + "钢构有限公司", "210302", "3311"));
		enterprises.put("sfz",
				enterprise(TestData.validUscc(random, "210400"), "沈抚" + word + "数字科技有限公司", "SFZ", "6513"));
		for (Map<String, Object> e : enterprises.values()) {
			register(e);
		}
		tokens.put("handler-tiexi", tokenOf("HANDLER", "210106", null));
		tokens.put("handler-shenyang", tokenOf("HANDLER", "210100", null));
		tokens.put("handler-anshan", tokenOf("HANDLER", "210300", null));
		tokens.put("handler-sfz", tokenOf("HANDLER", "SFZ", null));
		tokens.put("analyst-shenyang", tokenOf("ANALYST", "210100", null));
		tokens.put("policy-officer-everywhere", tokenOf("POLICY_OFFICER", null, null));
		tokens.put("admin", adminToken());
		tokens.put("enterprise-tiexi", tokenOf("ENTERPRISE", null, uscc("tiexi")));
		tokens.put("resident", tokenOf("RESIDENT", null, null));
	}

	String uscc(String key) {
		return (String) enterprises.get(key).get("uscc");
	}

	Set<String> usccs(Set<String> keys) {
		return keys.stream().map(this::uscc).collect(java.util.stream.Collectors.toSet());
	}

	Stream<Arguments> callerAndEnterprise() {
		List<Arguments> cases = new ArrayList<>();
		VISIBLE.forEach((caller, visible) -> List.of("tiexi", "anshan", "sfz")
			.forEach(target -> cases.add(Arguments.of(caller, target, visible.contains(target)))));
		return cases.stream();
	}

	Stream<String> callers() {
		return VISIBLE.keySet().stream();
	}

	@ParameterizedTest(name = "{0} reads {1}: {2}")
	@MethodSource("callerAndEnterprise")
	void readsOnlyWithinTheJurisdiction(String caller, String target, boolean visible) throws Exception {
		MvcResult result = perform(get("/api/v1/enterprises/" + uscc(target)), tokens.get(caller), null);
		if (visible) {
			assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
			assertThat(body(result).get("uscc").asText()).isEqualTo(uscc(target));
		}
		else {
			// outside the jurisdiction looks exactly like unknown: 404, never 403
			problem(result, 404);
		}
	}

	@ParameterizedTest(name = "{0} changes {1}: {2}")
	@MethodSource("callerAndEnterprise")
	void changesOnlyWithinTheJurisdiction(String caller, String target, boolean visible) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>(enterprises.get(target));
		MvcResult result = perform(put("/api/v1/enterprises/" + uscc(target)), tokens.get(caller), body);
		if (!MAY_CHANGE.contains(caller)) {
			problem(result, 403);
		}
		else if (visible) {
			assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		}
		else {
			problem(result, 404);
		}
	}

	@ParameterizedTest(name = "{0} searches")
	@MethodSource("callers")
	void searchFindsOnlyWhatLiesWithinTheJurisdiction(String caller) throws Exception {
		JsonNode page = search(tokens.get(caller), "q=" + word + "&size=50");
		assertThat(EnterpriseApiTest.usccs(page)).containsExactlyInAnyOrderElementsOf(usccs(VISIBLE.get(caller)));
		assertThat(page.get("totalElements").asLong()).isEqualTo(VISIBLE.get(caller).size());
	}

	@ParameterizedTest(name = "{0} filters by 鞍山")
	@MethodSource("callers")
	void aDivisionFilterCannotWidenTheJurisdiction(String caller) throws Exception {
		JsonNode page = search(tokens.get(caller), "q=" + word + "&division=210300");
		Set<String> expected = VISIBLE.get(caller).contains("anshan") ? Set.of(uscc("anshan")) : Set.of();
		assertThat(EnterpriseApiTest.usccs(page)).containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest(name = "{0} exports")
	@MethodSource("callers")
	void exportHoldsOnlyWhatLiesWithinTheJurisdiction(String caller) throws Exception {
		for (String format : List.of("csv", "xlsx")) {
			MvcResult result = performStreaming(get("/api/v1/enterprises/export?format=" + format + "&q=" + word)
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.get(caller))));
			if (!MAY_EXPORT.contains(caller)) {
				problem(result, 403);
				continue;
			}
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			List<String> codes = "csv".equals(format) ? EnterpriseImportTest.csvCodes(text(result))
					: EnterpriseImportTest.xlsxCodes(result.getResponse().getContentAsByteArray());
			assertThat(codes).as(format).containsExactlyInAnyOrderElementsOf(usccs(VISIBLE.get(caller)));
		}
	}

	@Test
	void aHandlerCannotMoveAnEnterpriseOutOfTheJurisdiction() throws Exception {
		Map<String, Object> body = new LinkedHashMap<>(enterprises.get("tiexi"));
		body.put("divisionCode", "210302");
		JsonNode problem = problem(
				perform(put("/api/v1/enterprises/" + uscc("tiexi")), tokens.get("handler-tiexi"), body), 400);
		assertThat(errorOn(problem, "divisionCode").get("code").asText()).isEqualTo("division.outside-jurisdiction");
		body.put("divisionCode", "210106001"); // within: a township of 铁西区
		MvcResult moved = perform(put("/api/v1/enterprises/" + uscc("tiexi")), tokens.get("handler-tiexi"), body);
		assertThat(moved.getResponse().getStatus()).as(text(moved)).isEqualTo(200);
		JsonNode audit = body(perform(get("/api/v1/audit?action=enterprise.change&entityId=" + uscc("tiexi")),
				tokens.get("admin"), null));
		assertThat(audit.get("content").get(0).get("actor").asText()).startsWith("handler-");
		assertThat(audit.get("content").get(0).get("after").asText()).contains("210106001");
		body.put("divisionCode", "210106");
		assertThat(perform(put("/api/v1/enterprises/" + uscc("tiexi")), tokens.get("handler-tiexi"), body).getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(body(perform(get("/api/v1/enterprises/" + uscc("tiexi")), tokens.get("admin"), null))
			.get("divisionCode")
			.asText()).isEqualTo("210106");
	}

	@Test
	void anEnterpriseAccountSeesItselfAndNothingElse() throws Exception {
		JsonNode all = search(tokens.get("enterprise-tiexi"), "size=200");
		assertThat(all.get("totalElements").asLong()).isEqualTo(1);
		assertThat(EnterpriseApiTest.usccs(all)).containsExactly(uscc("tiexi"));
	}

	@Test
	void aResidentSeesNoRegistryData() throws Exception {
		JsonNode all = search(tokens.get("resident"), "size=200");
		assertThat(all.get("totalElements").asLong()).isZero();
		assertThat(all.get("content")).isEmpty();
	}

	@Test
	void aHandlerSearchWithoutWordsStaysInsideTheJurisdiction() throws Exception {
		JsonNode all = search(tokens.get("handler-anshan"), "size=200&sort=updated");
		assertThat(all.get("content")).allSatisfy(e -> assertThat(e.get("divisionCode").asText()).startsWith("2103"));
		JsonNode sfz = search(tokens.get("handler-sfz"), "size=200");
		assertThat(sfz.get("content")).allSatisfy(e -> assertThat(e.get("divisionCode").asText()).isEqualTo("SFZ"));
	}

	@Test
	void withoutATokenEverythingIsUnauthorized() throws Exception {
		problem(perform(get("/api/v1/enterprises/" + uscc("tiexi")), null, null), 401);
		problem(perform(get("/api/v1/enterprises?q=" + word), null, null), 401);
		problem(perform(get("/api/v1/enterprises/export?q=" + word), null, null), 401);
		problem(perform(put("/api/v1/enterprises/" + uscc("tiexi")), null, enterprises.get("tiexi")), 401);
	}

}
