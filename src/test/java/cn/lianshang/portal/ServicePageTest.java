package cn.lianshang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.notification.Notifying;
import cn.lianshang.policy.PushingPolicy;

/**
 * The enterprise's service page (企业知识服务中心) and the 360° view: each section shows what its
 * module knows of a constructed enterprise and nothing of another; the 360° view follows
 * the registry's jurisdiction (another city's handler gets 404, an enterprise 403).
 */
class ServicePageTest extends ApiTestSupport {

	static final String TIEXI = "210106";

	static final AtomicInteger SERIAL = new AtomicInteger();

	@Autowired
	AccountManagement accounts;

	String word;

	String uscc;

	String name;

	String enterpriseUser;

	String otherUscc;

	String ownDemandTitle;

	String otherDemandTitle;

	String otherOfferTitle;

	static String sharedOfferTitle;

	String eligibleTitle;

	String unknownTitle;

	long appealId;

	String otherToken;

	@Autowired
	Notifying notifying;

	@Autowired
	PushingPolicy pushing;

	@BeforeEach
	void anEnterpriseWithADemandAnEligiblePolicyAndAnAppeal() throws Exception {
		word = TestData.uniqueWord(random);
		uscc = TestData.validUscc(random, TIEXI);
		name = "沈阳" + word + "汽车零部件有限公司";
		Map<String, Object> body = enterprise(uscc, name, TIEXI, "3421");
		body.put("scale", "ABOVE");
		register(body);
		enterpriseUser = createAccount("ENTERPRISE", null, uscc);
		String token = token(enterpriseUser, PASSWORD);

		otherUscc = TestData.validUscc(random, TIEXI);
		Map<String, Object> other = enterprise(otherUscc, "沈阳" + word + "精密机械厂", TIEXI, "3484");
		other.put("scale", "BELOW");
		register(other);
		otherToken = token(createAccount("ENTERPRISE", null, otherUscc), PASSWORD);

		// the other enterprise's offer should match our demand; its own demand must not
		// show on our page
		// posted once for the class: every test's demand is the same, so offers posted by
		// earlier tests would tie with a new one for the page's top three
		if (sharedOfferTitle == null) {
			sharedOfferTitle = "数控车削加工 轴类零件 " + word;
			posted("/api/v1/offers", adminToken(), offer(otherUscc, sharedOfferTitle));
		}
		otherOfferTitle = sharedOfferTitle;
		otherDemandTitle = "他人的数控铣削需求 " + word;
		posted("/api/v1/demands", adminToken(), demand(otherUscc, otherDemandTitle));
		ownDemandTitle = "2000 件 45#钢数控车削轴类零件 " + word;
		posted("/api/v1/demands", token, demand(null, ownDemandTitle));

		eligibleTitle = "铁西规上企业奖励（服务页测试 " + word + "）";
		publish(policy(eligibleTitle,
				Map.of("type", "all", "all",
						List.of(leaf("divisionIn", 1, "codes", List.of(TIEXI)), leaf("scale", 2, "scale", "ABOVE"))),
				List.of(Map.of("name", "铁西规上", "expected", "eligible", "facts",
						Map.of("division", TIEXI, "scale", "ABOVE")))));
		unknownTitle = "研发投入后补助（服务页测试 " + word + "）";
		publish(policy(unknownTitle,
				Map.of("type", "all", "all",
						List.of(leaf("divisionIn", 1, "codes", List.of(TIEXI)), leaf("rdShare", 2, "min", 3))),
				List.of(Map.of("name", "研发 4%", "expected", "eligible", "facts",
						Map.of("division", TIEXI, "rdSharePercent", 4)))));

		Map<String, Object> appeal = new LinkedHashMap<>();
		appeal.put("category", "OTHER");
		appeal.put("description", "服务页测试诉求 " + word);
		appeal.put("divisionCode", TIEXI);
		MvcResult filed = perform(post("/api/v1/appeals"), token, appeal);
		assertThat(filed.getResponse().getStatus()).as(text(filed)).isEqualTo(201);
		appealId = body(filed).get("id").asLong();
	}

	// ---------------------------------------------------------------- chains, inbox,
	// uptake

	@Test
	void theEnterpriseSeesItsChainPlaceAndEdgesItsUnreadMessagesAndItsPolicyPushesNotAnothers() throws Exception {
		String token = token(enterpriseUser, PASSWORD);
		// chains: both on a node; we buy from outside the area and sell to the other; the
		// other buys from a supplier outside the area that is none of ours
		assign("SENSOR", "SN-MAT", uscc);
		assign("SENSOR", "SN-MEMS", otherUscc);
		String ourSupplier = "苏州" + word + "微电子有限公司";
		String othersSupplier = "上海" + word + "材料有限公司";
		declare(token, Map.of("chainCode", "SENSOR", "nodeCode", "SN-MEMS", "role", "BUYER", "counterpartName",
				ourSupplier, "counterpartLocation", "江苏省苏州市", "valueBand", "M10_50"));
		declare(token, Map.of("chainCode", "SENSOR", "nodeCode", "SN-MAT", "role", "SUPPLIER", "counterpartUscc",
				otherUscc, "valueBand", "M1_10"));
		declare(otherToken, Map.of("chainCode", "SENSOR", "nodeCode", "SN-MAT", "role", "BUYER", "counterpartName",
				othersSupplier, "counterpartLocation", "上海市", "valueBand", "UNDER_1M"));

		// inbox: two messages to us (one opened), one to the other enterprise
		String unreadSubject = "服务页测试未读消息 " + word;
		String openedSubject = "服务页测试已读消息 " + word;
		String othersSubject = "服务页测试他人消息 " + word;
		notifying.send(new Notifying.Message(uscc, null, "test", word, unreadSubject, "正文", "/my"));
		long opened = notifying.send(new Notifying.Message(uscc, null, "test", word, openedSubject, "正文", "/my"));
		notifying.send(new Notifying.Message(otherUscc, null, "test", word, othersSubject, "正文", "/my"));
		MvcResult open = perform(post("/api/v1/inbox/" + opened + "/open"), token, null);
		assertThat(open.getResponse().getStatus()).as(text(open)).isEqualTo(200);

		// uptake: a policy for small firms is pushed to the other enterprise only; ours
		// (规上) gets the one it is eligible for
		String smallFirmsTitle = "铁西小微企业补助（服务页测试 " + word + "）";
		publish(policy(smallFirmsTitle,
				Map.of("type", "all", "all",
						List.of(leaf("divisionIn", 1, "codes", List.of(TIEXI)), leaf("scale", 2, "scale", "BELOW"))),
				List.of(Map.of("name", "铁西规下", "expected", "eligible", "facts",
						Map.of("division", TIEXI, "scale", "BELOW")))));
		pushing.pushEnterprise(uscc, "test");
		pushing.pushEnterprise(otherUscc, "test");

		Document page = page("/my", enterpriseUser, 200);

		Element chains = page.selectFirst("#section-chains");
		// the node it was put on, confirmed (the registry's suggestions by industry may
		// be listed too), not the other's
		assertThat(chains.select("li.place").eachAttr("data-node")).contains("SN-MAT").doesNotContain("SN-MEMS");
		assertThat(chains.select("li.place[data-node=SN-MAT]").attr("data-status")).isEqualTo("CONFIRMED");
		assertThat(chains.select("li.place[data-node=SN-MAT] a").attr("href")).isEqualTo("/chains/SENSOR/nodes/SN-MAT");
		assertThat(chains.select("#chain-edge-counts").text()).contains("作为供应商 1 条", "作为采购方 1 条");
		assertThat(chains.select("li.edge").eachAttr("data-role")).containsExactlyInAnyOrder("SUPPLIER", "BUYER");
		assertThat(chains.text()).contains(ourSupplier, "江苏省苏州市", "沈阳" + word + "精密机械厂").doesNotContain(othersSupplier);

		Element inbox = page.selectFirst("#section-inbox");
		assertThat(inbox.select("li.message a").eachText()).contains(unreadSubject)
			.doesNotContain(openedSubject, othersSubject)
			.hasSizeLessThanOrEqualTo(5);
		assertThat(inbox.select("#inbox-link").attr("href")).isEqualTo("/inbox");

		Element uptake = page.selectFirst("#section-uptake");
		// the enterprise sees the pushes it was sent (the weekly cap may hold back this
		// test's policy: the shared context publishes one per test), never another's
		assertThat(uptake.select("li.push a").eachText()).isNotEmpty().doesNotContain(smallFirmsTitle);
		assertThat(uptake.select("li.push .badge-off")).isEmpty();
		// the administrator sees every push of the enterprise, queued ones too
		Document asAdmin = page("/my?uscc=" + uscc, "admin", 200);
		assertThat(asAdmin.select("#section-uptake li.push a").eachText()).contains(eligibleTitle)
			.doesNotContain(smallFirmsTitle);
		assertThat(uptake.select("#pushes-link").attr("href")).isEqualTo("/my/policy-pushes");

		// the other enterprise's page shows its own, not ours
		Document others = page("/my?uscc=" + otherUscc, "admin", 200);
		assertThat(others.select("#section-uptake li.push a").eachText()).contains(smallFirmsTitle)
			.doesNotContain(eligibleTitle);
		assertThat(others.select("#section-inbox li.message a").eachText()).contains(othersSubject)
			.doesNotContain(unreadSubject);
		assertThat(others.select("#section-chains li.place").eachAttr("data-node")).contains("SN-MEMS")
			.doesNotContain("SN-MAT");
		assertThat(others.select("#section-chains").text()).contains(othersSupplier).doesNotContain(ourSupplier);

		// English
		Document en = page("/my?lang=en", enterpriseUser, 200);
		assertThat(en.select("#section-chains h2").text()).isEqualTo("Industrial chains and supply");
		assertThat(en.select("#chain-edge-counts").text()).contains("1 as supplier", "1 as buyer");

		// the 360° view: the same chain and uptake facts, for staff of the jurisdiction;
		// no inbox
		Document view = page("/enterprises/" + uscc + "/360", createAccount("HANDLER", "210100", null), 200);
		assertThat(view.select("#section-chains li.place").eachAttr("data-node")).contains("SN-MAT")
			.doesNotContain("SN-MEMS");
		assertThat(view.select("#section-chains").text()).contains(ourSupplier).doesNotContain(othersSupplier);
		assertThat(view.select("#section-uptake li.push a").eachText()).contains(eligibleTitle)
			.doesNotContain(smallFirmsTitle);
		assertThat(view.select("#section-inbox")).isEmpty();
	}

	/**
	 * The other side of the marketplace section (the open demands its offers could serve)
	 * and the near misses (差一项) of the policy section, with the condition that fails.
	 */
	@Test
	void theEnterprisesOfferListsADemandItCouldServeAndANearMissNamesTheFailingCondition() throws Exception {
		String token = token(enterpriseUser, PASSWORD);
		// anodizing: a process no other test posts, so the other's demand is not tied
		// with earlier tests' demands for the offer's top three
		String offerTitle = "铝件阳极氧化 " + word;
		Map<String, Object> offer = offer(null, offerTitle);
		offer.remove("enterpriseUscc");
		offer.put("processes", List.of("ANODIZING"));
		offer.put("materials", List.of("AL6061"));
		offer.put("description", "硬质阳极氧化，铝合金壳体 " + word);
		posted("/api/v1/offers", token, offer);
		String servable = "铝合金壳体阳极氧化 " + word;
		Map<String, Object> demand = demand(otherUscc, servable);
		demand.put("processes", List.of("ANODIZING"));
		demand.put("materials", List.of("AL6061"));
		demand.remove("certifications");
		posted("/api/v1/demands", adminToken(), demand);
		// a policy ours fails on one condition only (it is 规上, the policy for 规下)
		String nearTitle = "铁西规下企业补助（服务页差一项测试 " + word + "）";
		publish(policy(nearTitle,
				Map.of("type", "all", "all",
						List.of(leaf("divisionIn", 1, "codes", List.of(TIEXI)), leaf("scale", 2, "scale", "BELOW"))),
				List.of(Map.of("name", "铁西规下", "expected", "eligible", "facts",
						Map.of("division", TIEXI, "scale", "BELOW")))));

		Document page = page("/my", enterpriseUser, 200);

		Element offers = page.selectFirst("#section-offers");
		Element ours = offers.select("li.offer")
			.stream()
			.filter(li -> li.ownText().contains(offerTitle) || li.child(0).text().equals(offerTitle))
			.findFirst()
			.orElseThrow();
		assertThat(ours.select("li.match a").eachText()).contains(servable);
		assertThat(ours.select("li.match").text()).contains("沈阳" + word + "精密机械厂");
		assertThat(offers.text()).doesNotContain(ownDemandTitle);

		Element near = page.select("#policies-near > li")
			.stream()
			.filter(li -> li.text().contains(nearTitle))
			.findFirst()
			.orElseThrow();
		assertThat(near.text()).contains("差一项", "企业规模为");
		assertThat(page.select("#policies-eligible a").eachText()).doesNotContain(nearTitle);
		assertThat(page.select("#policies-unknown a").eachText()).doesNotContain(nearTitle);
	}

	@Test
	void theEnterpriseSeesItsDemandWithMatchesItsPoliciesItsAppealItsCodeAndKnowledge() throws Exception {
		Document page = page("/my", enterpriseUser, 200);

		assertThat(page.select("#enterprise-name").text()).isEqualTo(name);
		assertThat(page.select("#enterprise-uscc").text()).isEqualTo(uscc);
		assertThat(page.select("#nav-service").attr("href")).isEqualTo("/my");
		assertThat(page.select("#nav-service").attr("aria-current")).isEqualTo("page");

		// marketplace: our demand and the other's offer as its match; not the other's
		// demand
		assertThat(page.select("#section-demands li.demand > a").eachText()).containsExactly(ownDemandTitle);
		assertThat(page.select("#section-demands li.match").text()).contains(otherOfferTitle);
		assertThat(page.text()).doesNotContain(otherDemandTitle);
		// the match previews are cached per posting version; the page says for how long
		assertThat(page.select("#section-demands .match-cache").text()).contains("最长保留 60 秒");

		// policies: eligible, and unknown with what to supply and who holds it
		assertThat(page.select("#policies-eligible a").eachText()).contains(eligibleTitle).doesNotContain(unknownTitle);
		assertThat(page.select("#policies-unknown > li")
			.stream()
			.filter(li -> li.text().contains(unknownTitle))
			.findFirst()
			.orElseThrow()
			.text()).contains("需补充：");

		// appeals: ours, with its state and a link
		assertThat(page.select("#section-appeals a[href=/appeals/" + appealId + "]")).hasSize(1);
		assertThat(page.select("#section-appeals").text()).contains("共 1 件");

		// the code: the QR image, the card, the PDF and the code page
		assertThat(page.select("#code-image").attr("src")).startsWith("/my/code.png");
		assertThat(page.select("#card-link").attr("href")).contains("/c/");
		assertThat(page.select("#pdf-link").attr("href")).startsWith("/my/code.pdf");
		assertThat(page.select("#code-page-link").attr("href")).isEqualTo("/my/code");

		// knowledge: items for its industry (C34) come first; items for other industries
		// or
		// divisions never
		List<String> codes = page.select("#section-knowledge li.knowledge").eachAttr("data-code");
		assertThat(codes).isNotEmpty().hasSizeLessThanOrEqualTo(6);
		// the two items for 通用设备 C34, newest first, before those for all manufacturing
		assertThat(codes.subList(0, 2)).containsExactly("K024", "K021");
		assertThat(codes).doesNotContain("K027", "K028", "K010", "K030");
		assertThat(page.select("#section-knowledge .badge-demo")).isNotEmpty();
	}

	@Test
	void anAdministratorSeesAnyEnterprisesPageOthersAreToldItIsForEnterprises() throws Exception {
		Document admin = page("/my?uscc=" + uscc, "admin", 200);
		assertThat(admin.select("#enterprise-uscc").text()).isEqualTo(uscc);
		assertThat(admin.select("#code-page-link").attr("href")).isEqualTo("/my/code?uscc=" + uscc);

		Document handler = page("/my?uscc=" + uscc, createAccount("HANDLER", TIEXI, null), 200);
		assertThat(handler.select("#not-enterprise")).hasSize(1);
		assertThat(handler.select("#enterprise-name")).isEmpty();
	}

	@Test
	void thePageIsInEnglishOnRequest() throws Exception {
		Document page = page("/my?lang=en", enterpriseUser, 200);
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("h1").text()).isEqualTo("Enterprise service centre");
		assertThat(page.select("#section-policies").text()).contains("Eligible");
	}

	@Test
	void the360ViewFollowsTheRegistrysJurisdiction() throws Exception {
		String shenyang = createAccount("HANDLER", "210100", null);
		Document view = page("/enterprises/" + uscc + "/360", shenyang, 200);
		assertThat(view.select("#enterprise-uscc").text()).isEqualTo(uscc);
		assertThat(view.select("#section-marketplace li.demand a").eachText()).containsExactly(ownDemandTitle);
		assertThat(view.select("#section-policies li.policy-eligible a").eachText()).contains(eligibleTitle);
		assertThat(view.select("#section-policies li.policy-unknown a").eachText()).contains(unknownTitle);

		Document admin = page("/enterprises/" + uscc + "/360", "admin", 200);
		assertThat(admin.select("#section-appeals a[href=/appeals/" + appealId + "]")).hasSize(1);

		page("/enterprises/" + uscc + "/360", createAccount("POLICY_OFFICER", "210100", null), 200);
		page("/enterprises/" + uscc + "/360", createAccount("HANDLER", TIEXI, null), 200);
		// another city's handler, and a district of the same city that is not the
		// enterprise's: not found, as in the registry
		page("/enterprises/" + uscc + "/360", createAccount("HANDLER", "210300", null), 404);
		page("/enterprises/" + uscc + "/360", createAccount("HANDLER", "210102", null), 404);
		page("/enterprises/" + uscc, createAccount("HANDLER", "210300", null), 404);
		// roles that are not staff of a jurisdiction
		page("/enterprises/" + uscc + "/360", enterpriseUser, 403);
		page("/enterprises/" + uscc + "/360", createAccount("RESIDENT", null, null), 403);

		// the detail page links staff to the view
		assertThat(page("/enterprises/" + uscc, shenyang, 200).select("#view-360").attr("href"))
			.isEqualTo("/enterprises/" + uscc + "/360");
		assertThat(page("/enterprises/" + uscc, enterpriseUser, 200).select("#view-360")).isEmpty();
	}

	// ---------------------------------------------------------------- helpers

	void assign(String chain, String node, String who) throws Exception {
		MvcResult r = perform(post("/api/v1/chains/" + chain + "/nodes/" + node + "/enterprises"), adminToken(),
				Map.of("uscc", who));
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
	}

	void declare(String token, Map<String, Object> body) throws Exception {
		MvcResult r = perform(post("/api/v1/chains/supply-edges"), token, body);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
	}

	Document page(String path, String username, int status) throws Exception {
		MvcResult result = mvc.perform(get(path).with(user(accounts.loadUserByUsername(username)))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path + " as " + username).isEqualTo(status);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	long posted(String path, String token, Map<String, Object> body) throws Exception {
		MvcResult result = perform(post(path), token, body);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(201);
		return body(result).get("id").asLong();
	}

	static Map<String, Object> offer(String owner, String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		body.put("enterpriseUscc", owner);
		body.put("title", title);
		body.put("description", "数控车床 20 台，承接 45# 钢、40Cr 轴类零件批量加工");
		body.put("processes", List.of("TURNING"));
		body.put("materials", List.of("45#", "40Cr"));
		body.put("toleranceIt", 6);
		body.put("monthlyCapacity", 5000);
		body.put("leadTimeDays", 5);
		body.put("certifications", List.of("IATF16949"));
		return body;
	}

	static Map<String, Object> demand(String owner, String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		if (owner != null) {
			body.put("enterpriseUscc", owner);
		}
		body.put("title", title);
		body.put("description", "汽车零部件，公差 IT7，月底交货");
		body.put("toleranceIt", 7);
		body.put("quantity", 2000);
		// a certification other tests' turning offers rarely hold, so that the page's top
		// three are not a tie with earlier tests' offers
		body.put("certifications", List.of("IATF16949"));
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		body.put("dueDate", today.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()).toString());
		return body;
	}

	static Map<String, Object> leaf(String type, int article, Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("type", type);
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		m.put("article", article);
		return m;
	}

	static Map<String, Object> policy(String title, Object eligibility, List<Object> cases) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("title", title);
		d.put("issuer", "服务页测试发布机关");
		d.put("documentNumber", "服务页测试〔2026〕" + SERIAL.incrementAndGet() + "号");
		d.put("issueDate", "2026-01-01");
		d.put("effectiveFrom", "2026-01-01");
		d.put("effectiveTo", "2030-12-31");
		d.put("regionScope", TIEXI);
		d.put("howToClaim", "APPLY");
		d.put("benefitKind", "SUBSIDY");
		d.put("benefitAmount", "最高 10 万元");
		d.put("articles", List.of(Map.of("number", 1, "text", "注册地。"), Map.of("number", 2, "text", "条件。")));
		d.put("eligibility", eligibility);
		d.put("goldenCases", cases);
		return d;
	}

	void publish(Map<String, Object> draft) throws Exception {
		MvcResult created = perform(post("/api/v1/policies"), adminToken(), draft);
		assertThat(created.getResponse().getStatus()).as(text(created)).isEqualTo(201);
		long id = body(created).get("id").asLong();
		MvcResult published = perform(post("/api/v1/policies/" + id + "/publish"), adminToken(), null);
		assertThat(published.getResponse().getStatus()).as(text(published)).isEqualTo(200);
	}

}
