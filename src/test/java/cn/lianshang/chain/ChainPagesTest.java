package cn.lianshang.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.access.AccountManagement;

/** The chain pages as served: list, chain, node, export, both languages. */
class ChainPagesTest extends ApiTestSupport {

	@Autowired
	AccountManagement accounts;

	UserDetails admin() {
		return accounts.loadUserByUsername("admin");
	}

	String page(String url) throws Exception {
		MvcResult r = mvc.perform(get(url).with(user(admin()))).andReturn();
		assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theListShowsTheFourGroupsAndLinksEveryChain() throws Exception {
		String html = page("/chains");
		assertThat(html).contains("改造升级“老字号”", "深度开发“原字号”", "培育壮大“新字号”", "新一代信息技术", "href=\"/chains/AUTO\"",
				"href=\"/chains/SENSOR\"", "id=\"nav-chain\"", "aria-current=\"page\"");
	}

	@Test
	void theChainPageShowsTheGraphDataTheRateBesideTheSeedAndTheDefinition() throws Exception {
		String html = page("/chains/AUTO");
		assertThat(html).contains("id=\"chain-graph\"", "<script type=\"application/json\" id=\"chain-graph-data\">",
				"/webjars/echarts/5.5.0/echarts.min.js", "/js/chain.js", ChainPages.SEED_QUOTE, ChainPages.SEED_FILE,
				"区间中值", "整车制造", "AUTO-VEHICLE");
		assertThat(html).doesNotContain("onclick=", "<script>");
		assertThat(page("/chains/AUTO?lang=en")).contains("Local supporting rate", "Gaps for investment attraction");
		assertThat(page("/chains/AUTO?city=210300")).contains("<option value=\"210300\" selected=\"selected\">");
	}

	@Test
	void theNodePageHasTheMapData() throws Exception {
		String html = page("/chains/AUTO/nodes/AUTO-ENGINE");
		assertThat(html).contains("id=\"node-map-data\"", "发动机", "3620", "沈阳市");
		assertThat(
				mvc.perform(get("/chains/AUTO/nodes/NOPE").with(user(admin()))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theExportIsAWorkbookWithNodesRateAndGaps() throws Exception {
		MvcResult r = mvc.perform(get("/chains/MACHTOOL/export.xlsx").with(user(admin()))).andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		assertThat(r.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
		try (ReadableWorkbook wb = new ReadableWorkbook(
				new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
			List<Sheet> sheets = wb.getSheets().toList();
			assertThat(sheets).hasSize(3);
			List<Row> nodes = sheets.get(0).read();
			assertThat(nodes.size()).isEqualTo(1 + ReferenceChains.load().nodesOf("MACHTOOL").size());
			assertThat(nodes.stream().map(row -> row.getCellText(1)).toList()).contains("MT-CUT", "MT-CNC");
			assertThat(sheets.get(1).read().stream().map(row -> row.getCellText(0)).toList())
				.anyMatch(t -> t.contains(ChainPages.SEED_QUOTE));
		}
	}

}
