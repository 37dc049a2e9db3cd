package cn.lianshang.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/** Residents, employers and jobs made through the API for the workforce tests. */
abstract class WorkforceTestSupport extends ApiTestSupport {

	static final String TIEXI = "210106";

	static final String TIEXI_TOWNSHIP = "210106015";

	static final String SHENHE_TOWNSHIP = "210103005";

	static final String TIELING_TOWNSHIP = "211202001";

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	/** A registered resident: its id, username and token. */
	record Person(long id, String username, String token) {

	}

	static Map<String, Object> profile(String name, String community, List<String> skills, List<String> certificates,
			int maxTravelKm, Integer wage) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("displayName", name);
		p.put("communityCode", community);
		p.put("maxTravelKm", maxTravelKm);
		p.put("expectedDailyWage", wage);
		p.put("availableDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"));
		p.put("availableShifts", List.of("DAY"));
		p.put("skills", skills);
		p.put("certificates", certificates);
		p.put("address", "铁西区兴华街道某小区 3 号楼 2 单元 501");
		p.put("idNumber", idNumber());
		return p;
	}

	static String idNumber() {
		StringBuilder sb = new StringBuilder("21010619900101");
		for (int i = 0; i < 3; i++) {
			sb.append(random.nextInt(10));
		}
		return sb.toString() + IdNumbers.checkOf(sb.toString());
	}

	static String phone() {
		StringBuilder sb = new StringBuilder("139");
		for (int i = 0; i < 8; i++) {
			sb.append(random.nextInt(10));
		}
		return sb.toString();
	}

	Map<String, Object> registration(Map<String, Object> profile) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", TestData.uniqueUsername(random, "resident"));
		body.put("password", PASSWORD);
		body.put("phone", phone());
		body.put("profile", profile);
		return body;
	}

	Person resident(Map<String, Object> profile) throws Exception {
		Map<String, Object> body = registration(profile);
		MvcResult result = perform(post("/api/v1/residents"), null, body);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(201);
		String username = (String) body.get("username");
		return new Person(body(result).get("id").asLong(), username, token(username, PASSWORD));
	}

	/** A registered enterprise in {@code division} and a token of its account. */
	String[] employer(String division) throws Exception {
		String uscc = TestData.validUscc(random, division);
		register(enterprise(uscc, "灵活用工测试" + TestData.uniqueWord(random) + "有限公司", division, "C3311"));
		return new String[] { uscc, tokenOf("ENTERPRISE", null, uscc) };
	}

	static Map<String, Object> job(String title, List<String> skills, List<String> certificates, String division,
			String payType, double pay) {
		Map<String, Object> j = new LinkedHashMap<>();
		j.put("title", title);
		j.put("headcount", 2);
		j.put("skills", skills);
		j.put("certificates", certificates);
		j.put("startDate", today().toString());
		j.put("endDate", today().plusDays(6).toString());
		j.put("shifts", List.of("DAY"));
		j.put("payType", payType);
		j.put("payAmount", pay);
		j.put("divisionCode", division);
		j.put("meals", true);
		return j;
	}

	long postJob(String token, Map<String, Object> job) throws Exception {
		MvcResult result = perform(post("/api/v1/jobs"), token, job);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(201);
		return body(result).get("id").asLong();
	}

	JsonNode getJson(String path, String token) throws Exception {
		MvcResult result = perform(get(path), token, null);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		return body(result);
	}

	MvcResult act(long engagement, String action, String token, Object body) throws Exception {
		return perform(post("/api/v1/engagements/" + engagement + "/" + action), token, body);
	}

	JsonNode ok(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as(text(result)).isBetween(200, 201);
		return body(result);
	}

}
