package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Handlers see and act within their jurisdiction plus co-assigned appeals; the most
 * specific dispatch rule wins.
 */
class JurisdictionAndDispatchTests extends AppealsTestSupport {

	@Test
	void aTiexiHandlerNeitherSeesNorActsOnAnAnshanAppealWhileShenyangSeesTiexi() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		JsonNode anshan = filed(filer, "OTHER", "210302");
		JsonNode tiexi = filed(filer, "OTHER", "210106");
		assertThat(anshan.get("unit").get("code").asText()).isEqualTo("BEC-210302");
		String tiexiHandler = tokenOf("HANDLER", "210106", null);
		String shenyangHandler = tokenOf("HANDLER", "210100", null);
		String anshanHandler = tokenOf("HANDLER", "210300", null);
		long anshanId = anshan.get("id").asLong();
		long tiexiId = tiexi.get("id").asLong();

		problem(read(tiexiHandler, anshanId), 404);
		problem(act(tiexiHandler, anshanId, "accept", anshan.get("version").asInt(), null), 404);
		assertThat(listedIds(tiexiHandler)).contains(tiexiId).doesNotContain(anshanId);

		assertThat(read(shenyangHandler, tiexiId).getResponse().getStatus()).isEqualTo(200);
		assertThat(listedIds(shenyangHandler)).contains(tiexiId).doesNotContain(anshanId);
		assertThat(listedIds(anshanHandler)).contains(anshanId).doesNotContain(tiexiId);
		// the city handler may act on its county's appeal (the unit lies within its
		// jurisdiction)
		done(shenyangHandler, tiexi, "accept", null);
		assertThat(listedIds(adminToken())).contains(anshanId, tiexiId);
		// residents see nothing
		assertThat(listedIds(tokenOf("RESIDENT", null, null))).isEmpty();
	}

	@Test
	void aMatterSpanningTwoCitiesHasALeadUnitAndCoHandlersWhoSeeButDoNotAct() throws Exception {
		Filer filer = enterpriseIn("210106", "3311");
		Map<String, Object> body = appeal("OTHER", "210106", "跨市物流协调 " + random.nextInt());
		body.put("coDivisions", List.of("210302", "210303", "211202"));
		MvcResult result = file(filer.token(), body, null);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(201);
		JsonNode a = body(result);
		assertThat(a.get("unit").get("code").asText()).isEqualTo("BEC-210106");
		// one co-handler per other city: 鞍山 (the first of its divisions) and 铁岭
		assertThat(a.get("coHandlers").findValuesAsText("code")).containsExactly("BEC-210302", "BEC-211202");
		long id = a.get("id").asLong();
		String anshanHandler = tokenOf("HANDLER", "210300", null);
		assertThat(listedIds(anshanHandler)).contains(id);
		assertThat(read(anshanHandler, id).getResponse().getStatus()).isEqualTo(200);
		problem(act(anshanHandler, id, "accept", a.get("version").asInt(), null), 403);
		problem(read(tokenOf("HANDLER", "210400", null), id), 404);
	}

	@Test
	void theMostSpecificRuleWins() throws Exception {
		Filer manufacturer = enterpriseIn("210106", "3311");
		Filer software = enterpriseIn("210106", "6511");
		// 铁西's own rule for 审批办证
		assertThat(unitOf(filed(software, "PERMIT", "210106"))).isEqualTo("TX-PERMIT");
		// the city's rule for 用工招聘 beats 铁西's default centre (a named category first)
		assertThat(unitOf(filed(software, "LABOR", "210106"))).isEqualTo("SY-HRSS");
		// no category rule anywhere above: the deepest default, 铁西's centre
		assertThat(unitOf(filed(software, "OTHER", "210106"))).isEqualTo("BEC-210106");
		// a township inherits its county's rules
		String township = jdbc.queryForObject(
				"select min(code) from division where parent_code = '210106' and level = 'TOWNSHIP'", String.class);
		assertThat(unitOf(filed(software, "PERMIT", township))).isEqualTo("TX-PERMIT");
		// an industry-specific rule: manufacturers (GB/T 4754 3…) of 铁西 with 用地用房 → rule
		// 916, others → 903
		JsonNode land = filed(manufacturer, "LAND", "210106");
		assertThat(unitOf(land)).isEqualTo("SY-NR");
		jdbc.update("update dispatch_rule set unit_code = 'SY-FIN' where id = 916");
		try {
			assertThat(unitOf(filed(manufacturer, "LAND", "210106"))).isEqualTo("SY-FIN");
			assertThat(unitOf(filed(software, "LAND", "210106"))).isEqualTo("SY-NR");
		}
		finally {
			jdbc.update("update dispatch_rule set unit_code = 'SY-NR' where id = 916");
		}
		// the zone has a default unit too
		assertThat(unitOf(filed(software, "OTHER", "SFZ"))).isEqualTo("BEC-SFZ");
	}

	static String unitOf(JsonNode appeal) {
		return appeal.get("unit").get("code").asText();
	}

}
