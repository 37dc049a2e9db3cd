package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A worked example in 阜新市海州区 (210902), a division no other test files in. The database
 * may hold appeals of earlier runs (PostgreSQL), so the test compares the figures before
 * and after.
 */
class MetricsApiTests extends AppealsTestSupport {

	JsonNode row(String token, String division, String code) throws Exception {
		MvcResult r = perform(get("/api/v1/appeals/metrics?division=" + division), token, null);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
		for (JsonNode row : body(r).get("divisions")) {
			if (row.get("division").asText().equals(code)) {
				return row;
			}
		}
		throw new AssertionError("no row " + code + " in " + text(r));
	}

	static long delta(JsonNode after, JsonNode before, String field) {
		return after.get(field).asLong() - before.get(field).asLong();
	}

	@Test
	void theCountsOfASmallWorkedExample() throws Exception {
		JsonNode cityBefore = row(adminToken(), "210900", "210900");
		JsonNode countyBefore = row(adminToken(), "210900", "210902");
		Filer filer = enterpriseIn("210902", "3311");
		String handler = tokenOf("HANDLER", "210902", null);
		// A: closed on time, satisfied, resolved
		JsonNode a = filed(filer, "OTHER", "210902");
		a = done(handler, a, "accept", null);
		a = done(handler, a, "start", null);
		a = done(handler, a, "reply", with("reply", "已办"));
		a = done(filer.token(), a, "follow-up", with("satisfaction", "SATISFIED", "resolved", true));
		done(filer.token(), a, "close", null);
		// B: returned once, dispatched again, signed for
		JsonNode b = filed(filer, "OTHER", "210902");
		b = done(handler, b, "return", with("note", "非本单位职责"));
		b = done(adminToken(), b, "dispatch", with("unitCode", "BEC-210900"));
		done(tokenOf("HANDLER", "210900", null), b, "accept", null);
		// C: unsatisfied, reopened, then closed basically satisfied, not resolved
		JsonNode c = filed(filer, "OTHER", "210902");
		c = done(handler, c, "accept", null);
		c = done(handler, c, "start", null);
		c = done(handler, c, "reply", with("reply", "第一次"));
		c = done(filer.token(), c, "follow-up", with("satisfaction", "UNSATISFIED", "resolved", false));
		c = done(filer.token(), c, "reopen", with("note", "没解决"));
		c = done(handler, c, "start", null);
		c = done(handler, c, "reply", with("reply", "第二次"));
		c = done(filer.token(), c, "follow-up", with("satisfaction", "BASICALLY_SATISFIED", "resolved", false));
		done(filer.token(), c, "close", null);
		// D: waiting to be signed for
		filed(filer, "OTHER", "210902");

		JsonNode county = row(adminToken(), "210900", "210902");
		assertThat(delta(county, countyBefore, "received")).isEqualTo(4);
		assertThat(delta(county, countyBefore, "dispatched")).isEqualTo(4);
		assertThat(delta(county, countyBefore, "acceptedOnTime")).isEqualTo(3);
		assertThat(delta(county, countyBefore, "closed")).isEqualTo(2);
		assertThat(delta(county, countyBefore, "closedOnTime")).isEqualTo(1);
		assertThat(delta(county, countyBefore, "resolved")).isEqualTo(1);
		assertThat(delta(county, countyBefore, "satisfied")).isEqualTo(2);
		assertThat(delta(county, countyBefore, "reopened")).isEqualTo(1);
		assertThat(delta(county, countyBefore, "returned")).isEqualTo(1);
		JsonNode city = row(adminToken(), "210900", "210900");
		assertThat(delta(city, cityBefore, "received")).as("the city row holds its counties").isEqualTo(4);
		if (countyBefore.get("received").asLong() == 0) {
			// on a fresh database the rates are exactly the example's
			assertThat(county.get("acceptedOnTimeRate").asDouble()).isEqualTo(0.75);
			assertThat(county.get("closedRate").asDouble()).isEqualTo(0.5);
			assertThat(county.get("closedOnTimeRate").asDouble()).isEqualTo(0.5);
			assertThat(county.get("satisfiedRate").asDouble()).isEqualTo(1.0);
			assertThat(county.get("reopenedRate").asDouble()).isEqualTo(0.25);
		}
		// the handler of the county sees its own figures; the city's handler too
		assertThat(row(handler, "210902", "210902").get("received").asLong())
			.isEqualTo(county.get("received").asLong());
		assertThat(row(tokenOf("HANDLER", "210900", null), "210900", "210902").get("received").asLong())
			.isEqualTo(county.get("received").asLong());
	}

	@Test
	void handlersSeeOnlyTheirJurisdictionAndEnterprisesNone() throws Exception {
		String handler = tokenOf("HANDLER", "210902", null);
		problem(perform(get("/api/v1/appeals/metrics?division=210100"), handler, null), 404);
		MvcResult own = perform(get("/api/v1/appeals/metrics"), handler, null);
		assertThat(body(own).get("divisions").get(0).get("division").asText()).isEqualTo("210902");
		MvcResult all = perform(get("/api/v1/appeals/metrics?from=2025-01-01&to=2025-01-31"), adminToken(), null);
		assertThat(body(all).get("divisions").findValuesAsText("division")).hasSize(8).contains("SFZ");
		Filer filer = enterpriseIn("210902", "3311");
		problem(perform(get("/api/v1/appeals/metrics"), filer.token(), null), 403);
		errorOn(problem(perform(get("/api/v1/appeals/metrics?from=2025-02-01&to=2025-01-01"), adminToken(), null), 400),
				"from");
	}

}
