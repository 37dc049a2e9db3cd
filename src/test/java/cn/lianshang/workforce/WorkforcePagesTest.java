package cn.lianshang.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;

import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;

/**
 * The workforce pages through MockMvc: registration form, the resident's own page with
 * matches and applying, the job form with the minimum-wage error, the job page with
 * matches but no contact details, the station, and English.
 */
@Tag("database") // also inherited from ApiTestSupport; stated here so that it shows
class WorkforcePagesTest extends WorkforceTestSupport {

	@Autowired
	AccountManagement accounts;

	UserDetails login(String username) {
		return accounts.loadUserByUsername(username);
	}

	@Test
	void aResidentRegistersThroughTheFormSeesMatchingJobsAndApplies() throws Exception {
		String[] employer = employer(TIEXI);
		long job = postJob(employer[1], job("叉车司机 仓储 日结", List.of("叉车司机"), List.of("叉车证"), TIEXI, "DAILY", 260));

		String username = TestData.uniqueUsername(random, "resident");
		MvcResult bad = mvc
			.perform(post("/jobs/register").with(csrf())
				.param("username", username)
				.param("password", PASSWORD)
				.param("phone", "123")
				.param("displayName", "刘洋")
				.param("communityCode", TIEXI_TOWNSHIP)
				.param("maxTravelKm", "15")
				.param("availableDays", "MONDAY", "TUESDAY")
				.param("availableShifts", "DAY")
				.param("skills", "FORKLIFT_DRIVER")
				.param("certificates", "FORKLIFT_N1"))
			.andReturn();
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		assertThat(text(bad)).contains("id=\"phone-error\"", "11 位");

		MvcResult ok = mvc
			.perform(post("/jobs/register").with(csrf())
				.param("username", username)
				.param("password", PASSWORD)
				.param("phone", phone())
				.param("displayName", "刘洋")
				.param("communityCode", TIEXI_TOWNSHIP)
				.param("maxTravelKm", "15")
				.param("availableDays", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
				.param("availableShifts", "DAY")
				.param("skills", "FORKLIFT_DRIVER")
				.param("certificates", "FORKLIFT_N1"))
			.andReturn();
		assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/login?registered");

		MvcResult me = mvc.perform(get("/jobs/me").with(user(login(username)))).andReturn();
		assertThat(me.getResponse().getStatus()).isEqualTo(200);
		assertThat(text(me)).contains("id=\"match-" + job + "\"", "具备所需工种：叉车司机", "持有所需证书", "未验证");

		MvcResult applied = mvc.perform(post("/jobs/" + job + "/apply").with(csrf()).with(user(login(username))))
			.andReturn();
		assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo("/jobs/me");
		assertThat(text(mvc.perform(get("/jobs/me").with(user(login(username)))).andReturn())).contains("叉车司机 仓储 日结",
				"已报名");
	}

	@Test
	void anEmployerPostsThroughTheFormIsToldTheMinimumWageAndSeesMatchesWithoutContacts() throws Exception {
		String[] employer = employer(TIEXI);
		String account = createAccount("ENTERPRISE", null, employer[0]);
		Person p = resident(profile("黄磊", TIEXI_TOWNSHIP, List.of("厨师"), List.of("健康证"), 20, 200));
		var form = post("/jobs/new").with(csrf())
			.with(user(login(account)))
			.param("title", "食堂厨师 日结")
			.param("headcount", "1")
			.param("skills", "COOK")
			.param("certificates", "HEALTH")
			.param("startDate", today().toString())
			.param("endDate", today().plusDays(3).toString())
			.param("shifts", "DAY")
			.param("payType", "DAILY")
			.param("divisionCode", TIEXI);
		MvcResult low = mvc.perform(form.param("payAmount", "120")).andReturn();
		assertThat(low.getResponse().getStatus()).isEqualTo(400);
		assertThat(text(low)).contains("id=\"payAmount-error\"", "153.6", "2021-11-01");

		MvcResult posted = mvc
			.perform(post("/jobs/new").with(csrf())
				.with(user(login(account)))
				.param("title", "食堂厨师 日结")
				.param("headcount", "1")
				.param("skills", "COOK")
				.param("certificates", "HEALTH")
				.param("startDate", today().toString())
				.param("endDate", today().plusDays(3).toString())
				.param("shifts", "DAY")
				.param("payType", "DAILY")
				.param("divisionCode", TIEXI)
				.param("payAmount", "220"))
			.andReturn();
		String location = posted.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/jobs/");
		String page = text(mvc.perform(get(location).with(user(login(account)))).andReturn());
		assertThat(page).contains("id=\"match-" + p.id() + "\"", "黄**", "认证企业")
			.doesNotContain("黄磊")
			.doesNotContain("139");
	}

	@Test
	void theStationPageShowsTheHandlersDivisionAndTheBoardSpeaksEnglish() throws Exception {
		String handler = createAccount("HANDLER", TIEXI, null);
		MvcResult station = mvc.perform(get("/jobs/station").with(user(login(handler)))).andReturn();
		assertThat(station.getResponse().getStatus()).isEqualTo(200);
		assertThat(text(station)).contains("零工驿站 · 沈阳市铁西区", "id=\"stat-fill\"");
		String en = text(mvc.perform(get("/jobs?lang=en").with(user(login(handler)))).andReturn());
		assertThat(en).contains("Flexible employment", "id=\"nav-jobs\"");
		Person p = resident(profile("马超", TIEXI_TOWNSHIP, List.of("保安"), List.of(), 20, null));
		assertThat(
				mvc.perform(get("/jobs/station").with(user(login(p.username())))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

}
