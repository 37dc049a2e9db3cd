package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianshang.enterprise.Uscc;

/**
 * The policies API end to end: tokens, accounts and enterprises made through the API as
 * an administrator.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class PolicyApiTests {

	static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper mapper;

	String admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = token("admin", "test-admin-password");
	}

	// ---------------------------------------------------------------- helpers

	String token(String username, String password) throws Exception {
		MvcResult r = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("username", username, "password", password))))
			.andExpect(status().isOk())
			.andReturn();
		return read(r).get("token").asText();
	}

	String json(Object o) throws Exception {
		return mapper.writeValueAsString(o);
	}

	JsonNode read(MvcResult r) throws Exception {
		return mapper.readTree(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	MvcResult call(MockHttpServletRequestBuilder request, String token, Object body, int expected) throws Exception {
		request.header("Authorization", "Bearer " + token);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body instanceof String s ? s : json(body));
		}
		MvcResult r = mvc.perform(request).andReturn();
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(expected);
		return r;
	}

	static String newUscc(String division) {
		String body8 = String.format("%08d", SERIAL.incrementAndGet() % 100_000_000);
		String first17 = "91" + division + body8 + Uscc.organisationCheck(body8);
		return first17 + Uscc.checkCharacter(first17);
	}

	String enterprise(String division, String industry, String scale, String band, List<String> qualifications)
			throws Exception {
		String uscc = newUscc(division);
		Map<String, Object> body = new java.util.HashMap<>(Map.of("uscc", uscc, "name", "测试企业" + uscc.substring(10),
				"divisionCode", division, "industryCode", industry, "scale", scale, "qualifications", qualifications,
				"employees", 80, "foundedOn", "2016-04-01"));
		if (band != null) {
			body.put("revenueBand", band);
		}
		call(post("/api/v1/enterprises"), admin, body, 201);
		return uscc;
	}

	void account(String username, String role, String jurisdiction, String uscc) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("username", username, "password", "secret-password-1", "role", role));
		if (jurisdiction != null) {
			body.put("jurisdiction", jurisdiction);
		}
		if (uscc != null) {
			body.put("uscc", uscc);
		}
		call(post("/api/v1/accounts"), admin, body, 201);
	}

	static Map<String, Object> leaf(String type, int article, Object... kv) {
		Map<String, Object> m = new java.util.LinkedHashMap<>();
		m.put("type", type);
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		m.put("article", article);
		return m;
	}

	static Map<String, Object> all(Object... children) {
		return Map.of("type", "all", "all", List.of(children));
	}

	static Map<String, Object> goldenCase(String name, String expected, Map<String, Object> facts) {
		return Map.of("name", name, "expected", expected, "facts", facts);
	}

	/** A policy of 沈阳: registered in the region, 规上, R&D share ≥ 3%. */
	static Map<String, Object> draft(String title, String region, Object eligibility, List<Object> cases) {
		Map<String, Object> d = new java.util.LinkedHashMap<>();
		d.put("title", title);
		d.put("issuer", "测试发布机关");
		d.put("documentNumber", "测试〔2026〕" + SERIAL.incrementAndGet() + "号");
		d.put("issueDate", "2026-01-01");
		d.put("effectiveFrom", "2026-01-01");
		d.put("effectiveTo", "2030-12-31");
		d.put("regionScope", region);
		d.put("howToClaim", "APPLY");
		d.put("benefitKind", "SUBSIDY");
		d.put("benefitAmount", "最高 10 万元");
		d.put("articles", List.of(Map.of("number", 1, "text", "总则。"), Map.of("number", 2, "text", "注册地。"),
				Map.of("number", 3, "text", "规模。"), Map.of("number", 4, "text", "研发投入。")));
		d.put("eligibility", eligibility);
		d.put("goldenCases", cases);
		return d;
	}

	static Object rdTree(String region) {
		return all(leaf("divisionIn", 2, "codes", List.of(region)), leaf("scale", 3, "scale", "ABOVE"),
				leaf("rdShare", 4, "min", 3));
	}

	static List<Object> rdCases(String division) {
		return List.of(
				goldenCase("规上且研发投入 4%", "eligible",
						Map.of("division", division, "scale", "ABOVE", "rdSharePercent", 4)),
				goldenCase("研发投入未知", "unknown", Map.of("division", division, "scale", "ABOVE")));
	}

	long createAndPublish(String token, Map<String, Object> draft) throws Exception {
		long id = read(call(post("/api/v1/policies"), token, draft, 201)).get("id").asLong();
		call(post("/api/v1/policies/" + id + "/publish"), token, null, 200);
		return id;
	}

	// ---------------------------------------------------------------- tests

	@Test
	void listAndEvaluateAnswerInTheFixedShape() throws Exception {
		long id = createAndPublish(admin, draft("研发投入后补助（测试）", "210100", rdTree("210100"), rdCases("210106")));
		String uscc = enterprise("210106", "3421", "ABOVE", "R3", List.of("HNTE"));

		JsonNode list = read(call(get("/api/v1/policies?page=0&size=200"), admin, null, 200));
		JsonNode listed = null;
		for (JsonNode p : list.get("content")) {
			if (p.get("id").asLong() == id) {
				listed = p;
			}
		}
		assertThat(listed).isNotNull();
		assertThat(listed.get("title").asText()).isEqualTo("研发投入后补助（测试）");
		assertThat(listed.get("issuer").asText()).isEqualTo("测试发布机关");
		assertThat(listed.get("documentNumber").asText()).startsWith("测试〔2026〕");
		assertThat(list.get("totalElements").asLong()).isPositive();

		JsonNode unknown = read(call(post("/api/v1/policies/" + id + "/evaluate?uscc=" + uscc), admin, null, 200));
		assertThat(unknown.get("outcome").asText()).isEqualTo("unknown");
		JsonNode trace = unknown.get("trace");
		assertThat(trace).hasSize(3);
		for (JsonNode t : trace) {
			assertThat(t.has("clause") && t.has("article") && t.has("outcome") && t.get("factsUsed").isArray()
					&& t.get("factsMissing").isArray())
				.as(t.toString())
				.isTrue();
		}
		assertThat(trace.get(0).get("outcome").asText()).isEqualTo("pass");
		assertThat(trace.get(0).get("article").asText()).isEqualTo("第二条");
		assertThat(trace.get(1).get("sentence").asText()).isEqualTo("企业规模为规上企业，符合第三条要求");
		assertThat(trace.get(2).get("outcome").asText()).isEqualTo("unknown");
		assertThat(trace.get(2).get("factsMissing").get(0).asText()).isEqualTo("rdSharePercent");
		assertThat(trace.get(2).get("sentence").asText()).contains("税务部门");

		JsonNode supplied = read(call(post("/api/v1/policies/" + id + "/evaluate?uscc=" + uscc), admin,
				Map.of("rdSharePercent", 4.5), 200));
		assertThat(supplied.get("outcome").asText()).isEqualTo("eligible");
		JsonNode low = read(call(post("/api/v1/policies/" + id + "/evaluate?uscc=" + uscc), admin,
				Map.of("rdSharePercent", 2), 200));
		assertThat(low.get("outcome").asText()).isEqualTo("ineligible");
		assertThat(low.get("nearMiss").asText()).isEqualTo("差一项：研发投入占营业收入比例 ≥ 3%（第四条）");

		JsonNode calculator = read(call(get("/api/v1/policies/calculator?uscc=" + uscc), admin, null, 200));
		assertThat(ids(calculator.get("unknown"))).contains(id);
		JsonNode withFacts = read(
				call(post("/api/v1/policies/calculator?uscc=" + uscc), admin, Map.of("rdSharePercent", 2), 200));
		assertThat(ids(withFacts.get("nearMisses"))).contains(id);
	}

	static List<Long> ids(JsonNode hits) {
		List<Long> ids = new ArrayList<>();
		hits.forEach(h -> ids.add(h.get("policyId").asLong()));
		return ids;
	}

	@Test
	void anEnterpriseAccountEvaluatesOnlyItself() throws Exception {
		long id = createAndPublish(admin, draft("只看自己（测试）", "210100", rdTree("210100"), rdCases("210106")));
		String own = enterprise("210106", "3421", "ABOVE", null, List.of());
		String other = enterprise("210106", "3421", "ABOVE", null, List.of());
		String username = "ent" + own.substring(8, 16).toLowerCase();
		account(username, "ENTERPRISE", null, own);
		String token = token(username, "secret-password-1");
		call(post("/api/v1/policies/" + id + "/evaluate?uscc=" + own), token, null, 200);
		call(post("/api/v1/policies/" + id + "/evaluate?uscc=" + other), token, null, 404);
		call(get("/api/v1/policies/calculator?uscc=" + other), token, null, 404);
		call(post("/api/v1/policies"), token, draft("企业不能发布", "210106", rdTree("210106"), rdCases("210106")), 403);
	}

	@Test
	void aCountyPolicyOfficerWorksOnlyOnItsCountysPolicies() throws Exception {
		String suffix = String.valueOf(SERIAL.incrementAndGet());
		account("tiexi" + suffix, "POLICY_OFFICER", "210106", null);
		account("shenyang" + suffix, "POLICY_OFFICER", "210100", null);
		String tiexi = token("tiexi" + suffix, "secret-password-1");
		String shenyang = token("shenyang" + suffix, "secret-password-1");

		call(post("/api/v1/policies"), tiexi, draft("浑南区政策（铁西不可建）", "210112", rdTree("210112"), rdCases("210112")),
				403);
		call(post("/api/v1/policies"), tiexi, draft("都市圈政策（铁西不可建）", "METRO", rdTree("210100"), rdCases("210106")), 403);
		long own = read(call(post("/api/v1/policies"), tiexi,
				draft("铁西区政策", "210106", rdTree("210106"), rdCases("210106")), 201))
			.get("id")
			.asLong();
		long hunnan = read(call(post("/api/v1/policies"), admin,
				draft("浑南区政策", "210112", rdTree("210112"), rdCases("210112")), 201))
			.get("id")
			.asLong();

		Map<String, Object> change = Map.of("eligibility", rdTree("210112"));
		call(put("/api/v1/policies/" + hunnan + "/eligibility"), tiexi, change, 404);
		call(post("/api/v1/policies/" + hunnan + "/publish"), tiexi, null, 404);
		call(get("/api/v1/policies/" + hunnan), tiexi, null, 404);
		call(put("/api/v1/policies/" + hunnan + "/eligibility"), shenyang, change, 200);
		call(put("/api/v1/policies/" + own + "/eligibility"), tiexi, Map.of("eligibility", rdTree("210106")), 200);
		call(post("/api/v1/policies/" + own + "/publish"), shenyang, null, 200);

		JsonNode audit = read(
				call(get("/api/v1/audit?entityType=policy&entityId=" + own + "&size=50"), admin, null, 200));
		List<String> actions = new ArrayList<>();
		audit.get("content").forEach(e -> actions.add(e.get("action").asText() + "/" + e.get("actor").asText()));
		assertThat(actions).contains("policy.create/tiexi" + suffix, "policy.amend/tiexi" + suffix,
				"policy.publish/shenyang" + suffix);
	}

	@Test
	void publishingIsRefusedWhileAGoldenCaseFails() throws Exception {
		List<Object> wrong = List.of(goldenCase("规下企业误判为符合", "eligible",
				Map.of("division", "210106", "scale", "BELOW", "rdSharePercent", 5)));
		long id = read(call(post("/api/v1/policies"), admin, draft("错误用例（测试）", "210100", rdTree("210100"), wrong), 201))
			.get("id")
			.asLong();
		JsonNode problem = read(call(post("/api/v1/policies/" + id + "/publish"), admin, null, 409));
		assertThat(problem.get("detail").asText()).contains("规下企业误判为符合").contains("ineligible");
		assertThat(read(call(get("/api/v1/policies/" + id), admin, null, 200)).get("status").asText())
			.isEqualTo("DRAFT");

		long none = read(
				call(post("/api/v1/policies"), admin, draft("无用例（测试）", "210100", rdTree("210100"), List.of()), 201))
			.get("id")
			.asLong();
		call(post("/api/v1/policies/" + none + "/publish"), admin, null, 409);

		// fixing the cases makes it publishable
		call(put("/api/v1/policies/" + id + "/eligibility"), admin,
				Map.of("eligibility", rdTree("210100"), "goldenCases", rdCases("210106")), 200);
		call(post("/api/v1/policies/" + id + "/publish"), admin, null, 200);
	}

	@Test
	void invalidTreesAreRefusedWithThePathOfEachError() throws Exception {
		Object tree = all(leaf("divisionIn", 2, "codes", List.of("210100", "123456")),
				leaf("industryUnder", 3, "codes", List.of("X99")), leaf("employees", 3, "min", 500, "max", 10),
				Map.of("type", "any", "any", List.of()), leaf("qualification", 3, "anyOf", List.of("FAMOUS")),
				leaf("credit", 7));
		JsonNode problem = read(
				call(post("/api/v1/policies"), admin, draft("无效条件（测试）", "210100", tree, List.of()), 400));
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(e -> fields.add(e.get("field").asText() + ":" + e.get("code").asText()));
		assertThat(fields).containsExactly("eligibility.all[0].codes[1]:policy.clause.division-unknown",
				"eligibility.all[1].codes[0]:policy.clause.industry-unknown",
				"eligibility.all[2].min:policy.clause.min-above-max", "eligibility.all[3].any:policy.clause.empty",
				"eligibility.all[4].anyOf[0]:policy.clause.qualification-unknown",
				"eligibility.all[5].article:policy.clause.article-unknown");
		assertThat(problem.get("errors").get(2).get("message").asText()).contains("500").contains("10");

		Map<String, Object> typo = Map.of("type", "all", "all", List.of(Map.of("type", "revenu", "article", 1)));
		JsonNode typoProblem = read(
				call(post("/api/v1/policies"), admin, draft("类型错误", "210100", typo, List.of()), 400));
		assertThat(typoProblem.get("errors").get(0).get("field").asText()).isEqualTo("eligibility.all[0].type");
	}

	@Test
	void evaluationAtADateUsesTheVersionInForceThatDate() throws Exception {
		Object above = all(leaf("divisionIn", 2, "codes", List.of("210100")), leaf("scale", 3, "scale", "ABOVE"));
		List<Object> aboveCases = List.of(goldenCase("规上", "eligible", Map.of("division", "210106", "scale", "ABOVE")),
				goldenCase("规下", "ineligible", Map.of("division", "210106", "scale", "BELOW")));
		long id = createAndPublish(admin, draft("版本测试", "210100", above, aboveCases));
		String uscc = enterprise("210106", "3421", "ABOVE", null, List.of());

		Object below = all(leaf("divisionIn", 2, "codes", List.of("210100")), leaf("scale", 3, "scale", "BELOW"));
		// an amendment whose golden cases fail is refused and leaves no version behind
		call(put("/api/v1/policies/" + id + "/eligibility"), admin,
				Map.of("eligibility", below, "effectiveFrom", "2026-07-01"), 409);
		List<Object> belowCases = List.of(goldenCase("规下", "eligible", Map.of("division", "210106", "scale", "BELOW")),
				goldenCase("规上", "ineligible", Map.of("division", "210106", "scale", "ABOVE")));
		JsonNode amended = read(call(put("/api/v1/policies/" + id + "/eligibility"), admin,
				Map.of("eligibility", below, "effectiveFrom", "2026-07-01", "goldenCases", belowCases), 200));
		assertThat(amended.get("versions")).hasSize(2);
		call(put("/api/v1/policies/" + id + "/eligibility"), admin,
				Map.of("eligibility", below, "effectiveFrom", "2026-03-01", "goldenCases", belowCases), 400);

		JsonNode before = read(
				call(post("/api/v1/policies/" + id + "/evaluate?uscc=" + uscc + "&on=2026-03-01"), admin, null, 200));
		assertThat(before.get("outcome").asText()).isEqualTo("eligible");
		assertThat(before.get("eligibilityVersion").asInt()).isEqualTo(1);
		JsonNode after = read(
				call(post("/api/v1/policies/" + id + "/evaluate?uscc=" + uscc + "&on=2026-08-01"), admin, null, 200));
		assertThat(after.get("outcome").asText()).isEqualTo("ineligible");
		assertThat(after.get("eligibilityVersion").asInt()).isEqualTo(2);
	}

	@Test
	void aDraftIsInvisibleToThoseWhoCannotEditIt() throws Exception {
		long id = read(call(post("/api/v1/policies"), admin,
				draft("草稿（测试）", "210100", rdTree("210100"), rdCases("210106")), 201))
			.get("id")
			.asLong();
		String uscc = enterprise("210106", "3421", "ABOVE", null, List.of());
		String username = "draft" + uscc.substring(8, 16).toLowerCase();
		account(username, "ENTERPRISE", null, uscc);
		String token = token(username, "secret-password-1");
		call(get("/api/v1/policies/" + id), token, null, 404);
		call(post("/api/v1/policies/" + id + "/evaluate?uscc=" + uscc), token, null, 404);
		JsonNode list = read(call(get("/api/v1/policies?size=200"), token, null, 200));
		list.get("content").forEach(p -> assertThat(p.get("status").asText()).isNotEqualTo("DRAFT"));
	}

}
