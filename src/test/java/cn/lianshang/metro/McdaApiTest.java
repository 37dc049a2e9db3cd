package cn.lianshang.metro;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@SpringBootTest
@AutoConfigureMockMvc
class McdaApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	String token;

	@BeforeEach
	void signIn() throws Exception {
		String body = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"admin\",\"password\":\"test-admin-password\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode node = json.readTree(body);
		token = node.get("token").asText();
	}

	ResultActions call(String path, String body) throws Exception {
		return mvc.perform(post("/api/v1/metro/mcda/" + path).header("Authorization", "Bearer " + token)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void entropyWeightsRaw() throws Exception {
		// same matrix as EntropyWeightsTest: w = (0.697869, 0.302131)
		call("entropy-weights", "{\"matrix\":[[1,1],[3,2]],\"variant\":\"raw\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.weights", hasSize(2)))
			.andExpect(jsonPath("$.weights[0]", closeTo(0.697869, 1e-6), Double.class))
			.andExpect(jsonPath("$.weights[1]", closeTo(0.302131, 1e-6), Double.class));
	}

	@Test
	void entropyWeightsStandardizedUsesTypesAndShift() throws Exception {
		call("entropy-weights",
				"{\"matrix\":[[1,10],[2,30],[3,30]],\"variant\":\"standardized\",\"types\":[1,-1],\"shift\":0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weights[0]", closeTo(0.296082, 1e-6), Double.class))
			.andExpect(jsonPath("$.weights[1]", closeTo(0.703918, 1e-6), Double.class));
	}

	@Test
	void topsisVectorAndMinMax() throws Exception {
		// same matrices as TopsisTest
		call("topsis",
				"{\"matrix\":[[3,4],[4,3],[0,0]],\"weights\":[1,1],\"types\":[1,-1],\"normalization\":\"vector\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closeness", hasSize(3)))
			.andExpect(jsonPath("$.closeness[0]", closeTo(0.421165, 1e-6), Double.class))
			.andExpect(jsonPath("$.closeness[1]", closeTo(0.578835, 1e-6), Double.class))
			.andExpect(jsonPath("$.closeness[2]", closeTo(0.5, 1e-9), Double.class));
		call("topsis",
				"{\"matrix\":[[1,4],[2,2],[3,1]],\"weights\":[0.5,0.5],\"types\":[1,-1],\"normalization\":\"minmax\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closeness[1]", closeTo(0.581020, 1e-6), Double.class));
	}

	@Test
	void withoutATokenTheEndpointsAnswer401() throws Exception {
		mvc.perform(post("/api/v1/metro/mcda/topsis").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void raggedRowsAreNamed() throws Exception {
		call("entropy-weights", "{\"matrix\":[[1,2],[3]],\"variant\":\"raw\"}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("matrix[1]"))
			.andExpect(jsonPath("$.errors[0].code").value("metro.matrix.ragged"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Row 2 has 1 values but row 1 has 2")));
	}

	@Test
	void emptyMatrixIsRejected() throws Exception {
		call("topsis", "{\"matrix\":[],\"weights\":[],\"types\":[]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("metro.matrix.required"));
	}

	@Test
	void aConstantColumnIsRejectedForEntropy() throws Exception {
		call("entropy-weights", "{\"matrix\":[[1,5],[2,5]],\"variant\":\"raw\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("metro.matrix.no-variation"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("column 2")));
	}

	@Test
	void weightsMustMatchAndBeNonNegativeAndTypesMustBePlusOrMinusOne() throws Exception {
		call("topsis", "{\"matrix\":[[1,4],[2,2]],\"weights\":[1],\"types\":[1,-1]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("metro.weights.length"));
		call("topsis", "{\"matrix\":[[1,4],[2,2]],\"weights\":[1,-0.5],\"types\":[1,0]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("metro.weights.negative")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("metro.types.invalid")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("types[1]")));
	}

	@Test
	void nonFiniteAndMissingNumbersAreRejected() throws Exception {
		// 1e999 overflows to Infinity when read as a double
		call("topsis", "{\"matrix\":[[1,1e999],[2,null]],\"weights\":[1,1],\"types\":[1,1]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("metro.matrix.not-finite")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("metro.matrix.missing-value")));
	}

	@Test
	void standardizedEntropyNeedsTypes() throws Exception {
		call("entropy-weights", "{\"matrix\":[[1,2],[3,4]],\"variant\":\"standardized\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("metro.types.required"));
	}

	@Test
	void unknownVariantAndNormalizationAreRejected() throws Exception {
		call("entropy-weights", "{\"matrix\":[[1,2],[3,4]],\"variant\":\"magic\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("variant"));
		call("topsis", "{\"matrix\":[[1,2],[3,4]],\"weights\":[1,1],\"types\":[1,1],\"normalization\":\"l3\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("normalization"));
	}

	@Test
	void tooLargeMatricesAreRejected() throws Exception {
		StringBuilder body = new StringBuilder("{\"variant\":\"raw\",\"matrix\":[");
		for (int i = 0; i < 101; i++) {
			body.append(i == 0 ? "" : ",").append("[");
			for (int j = 0; j < 100; j++) {
				body.append(j == 0 ? "" : ",").append(i + j);
			}
			body.append("]");
		}
		body.append("]}");
		call("entropy-weights", body.toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("metro.matrix.too-large"));
	}

	@Test
	void messagesDefaultToChinese() throws Exception {
		mvc.perform(post("/api/v1/metro/mcda/entropy-weights").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"matrix\":[[1,2]],\"variant\":\"raw\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("metro.matrix.too-few-rows"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("至少需要 2 行")));
	}

}
