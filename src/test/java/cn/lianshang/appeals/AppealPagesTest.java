package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;

/**
 * The appeals pages: filing through the form, the scoped queue, acting through the pages,
 * rating, English.
 */
class AppealPagesTest extends AppealsTestSupport {

	private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@Autowired
	AccountManagement accounts;

	UserDetails account(String role, String jurisdiction, String uscc) throws Exception {
		return accounts.loadUserByUsername(createAccount(role, jurisdiction, uscc));
	}

	MvcResult page(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
		return mvc.perform(request.with(user(who)).with(csrf())).andReturn();
	}

	static String html(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	static String group(Pattern p, String html) {
		Matcher m = p.matcher(html);
		assertThat(m.find()).as(p + " in " + html).isTrue();
		return m.group(1);
	}

	@Test
	void anEnterpriseFilesAHandlerAcceptsAndAnswersTheEnterpriseRates() throws Exception {
		String uscc = TestData.validUscc(random, "210106");
		String name = "诉求页面测试" + TestData.uniqueWord(random) + "有限公司";
		register(enterprise(uscc, name, "210106", "3421"));
		UserDetails enterprise = account("ENTERPRISE", null, uscc);
		UserDetails handler = account("HANDLER", "210106", null);
		UserDetails anshan = account("HANDLER", "210300", null);

		// the form, with a key made when it was rendered
		MvcResult form = page(get("/appeals/new"), enterprise);
		assertThat(form.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(form)).contains("提交诉求", "name=\"description\"", "name=\"divisionCode\"", "铁西区");
		String key = group(KEY, html(form));

		// a refused form says why, in the current language
		MvcResult refused = page(post("/appeals").param("category", "OTHER")
			.param("divisionCode", "210106")
			.param("description", " ")
			.param("idempotencyKey", key), enterprise);
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(refused)).contains("description-error", "此项必填");

		// filed once, even when submitted twice
		String description = "厂区门前道路施工影响物流 " + TestData.uniqueWord(random);
		MockHttpServletRequestBuilder filing = post("/appeals").param("category", "OTHER")
			.param("divisionCode", "210106")
			.param("description", description)
			.param("idempotencyKey", key);
		MvcResult first = page(filing, enterprise);
		assertThat(first.getResponse().getStatus()).as(html(first)).isEqualTo(302);
		String location = first.getResponse().getRedirectedUrl();
		assertThat(location).matches("/appeals/\\d+");
		long id = Long.parseLong(location.substring("/appeals/".length()));
		MvcResult second = page(post("/appeals").param("category", "OTHER")
			.param("divisionCode", "210106")
			.param("description", description)
			.param("idempotencyKey", key), enterprise);
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(location);
		assertThat(jdbc.queryForObject("select count(*) from appeal where uscc = ?", Long.class, uscc)).isEqualTo(1);

		// the enterprise sees it in its own queue, without actions on the detail yet
		assertThat(html(page(get("/appeals"), enterprise))).contains("appeal-" + id, name);
		String mine = html(page(get(location), enterprise));
		assertThat(mine).contains(description, "派单").doesNotContain("action-accept", "action-follow-up");

		// the handler of the district sees it and acts through the pages
		String queue = html(page(get("/appeals").param("state", "DISPATCHED"), handler));
		assertThat(queue).contains("appeal-" + id, "签收时限");
		String detail = html(page(get(location), handler));
		assertThat(detail).contains("action-accept", "action-return", description);
		String read = group(VERSION, detail);
		MvcResult accepted = page(post(location + "/accept").param("version", read), handler);
		assertThat(accepted.getResponse().getStatus()).as(html(accepted)).isEqualTo(302);

		// a stale form: 409, a clear message, and the fresh state
		MvcResult stale = page(post(location + "/accept").param("version", read), handler);
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(html(stale)).contains("已被他人处理", "action-start", "签收");

		detail = html(page(get(location), handler));
		assertThat(page(post(location + "/start").param("version", group(VERSION, detail)), handler).getResponse()
			.getStatus()).isEqualTo(302);
		detail = html(page(get(location), handler));
		MvcResult noText = page(post(location + "/reply").param("version", group(VERSION, detail)), handler);
		assertThat(noText.getResponse().getStatus()).isEqualTo(422);
		assertThat(page(
				post(location + "/reply").param("version", group(VERSION, detail)).param("reply", "已协调施工方调整围挡，保障货车通行。"),
				handler)
			.getResponse()
			.getStatus()).isEqualTo(302);

		// the enterprise rates the answer
		mine = html(page(get(location), enterprise));
		assertThat(mine).contains("已协调施工方调整围挡", "action-follow-up", "基本满意");
		MvcResult rated = page(post(location + "/follow-up").param("version", group(VERSION, mine))
			.param("satisfaction", "SATISFIED")
			.param("resolved", "true"), enterprise);
		assertThat(rated.getResponse().getStatus()).as(html(rated)).isEqualTo(302);
		mine = html(page(get(location), enterprise));
		assertThat(mine).contains("appeal-rating", "满意", "问题已解决", "action-close").doesNotContain("action-reopen");
		// the whole history, oldest first
		assertThat(mine).containsSubsequence("提交", "派单", "签收", "开始办理", "答复", "回访评价");

		// a handler of another city neither lists nor opens it
		assertThat(html(page(get("/appeals"), anshan))).doesNotContain("appeal-" + id);
		assertThat(page(get(location), anshan).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(post(location + "/accept").param("version", "0"), anshan).getResponse().getStatus())
			.isEqualTo(404);

		// English
		String english = html(page(get(location).param("lang", "en"), enterprise));
		assertThat(english).contains("<html lang=\"en\"", "Appeal #" + id, "History", "Satisfied", "Rating", "Other");
		assertThat(html(page(get("/appeals").param("lang", "en"), handler))).contains("Business appeals",
				"Responsible unit");
	}

	@Test
	void onlyEnterprisesFile() throws Exception {
		UserDetails handler = account("HANDLER", "210106", null);
		assertThat(page(get("/appeals/new"), handler).getResponse().getStatus()).isEqualTo(403);
		assertThat(html(page(get("/appeals"), handler))).doesNotContain("file-appeal");
	}

}
