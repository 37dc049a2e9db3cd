package cn.lianshang.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;

/**
 * The chain forms as served: the node-set editor (a new version, the old one viewable,
 * zh/en field errors, city officers refused) and the supply-edge declaration.
 */
class ChainFormsPageTest extends ApiTestSupport {

	@Autowired
	AccountManagement accounts;

	@Autowired
	BrowsingChains browsing;

	UserDetails account(String role, String division, String uscc) throws Exception {
		return accounts.loadUserByUsername(createAccount(role, division, uscc));
	}

	MvcResult send(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
		return mvc.perform(request.with(user(who)).with(csrf())).andReturn();
	}

	static String html(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Form fields by name; a later value replaces an earlier one, as in a browser. */
	static final class Params {

		final java.util.Map<String, String> values = new java.util.LinkedHashMap<>();

		Params param(String name, String value) {
			values.put(name, value);
			return this;
		}

	}

	/** The edit form of NEWMAT posted back as served, with {@code change} applied. */
	MockHttpServletRequestBuilder editPost(java.util.function.Consumer<Params> change) {
		Params p = new Params();
		List<NodeSpec> nodes = browsing.nodesOf("NEWMAT", browsing.detail("NEWMAT").version());
		for (int i = 0; i < nodes.size(); i++) {
			NodeSpec n = nodes.get(i);
			String r = "rows[" + i + "].";
			p.param(r + "existing", "true")
				.param(r + "segment", n.segment())
				.param(r + "code", n.code())
				.param(r + "name", n.name())
				.param(r + "kind", n.kind())
				.param(r + "classes", String.join(" ", n.industryCodes()))
				.param(r + "keywords", String.join(" ", n.keywords()))
				.param(r + "weight", String.valueOf(n.weight()));
		}
		change.accept(p);
		MockHttpServletRequestBuilder request = post("/chains/NEWMAT/edit");
		p.values.forEach(request::param);
		return request;
	}

	@Test
	void anAreaOfficerEditsTheNodeSetIntoANewVersionAndTheOldOneStaysViewable() throws Exception {
		UserDetails area = account("CHAIN_OFFICER", null, null);
		MvcResult form = send(get("/chains/NEWMAT/edit"), area);
		assertThat(form.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(form)).contains("id=\"node-set-form\"", "rows[0].classes", "rows[0].remove", "新节点",
				"type=\"number\"");
		int version = browsing.detail("NEWMAT").version();
		List<NodeSpec> before = browsing.nodesOf("NEWMAT", version);
		int n = before.size();
		String word = TestData.uniqueWord(random);

		// a bad class and a bad weight on the new row: 422, the form comes back filled in
		MvcResult bad = send(editPost(p -> p.param("rows[" + n + "].code", "NM-TEST")
			.param("rows[" + n + "].name", word + "材料")
			.param("rows[" + n + "].segment", "上游")
			.param("rows[" + n + "].kind", "MATERIAL")
			.param("rows[" + n + "].classes", "651")
			.param("rows[" + n + "].weight", "9")
			.param("note", "试")), area);
		assertThat(bad.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(bad)).contains("651", "id=\"form-errors\"", word + "材料", "aria-invalid=\"true\"");
		assertThat(browsing.detail("NEWMAT").version()).isEqualTo(version);
		MvcResult badEn = send(editPost(p -> p.param("rows[0].weight", "0")).param("lang", "en"), area);
		assertThat(badEn.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(badEn)).contains("fields need changes");

		// rename node 0, remove node 1, add a node: one new version
		String renamed = before.get(0).name() + word;
		MvcResult ok = send(editPost(p -> p.param("rows[0].name", renamed)
			.param("rows[1].remove", "true")
			.param("rows[" + n + "].code", "NM-T" + Math.abs(word.hashCode() % 1000))
			.param("rows[" + n + "].name", word + "材料")
			.param("rows[" + n + "].segment", "上游")
			.param("rows[" + n + "].kind", "MATERIAL")
			.param("rows[" + n + "].classes", "3985, 2659")
			.param("rows[" + n + "].keywords", word + "，复合")
			.param("rows[" + n + "].weight", "4")
			.param("note", "页面编辑 " + word)), area);
		assertThat(ok.getResponse().getStatus()).as(html(ok)).isEqualTo(302);
		assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/chains/NEWMAT/versions/" + (version + 1));
		List<NodeSpec> after = browsing.nodesOf("NEWMAT", version + 1);
		assertThat(after).hasSize(n);
		assertThat(after.get(0).name()).isEqualTo(renamed);
		assertThat(after).extracting(NodeSpec::code).doesNotContain(before.get(1).code());
		assertThat(after.get(n - 1).industryCodes()).containsExactly("3985", "2659");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'chain.version' and entity_id = 'NEWMAT' and after_state like ?",
				Long.class, "%" + renamed + "%"))
			.isEqualTo(1);

		String view = html(send(get("/chains/NEWMAT/versions/" + (version + 1)), area));
		assertThat(view).contains("页面编辑 " + word, renamed, "已修改", "新增", "id=\"removed-nodes\"", before.get(1).name());
		String old = html(send(get("/chains/NEWMAT/versions/" + version), area));
		assertThat(old).contains(before.get(0).name(), before.get(1).code()).doesNotContain(renamed);
		assertThat(html(send(get("/chains/NEWMAT/versions"), area))).contains("/chains/NEWMAT/versions/" + version,
				"id=\"edit-link\"");
		assertThat(send(get("/chains/NEWMAT/versions/99999"), area).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aCityOfficerMayNotEditTheNodeSet() throws Exception {
		UserDetails city = account("CHAIN_OFFICER", "210100", null);
		assertThat(send(get("/chains/NEWMAT/edit"), city).getResponse().getStatus()).isEqualTo(403);
		assertThat(send(editPost(p -> {
		}), city).getResponse().getStatus()).isEqualTo(403);
		assertThat(html(send(get("/chains/NEWMAT"), city))).doesNotContain("id=\"chain-edit\"")
			.contains("id=\"chain-declare\"");
	}

	@Test
	void anEnterpriseDeclaresASupplyEdgeInTheForm() throws Exception {
		String word = TestData.uniqueWord(random);
		String uscc = register("沈阳" + word + "复合材料有限公司", "210106", "2651").get("uscc").asText();
		UserDetails me = account("ENTERPRISE", null, uscc);
		String form = html(send(get("/chains/NEWMAT/supply-edges/new"), me));
		assertThat(form).contains("id=\"declare-form\"", "counterpartLocation", "1 亿元以上")
			.doesNotContain("name=\"enterpriseUscc\"");

		MvcResult bad = send(post("/chains/NEWMAT/supply-edges/new").param("role", "BUYER")
			.param("counterpartName", "外地" + word)
			.param("valueBand", ""), me);
		assertThat(bad.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(bad)).contains("都市圈外供应商须填写所在省市", "外地" + word);
		MvcResult badEn = send(post("/chains/NEWMAT/supply-edges/new").param("lang", "en")
			.param("role", "BUYER")
			.param("counterpartName", "外地" + word), me);
		assertThat(html(badEn)).contains("fields need changes");

		String node = browsing.nodesOf("NEWMAT", browsing.detail("NEWMAT").version()).get(0).code();
		MvcResult ok = send(post("/chains/NEWMAT/supply-edges/new").param("role", "BUYER")
			.param("nodeCode", node)
			.param("counterpartName", "宁波" + word + "材料有限公司")
			.param("counterpartLocation", "浙江省宁波市")
			.param("valueBand", "M10_50"), me);
		assertThat(ok.getResponse().getStatus()).as(html(ok)).isEqualTo(302);
		assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/chains/NEWMAT/nodes/" + node);
		assertThat(jdbc.queryForObject("select count(*) from supply_edge where buyer_uscc = ? and supplier_name = ?"
				+ " and provenance = 'DECLARED'", Long.class, uscc, "宁波" + word + "材料有限公司"))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'chain.edge.declared' and after_state like ?",
				Long.class, "%宁波" + word + "%"))
			.isEqualTo(1);

		// an officer's form asks whose relation it is
		assertThat(html(send(get("/chains/NEWMAT/supply-edges/new"), account("CHAIN_OFFICER", "210100", null))))
			.contains("name=\"enterpriseUscc\"");
		// an analyst cannot declare
		assertThat(
				send(get("/chains/NEWMAT/supply-edges/new"), account("ANALYST", null, null)).getResponse().getStatus())
			.isEqualTo(403);
	}

}
