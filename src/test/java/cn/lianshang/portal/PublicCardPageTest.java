package cn.lianshang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;

/**
 * The public card behind the enterprise code: registry facts with the capabilities and
 * open offers from the marketplace, nothing private; the message form delivers to the
 * enterprise's inbox (audited), refuses bad input with a 400 in the reader's language,
 * limits senders, and takes nothing through a revoked code.
 */
class PublicCardPageTest extends ApiTestSupport {

	static final String ADDRESS_WORD = "卡片隐私测试路";

	/** A mainland mobile number: none may appear on the card. */
	static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

	/** A resident identity card number (18 characters). */
	static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Z])\\d{17}[0-9Xx](?![0-9A-Z])");

	@Autowired
	AccountManagement accounts;

	String word;

	String uscc;

	String name;

	String token;

	String enterpriseToken;

	String offerTitle;

	@BeforeEach
	void anEnterpriseWithPrivateFactsAndAnOpenOffer() throws Exception {
		word = TestData.uniqueWord(random);
		uscc = TestData.validUscc(random, "210106");
		name = "沈阳" + word + "精密零件有限公司";
		Map<String, Object> body = enterprise(uscc, name, "210106", "3484");
		body.put("employees", 7319);
		body.put("revenueBand", "R4");
		body.put("latitude", 41.79683);
		body.put("longitude", 123.43291);
		body.put("address", "沈阳市铁西区" + ADDRESS_WORD + word);
		body.put("foundedOn", "2003-05-06");
		body.put("qualifications", List.of("SRDI_SME"));
		register(body);
		enterpriseToken = tokenOf("ENTERPRISE", null, uscc);
		offerTitle = "数控车削加工 法兰盘 " + word;
		Map<String, Object> offer = ServicePageTest.offer(uscc, offerTitle);
		offer.put("certifications", List.of("ISO9001"));
		offer.put("unitPrice", 987.65);
		MvcResult posted = perform(post("/api/v1/offers"), adminToken(), offer);
		assertThat(posted.getResponse().getStatus()).as(text(posted)).isEqualTo(201);
		MvcResult code = perform(get("/api/v1/enterprises/" + uscc + "/code"), adminToken(), null);
		assertThat(code.getResponse().getStatus()).as(text(code)).isEqualTo(200);
		token = body(code).get("token").asText();
	}

	static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	String anAddress() {
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

	MockHttpServletRequestBuilder message(String name, String contact, String text) {
		MockHttpServletRequestBuilder b = post("/c/" + token).with(csrf());
		if (name != null) {
			b.param("name", name);
		}
		if (contact != null) {
			b.param("contact", contact);
		}
		if (text != null) {
			b.param("message", text);
		}
		return b;
	}

	JsonNode inbox() throws Exception {
		MvcResult r = perform(get("/api/v1/inbox?size=100"), enterpriseToken, null);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(200);
		return body(r).get("page").get("content");
	}

	List<JsonNode> cardMessages() throws Exception {
		List<JsonNode> found = new java.util.ArrayList<>();
		inbox().forEach(n -> {
			if (PublicCardPage.TOPIC.equals(n.get("topic").asText())) {
				found.add(n);
			}
		});
		return found;
	}

	// ---------------------------------------------------------------- what the card
	// shows

	@Test
	void theCardShowsFactsCapabilitiesAndOpenOffersAndNothingPrivate() throws Exception {
		for (String lang : List.of("", "?lang=en")) {
			MvcResult r = mvc.perform(get("/c/" + token + lang)).andReturn();
			assertThat(r.getResponse().getStatus()).isEqualTo(200);
			String html = withoutCsrf(text(r).replace(token, ""));
			Document page = Jsoup.parse(html);
			assertThat(page.select("#enterprise-name").text()).isEqualTo(name);
			assertThat(page.select("#offers .offer-title").eachText()).containsExactly(offerTitle);
			assertThat(page.select("#capabilities .chip").eachText()).contains("车削", "45 号钢", "ISO 9001");
			assertThat(page.select("#message form").attr("method")).isEqualTo("post");
			String withoutUscc = html.replace(uscc, "");
			assertThat(withoutUscc).doesNotContain("7319", "7,319", "R4", "41.79", "123.43", ADDRESS_WORD, "987.65",
					"revenue", "employees", "latitude");
			assertThat(MOBILE.matcher(withoutUscc).find()).as("a mobile number on the card").isFalse();
			assertThat(ID_NUMBER.matcher(withoutUscc).find()).as("an ID number on the card").isFalse();
		}
		Document en = Jsoup.parse(text(mvc.perform(get("/c/" + token + "?lang=en")).andReturn()));
		assertThat(en.select("#offers h2").text()).contains("Open offers");
		assertThat(en.select("#capabilities h2").text()).isEqualTo("Capabilities");
		assertThat(en.select("#message-send").text()).isEqualTo("Send message");
	}

	@Test
	void anEnterpriseWithoutOpenOffersSaysSoAndListsNone() throws Exception {
		String other = TestData.validUscc(random, "210106");
		register(enterprise(other, "沈阳" + word + "无供给商贸有限公司", "210106", "5179"));
		String otherToken = body(perform(get("/api/v1/enterprises/" + other + "/code"), adminToken(), null))
			.get("token")
			.asText();
		Document page = Jsoup.parse(text(mvc.perform(get("/c/" + otherToken)).andReturn()));
		assertThat(page.select("#offers")).isEmpty();
		assertThat(page.select("#capabilities").text()).contains("暂未在平台发布开放的供给");
		assertThat(page.text()).doesNotContain(offerTitle);
	}

	// ---------------------------------------------------------------- the message form

	@Test
	void aVisitorsMessageIsDeliveredToTheEnterprisesInboxAndAudited() throws Exception {
		String text = "您好，我司需要 500 件法兰盘车削加工，请报价。" + word;
		MvcResult r = mvc.perform(from(message("沈阳某采购商 王经理", "139 1234 5678", text), anAddress())).andReturn();

		assertThat(r.getResponse().getStatus()).isEqualTo(302);
		assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/c/" + token + "?sent=1&lang=zh-CN");
		List<JsonNode> delivered = cardMessages();
		assertThat(delivered).hasSize(1);
		assertThat(delivered.get(0).get("subject").asText()).contains("企业码名片留言", "王经理");
		assertThat(delivered.get(0).get("body").asText()).contains(text, "139 1234 5678", "经链上沈阳企业码名片转交");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'portal.card.message'"
				+ " and entity_id = ? and actor = 'card-visitor'", Long.class, uscc))
			.isEqualTo(1);

		// the confirmation, and the sender's number is not on the public page
		String after = text(mvc.perform(get("/c/" + token + "?sent=1")).andReturn());
		assertThat(Jsoup.parse(after).select("#message-sent").text()).contains("已送达");
		assertThat(after).doesNotContain("1234 5678", "13912345678", "王经理");
	}

	@Test
	void aSignedInSenderNeedsNoContactAndIsNamedByTheAccount() throws Exception {
		String senderUscc = TestData.validUscc(random, "210106");
		register(enterprise(senderUscc, "沈阳" + word + "采购商贸有限公司", "210106", "5179"));
		String username = createAccount("ENTERPRISE", null, senderUscc);
		MvcResult r = mvc
			.perform(message(null, null, "贵司能否承接 IT6 级精车？" + word).with(user(accounts.loadUserByUsername(username))))
			.andReturn();
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(302);
		List<JsonNode> delivered = cardMessages();
		assertThat(delivered).hasSize(1);
		assertThat(delivered.get(0).get("body").asText()).contains("平台账号：" + username);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'portal.card.message' and entity_id = ? and actor = ?",
				Long.class, uscc, username))
			.isEqualTo(1);
	}

	@Test
	void badInputIsRefusedWith400InTheReadersLanguageAndNothingIsSent() throws Exception {
		String address = anAddress();
		MvcResult zh = mvc.perform(from(message(null, "12345", ""), address)).andReturn();
		assertThat(zh.getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(text(zh));
		assertThat(page.select("#error-message").text()).isEqualTo("请填写留言内容。");
		assertThat(page.select("#error-name").text()).contains("请填写您的称呼");
		assertThat(page.select("#error-contact").text()).contains("电话或邮箱格式不正确");
		// the card is still shown around the form
		assertThat(page.select("#enterprise-name").text()).isEqualTo(name);

		MvcResult en = mvc
			.perform(from(message("Li", "not-a-contact", "see http://spam.example").param("lang", "en"), address))
			.andReturn();
		assertThat(en.getResponse().getStatus()).isEqualTo(400);
		Document enPage = Jsoup.parse(text(en));
		assertThat(enPage.select("#error-message").text()).isEqualTo("The message may not contain web links.");
		assertThat(enPage.select("#error-contact").text()).startsWith("Not a phone number or email");
		assertThat(enPage.select("#error-name")).isEmpty();

		MvcResult shortOne = mvc.perform(from(message("李", "li@example.com", "你好"), address)).andReturn();
		assertThat(shortOne.getResponse().getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(text(shortOne)).select("#error-message").text()).contains("至少写 5 个字");

		assertThat(cardMessages()).isEmpty();
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'portal.card.message' and entity_id = ?", Long.class,
				uscc))
			.isZero();
	}

	@Test
	void aSenderIsLimitedTo5MessagesAnHour() throws Exception {
		String address = anAddress();
		for (int i = 0; i < 5; i++) {
			MvcResult ok = mvc.perform(from(message("赵先生", "zhao" + i + "@example.com", "第 " + i + " 条询价留言"), address))
				.andReturn();
			assertThat(ok.getResponse().getStatus()).isEqualTo(302);
		}
		MvcResult sixth = mvc.perform(from(message("赵先生", "zhao@example.com", "第 6 条询价留言"), address)).andReturn();
		assertThat(sixth.getResponse().getStatus()).isEqualTo(429);
		assertThat(Jsoup.parse(text(sixth)).select("#message-problems").text()).contains("留言过于频繁");
		assertThat(cardMessages()).hasSize(5);
		// another visitor still gets through
		assertThat(mvc.perform(from(message("钱女士", "qian@example.com", "另一位访客的询价"), anAddress()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
	}

	@Test
	void aRevokedCodeShowsItsPageAndTakesNoMessage() throws Exception {
		MvcResult revoked = perform(post("/api/v1/enterprises/" + uscc + "/code/revoke"), adminToken(), null);
		assertThat(revoked.getResponse().getStatus()).as(text(revoked)).isEqualTo(200);

		MvcResult page = mvc.perform(get("/c/" + token)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(410);
		assertThat(text(page)).contains("此企业码已作废").doesNotContain(name, offerTitle);

		MvcResult r = mvc.perform(from(message("孙先生", "13812345678", "通过作废的码留言"), anAddress())).andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(410);
		assertThat(text(r)).contains("此企业码已作废").doesNotContain(name);
		MvcResult forged = mvc.perform(post("/c/not-a-code").with(csrf()).param("message", "伪造的码留言")).andReturn();
		assertThat(forged.getResponse().getStatus()).isEqualTo(404);
		assertThat(text(forged)).contains("无法识别的企业码");
		assertThat(cardMessages()).isEmpty();
	}

	/**
	 * The page without the value of its CSRF field: random text that may contain any
	 * letters and digits (it once held "R4", a revenue band the card must not show).
	 */
	static String withoutCsrf(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

}
