package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/**
 * Helpers of the appeals tests: an enterprise with its account, filing, acting, reading.
 */
abstract class AppealsTestSupport extends ApiTestSupport {

	/** A registered enterprise and the token of its account. */
	record Filer(String uscc, String token) {
	}

	Filer enterpriseIn(String division, String industry) throws Exception {
		String uscc = TestData.validUscc(random, division);
		register(enterprise(uscc, "诉求测试" + TestData.uniqueWord(random) + "有限公司", division, industry));
		return new Filer(uscc, tokenOf("ENTERPRISE", null, uscc));
	}

	static Map<String, Object> appeal(String category, String division, String description) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("category", category);
		body.put("description", description);
		body.put("divisionCode", division);
		return body;
	}

	MvcResult file(String token, Map<String, Object> body, String idempotencyKey) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/appeals");
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return perform(request, token, body);
	}

	/** Files and fails unless 201; answers the appeal. */
	JsonNode filed(Filer filer, String category, String division) throws Exception {
		MvcResult result = file(filer.token(), appeal(category, division, "测试诉求 " + TestData.uniqueWord(random)), null);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(201);
		return body(result);
	}

	MvcResult act(String token, long id, String action, int version, Map<String, Object> extra) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", version);
		if (extra != null) {
			body.putAll(extra);
		}
		return perform(post("/api/v1/appeals/" + id + "/" + action), token, body);
	}

	/**
	 * Performs the action with the appeal's current version; fails unless 200; answers
	 * the appeal.
	 */
	JsonNode done(String token, JsonNode appeal, String action, Map<String, Object> extra) throws Exception {
		MvcResult result = act(token, appeal.get("id").asLong(), action, appeal.get("version").asInt(), extra);
		assertThat(result.getResponse().getStatus()).as(action + ": " + text(result)).isEqualTo(200);
		return body(result);
	}

	MvcResult read(String token, long id) throws Exception {
		return perform(get("/api/v1/appeals/" + id), token, null);
	}

	List<Long> listedIds(String token) throws Exception {
		MvcResult result = perform(get("/api/v1/appeals?size=200"), token, null);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		return body(result).get("content").findValues("id").stream().map(JsonNode::asLong).toList();
	}

	/** The calendar's answer through the public endpoint. */
	LocalDate addWorkingDays(LocalDate from, int days) throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/calendar/add-working-days?from=" + from + "&days=" + days))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		return LocalDate.parse(body(result).get("date").asText());
	}

	static Map<String, Object> with(Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

}
