package cn.lianshang.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.matching.model.Weights;

class MatchingApiTests extends ApiTestSupport {

	JsonNode getJson(String path) throws Exception {
		MvcResult result = perform(get(path), adminToken(), null);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		return body(result);
	}

	@Test
	void normalisesFreeTextToCodes() throws Exception {
		JsonNode n = getJson("/api/v1/matching/normalise?text=数控车加工 45号钢，表面阳极氧化");
		assertThat(n.get("processes")).extracting(JsonNode::asText).containsExactly("TURNING", "ANODIZING");
		assertThat(n.get("materials")).extracting(JsonNode::asText).containsExactly("C45");
	}

	@Test
	void showsTheTaxonomyAndTheWeightsInForce() throws Exception {
		JsonNode t = getJson("/api/v1/matching/taxonomy");
		assertThat(t.get("processes")).extracting(p -> p.get("code").asText())
			.contains("TURNING", "WIRE_EDM", "ASSEMBLY");
		assertThat(t.get("materials")).extracting(p -> p.get("code").asText()).contains("C45", "SS316L", "HRB400");
		assertThat(t.get("certifications")).hasSize(6);
		JsonNode w = getJson("/api/v1/matching/weights");
		assertThat(w.get("distance").asDouble()).isEqualTo(Weights.DEFAULT.distance());
		assertThat(w.get("process").asDouble()).isEqualTo(Weights.DEFAULT.process());
	}

	@Test
	void anonymousCallersAreRefused() throws Exception {
		assertThat(perform(get("/api/v1/matching/weights"), null, null).getResponse().getStatus()).isEqualTo(401);
	}

}
