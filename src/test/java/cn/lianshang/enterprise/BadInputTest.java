package cn.lianshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/**
 * Every kind of bad input is answered 400 {@code application/problem+json} with
 * {@code errors[].field/code/message}, in Chinese by default and in English on request,
 * and nothing is stored.
 */
class BadInputTest extends ApiTestSupport {

	/**
	 * A case: what to change in a valid body (or the raw body to send), and the error
	 * expected.
	 */
	record Case(String name, Consumer<Map<String, Object>> change, String rawBody, String field, String code) {

		@Override
		public String toString() {
			return name;
		}

	}

	static Case change(String name, Consumer<Map<String, Object>> change, String field, String code) {
		return new Case(name, change, null, field, code);
	}

	static Stream<Arguments> badRegistrations() {
		List<Case> cases = new ArrayList<>();
		cases.add(change("invalid USCC", b -> {
			String u = (String) b.get("uscc");
			b.put("uscc", u.substring(0, 17) + (u.charAt(17) == '0' ? '1' : '0'));
		}, "uscc", "uscc.check-character"));
		cases.add(change("short USCC", b -> b.put("uscc", ((String) b.get("uscc")).substring(0, 17)), "uscc",
				"uscc.length"));
		cases.add(change("USCC with O", b -> b.put("uscc", "O" + ((String) b.get("uscc")).substring(1)), "uscc",
				"uscc.forbidden-letter"));
		cases.add(change("missing USCC", b -> b.remove("uscc"), "uscc", "uscc.required"));
		cases.add(change("unknown division", b -> b.put("divisionCode", "219999"), "divisionCode", "division.unknown"));
		cases.add(change("division outside the area", b -> b.put("divisionCode", "110101"), "divisionCode",
				"division.unknown"));
		cases.add(change("unknown industry", b -> b.put("industryCode", "9999"), "industryCode", "industry.unknown"));
		cases.add(change("industry group, not class", b -> b.put("industryCode", "342"), "industryCode",
				"industry.not-class"));
		cases.add(change("industry section", b -> b.put("industryCode", "C"), "industryCode", "industry.not-class"));
		cases.add(change("missing name", b -> b.put("name", "  "), "name", "required"));
		cases.add(change("name of 101 characters", b -> b.put("name", "企".repeat(101)), "name", "too-long"));
		cases.add(change("address of 201 characters", b -> b.put("address", "路".repeat(201)), "address", "too-long"));
		cases.add(change("latitude without longitude", b -> b.put("latitude", 41.8), "longitude", "coordinates.pair"));
		cases.add(change("coordinates in Beijing", b -> {
			b.put("latitude", 39.9);
			b.put("longitude", 116.4);
		}, "latitude", "coordinates.outside"));
		cases.add(change("negative employees", b -> b.put("employees", -1), "employees", "range"));
		cases.add(change("founded in the future", b -> b.put("foundedOn", "2999-01-01"), "foundedOn", "founded.range"));
		cases.add(change("unknown qualification", b -> b.put("qualifications", List.of("NOBEL")), "qualifications",
				"qualification.unknown"));
		cases.add(new Case("malformed JSON", null, "{\"uscc\": \"91", "body", "MalformedJson"));
		cases.add(change("employees of the wrong type", b -> b.put("employees", "many"), "employees", "TypeMismatch"));
		cases.add(change("an unknown scale", b -> b.put("scale", "HUGE"), "scale", "TypeMismatch"));
		return cases.stream().flatMap(c -> Stream.of(Arguments.of(c, "zh"), Arguments.of(c, "en")));
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("badRegistrations")
	void refusesABadRegistrationAndStoresNothing(Case c, String language) throws Exception {
		String uscc = TestData.validUscc(random);
		Map<String, Object> body = enterprise(uscc, "沈阳" + TestData.uniqueWord(random) + "有限公司", "210106", "3421");
		String content;
		if (c.rawBody() != null) {
			content = c.rawBody();
		}
		else {
			c.change().accept(body);
			content = json.writeValueAsString(body);
		}
		long before = enterpriseCount();
		var request = post("/api/v1/enterprises").header(HttpHeaders.AUTHORIZATION, bearer(adminToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(content);
		if ("en".equals(language)) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9");
		}
		MvcResult result = mvc.perform(request).andReturn();
		JsonNode problem = problem(result, 400);
		JsonNode error = errorOn(problem, c.field());
		assertThat(error.get("code").asText()).isEqualTo(c.code());
		assertMessageLanguage(error.get("message").asText(), language);
		assertMessageLanguage(problem.get("title").asText(), language);
		assertThat(enterpriseCount()).isEqualTo(before);
		assertThat(perform(get("/api/v1/enterprises/" + uscc), adminToken(), null).getResponse().getStatus())
			.isEqualTo(404);
	}

	static Stream<Arguments> badSearches() {
		List<Arguments> cases = new ArrayList<>();
		for (String language : List.of("zh", "en")) {
			cases.add(Arguments.of("size=1000", "size", language));
			cases.add(Arguments.of("size=0", "size", language));
			cases.add(Arguments.of("page=-1", "page", language));
			cases.add(Arguments.of("page=x", "page", language));
			cases.add(Arguments.of("scale=HUGE", "scale", language));
			cases.add(Arguments.of("q=" + "字".repeat(101), "q", language));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} ({2})")
	@MethodSource("badSearches")
	void refusesABadSearch(String query, String field, String language) throws Exception {
		var request = get("/api/v1/enterprises?" + query).header(HttpHeaders.AUTHORIZATION, bearer(adminToken()));
		if ("en".equals(language)) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, "en");
		}
		JsonNode problem = problem(mvc.perform(request).andReturn(), 400);
		JsonNode error = errorOn(problem, field);
		assertThat(error.get("code").asText()).isNotBlank();
		assertMessageLanguage(error.get("message").asText(), language);
	}

	static void assertMessageLanguage(String message, String language) {
		assertThat(message).isNotBlank();
		boolean chinese = message.codePoints()
			.anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
		if ("zh".equals(language)) {
			assertThat(chinese).as("Chinese message: %s", message).isTrue();
		}
		else {
			assertThat(chinese).as("English message: %s", message).isFalse();
			assertThat(message).containsPattern("[A-Za-z]{3,}");
		}
	}

}
