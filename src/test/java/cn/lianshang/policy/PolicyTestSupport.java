package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.springframework.test.web.servlet.MvcResult;

import cn.lianshang.ApiTestSupport;

/**
 * What the policy module's full-stack tests share, in the one context of
 * {@link ApiTestSupport}: publishing a policy through the API.
 */
abstract class PolicyTestSupport extends ApiTestSupport {

	/**
	 * Creates the draft and publishes it as the administrator; fails the test unless the
	 * answers are 201 and 200. Returns the policy's id.
	 */
	protected long publish(Map<String, Object> draft) throws Exception {
		MvcResult created = perform(post("/api/v1/policies"), adminToken(), draft);
		assertThat(created.getResponse().getStatus()).as(text(created)).isEqualTo(201);
		long id = body(created).get("id").asLong();
		MvcResult published = perform(post("/api/v1/policies/" + id + "/publish"), adminToken(), null);
		assertThat(published.getResponse().getStatus()).as(text(published)).isEqualTo(200);
		return id;
	}

}
