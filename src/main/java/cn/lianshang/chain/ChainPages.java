package cn.lianshang.chain;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Role;
import cn.lianshang.chain.ChainViews.AssignmentView;
import cn.lianshang.chain.ChainViews.ChainDetail;
import cn.lianshang.chain.ChainViews.ChainSummary;
import cn.lianshang.chain.ChainViews.GapView;
import cn.lianshang.chain.ChainViews.NodeView;
import cn.lianshang.chain.ChainViews.RateBreakdown;
import cn.lianshang.chain.ChainViews.RateRow;
import cn.lianshang.chain.ChainViews.SegmentView;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The chain pages: the list by group, one chain (graph, local supporting rate beside the
 * seed's figure, gaps, lead firms, XLSX export) and one node (its enterprises, a
 * coordinate map, its supply edges; chain officers confirm, reject and mark lead firms).
 */
@Controller
class ChainPages {

	/** Seed 001, verbatim: the figure the computed rate is shown beside. */
	static final String SEED_QUOTE = "沈阳头部企业在都市圈内配套率超过45%";

	static final String SEED_FILE = "seeds/001_f23afacf029143a4.txt";

	static final double SEED_RATE = 0.45;

	static final List<String> GROUPS = List.of("LAOZIHAO", "YUANZIHAO", "XINZIHAO", "NEWIT");

	/** One colour per top-level division (seven cities and SFZ), in code order. */
	static final List<String> CITY_COLOURS = List.of("#1f5fa8", "#c0392b", "#27ae60", "#8e44ad", "#d68910", "#16a085",
			"#7f8c8d", "#e84393");

	static final int PAGE_SIZE = 30;

	private final BrowsingChains browsing;

	private final AssigningEnterprises assigning;

	private final KeepingChains keeping;

	private final Regions regions;

	private final CurrentUser currentUser;

	private final Messages messages;

	private final ObjectMapper json;

	ChainPages(BrowsingChains browsing, AssigningEnterprises assigning, KeepingChains keeping, Regions regions,
			CurrentUser currentUser, Messages messages, ObjectMapper json) {
		this.browsing = browsing;
		this.assigning = assigning;
		this.keeping = keeping;
		this.regions = regions;
		this.currentUser = currentUser;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/chains")
	String list(Model model) {
		Map<String, List<ChainSummary>> groups = new LinkedHashMap<>();
		GROUPS.forEach(g -> groups.put(g, new ArrayList<>()));
		for (ChainSummary c : browsing.list()) {
			groups.computeIfAbsent(c.group(), k -> new ArrayList<>()).add(c);
		}
		model.addAttribute("groups", groups);
		return "chain/list";
	}

	@GetMapping("/chains/{code}")
	String chain(@PathVariable String code, @RequestParam(required = false) String city, Model model) {
		ChainDetail detail = browsing.detail(code);
		Chain chain = browsing.chain(code);
		Region cityRegion = browsing.city(city);
		RateBreakdown breakdown = browsing.breakdown(code);
		List<GapView> gaps = browsing.gaps(code, city);
		model.addAttribute("chain", detail);
		model.addAttribute("breakdown", breakdown);
		model.addAttribute("gaps", gaps);
		model.addAttribute("city", cityRegion == null ? null : cityRegion.code());
		model.addAttribute("cities", regions.topLevel());
		model.addAttribute("leads", browsing.leadFirms(code));
		model.addAttribute("nodeNames", nodeNames(detail));
		model.addAttribute("seedQuote", SEED_QUOTE);
		model.addAttribute("seedFile", SEED_FILE);
		model.addAttribute("seedRate", SEED_RATE);
		model.addAttribute("graphJson", graphJson(detail, browsing.cityCounts(chain)));
		model.addAttribute("legend", legend());
		model.addAttribute("editor", keeping.mayEdit());
		model.addAttribute("declarer", declarer());
		return "chain/chain";
	}

	@GetMapping("/chains/{code}/nodes/{node}")
	String node(@PathVariable String code, @PathVariable String node, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String status, Model model) {
		ChainDetail detail = browsing.detail(code);
		Chain chain = browsing.chain(code);
		ChainNode n = browsing.node(chain, node);
		PageResponse<AssignmentView> enterprises = browsing.onNode(code, node, ChainApi.status(status), page,
				PAGE_SIZE);
		model.addAttribute("chain", detail);
		model.addAttribute("node", n.spec());
		model.addAttribute("status", status);
		model.addAttribute("enterprises", enterprises);
		model.addAttribute("edges", browsing.edges(code, node, 0, 50));
		model.addAttribute("officer", currentUser.hasRole(Role.CHAIN_OFFICER) || currentUser.hasRole(Role.ADMIN));
		model.addAttribute("mapJson", mapJson(browsing.onNode(code, node, Assignment.Status.CONFIRMED, 0, 500)));
		model.addAttribute("legend", legend());
		model.addAttribute("declarer", declarer());
		return "chain/node";
	}

	private boolean declarer() {
		return currentUser.hasRole(Role.ENTERPRISE) || currentUser.hasRole(Role.CHAIN_OFFICER)
				|| currentUser.hasRole(Role.ADMIN);
	}

	@PostMapping("/chains/{code}/nodes/{node}/suggest")
	String suggest(@PathVariable String code, @PathVariable String node, RedirectAttributes redirect) {
		int added = assigning.suggest(code, node);
		redirect.addFlashAttribute("notice", messages.get("chain.suggested", added));
		return "redirect:/chains/" + code + "/nodes/" + node + "?status=SUGGESTED";
	}

	@PostMapping("/chains/{code}/nodes/{node}/assignments/{id}/{decision}")
	String decide(@PathVariable String code, @PathVariable String node, @PathVariable long id,
			@PathVariable String decision, @RequestParam(required = false) String status) {
		AssigningEnterprises.Decision d;
		try {
			d = AssigningEnterprises.Decision.valueOf(decision.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("decision", "chain.assignment.decision", decision);
		}
		assigning.decide(id, d);
		return "redirect:/chains/" + code + "/nodes/" + node + (status == null ? "" : "?status=" + status);
	}

	@GetMapping("/chains/{code}/export.xlsx")
	void export(@PathVariable String code, HttpServletResponse response) throws IOException {
		ChainDetail detail = browsing.detail(code);
		RateBreakdown breakdown = browsing.breakdown(code);
		List<GapView> gaps = browsing.gaps(code, null);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("chain-" + detail.code() + ".xlsx", StandardCharsets.UTF_8)
					.build()
					.toString());
		try (OutputStream out = response.getOutputStream()) {
			Workbook wb = new Workbook(out, "Lianshang", "1.0");
			Worksheet nodes = wb.newWorksheet(messages.get("chain.node"));
			row(nodes, 0, messages.get("chain.segment"), messages.get("chain.node.code"), messages.get("chain.node"),
					messages.get("chain.node.classes"), messages.get("chain.node.weight"),
					messages.get("chain.node.count"));
			int r = 1;
			for (SegmentView s : detail.segments()) {
				for (NodeView n : s.nodes()) {
					row(nodes, r++, s.name(), n.code(), n.name(), String.join(" ", n.industryCodes()), n.weight(),
							n.enterpriseCount());
				}
			}
			Worksheet rate = wb.newWorksheet(messages.get("chain.rate"));
			row(rate, 0, "", messages.get("chain.rate.byCount"), messages.get("chain.rate.byValue"),
					messages.get("chain.rate.edges"));
			row(rate, 1, detail.name(), breakdown.chain().byCount(), breakdown.chain().byValue(),
					breakdown.chain().edges());
			r = 2;
			for (RateRow row : breakdown.byCity()) {
				row(rate, r++, row.label(), row.byCount(), row.byValue(), row.edges());
			}
			for (RateRow row : breakdown.byLeadFirm()) {
				row(rate, r++, row.label() + " (" + row.key() + ")", row.byCount(), row.byValue(), row.edges());
			}
			row(rate, r + 1, messages.get("chain.rate.seed") + ": " + SEED_QUOTE + " (" + SEED_FILE + ")");
			Worksheet gapSheet = wb.newWorksheet(messages.get("chain.gaps"));
			row(gapSheet, 0, messages.get("chain.node.code"), messages.get("chain.gaps.score"),
					messages.get("chain.gaps.reason"));
			r = 1;
			for (GapView g : gaps) {
				row(gapSheet, r++, g.nodeCode(), g.score(), g.reason());
			}
			wb.finish();
		}
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException e, HttpServletResponse response, Model model) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("title", messages.get("problem.title.404"));
		model.addAttribute("detail",
				messages.get("problem.not-found.detail", messages.get("entity." + e.what()), e.key()));
		return "error";
	}

	@ExceptionHandler(InvalidInputException.class)
	String invalid(InvalidInputException e, HttpServletResponse response, Model model) {
		response.setStatus(400);
		model.addAttribute("status", 400);
		model.addAttribute("title", messages.get("problem.title.400"));
		model.addAttribute("detail",
				e.problems()
					.stream()
					.map(p -> messages.get("error." + p.code(), p.args()))
					.collect(java.util.stream.Collectors.joining(" ")));
		return "error";
	}

	private static void row(Worksheet sheet, int r, Object... values) {
		for (int c = 0; c < values.length; c++) {
			Object v = values[c];
			if (v instanceof Number n) {
				sheet.value(r, c, n);
			}
			else if (v != null) {
				sheet.value(r, c, v.toString());
			}
		}
	}

	private static Map<String, String> nodeNames(ChainDetail detail) {
		Map<String, String> names = new LinkedHashMap<>();
		detail.segments().forEach(s -> s.nodes().forEach(n -> names.put(n.code(), n.name())));
		return names;
	}

	/** City code → name and colour, for the legends and charts. */
	List<Map<String, String>> legend() {
		List<Map<String, String>> legend = new ArrayList<>();
		List<Region> top = regions.topLevel();
		for (int i = 0; i < top.size(); i++) {
			legend.add(Map.of("code", top.get(i).code(), "name", top.get(i).name(), "colour",
					CITY_COLOURS.get(i % CITY_COLOURS.size())));
		}
		return legend;
	}

	private String colourOf(String city) {
		List<Region> top = regions.topLevel();
		for (int i = 0; i < top.size(); i++) {
			if (top.get(i).code().equals(city)) {
				return CITY_COLOURS.get(i % CITY_COLOURS.size());
			}
		}
		return "#999999";
	}

	/**
	 * The tree the graph draws: chain → segments → nodes, each node with its count, the
	 * colour of the city with most of its confirmed enterprises, and its link.
	 */
	String graphJson(ChainDetail detail, Map<String, Map<String, Long>> cityCounts) {
		List<Map<String, Object>> segments = new ArrayList<>();
		for (SegmentView s : detail.segments()) {
			List<Map<String, Object>> children = new ArrayList<>();
			for (NodeView n : s.nodes()) {
				Map<String, Long> byCity = cityCounts.getOrDefault(n.code(), Map.of());
				String top = byCity.entrySet()
					.stream()
					.max(Map.Entry.<String, Long>comparingByValue())
					.map(Map.Entry::getKey)
					.orElse(null);
				Map<String, Object> node = new LinkedHashMap<>();
				node.put("name", n.name() + " (" + n.enterpriseCount() + ")");
				node.put("code", n.code());
				node.put("count", n.enterpriseCount());
				node.put("colour", top == null ? "#bbbbbb" : colourOf(top));
				node.put("cities", byCity);
				node.put("url", "/chains/" + detail.code() + "/nodes/" + n.code());
				children.add(node);
			}
			segments.add(Map.of("name", s.name(), "children", children));
		}
		return toJson(Map.of("name", detail.name(), "children", segments));
	}

	/** The map: city centroids and the node's confirmed enterprises. */
	String mapJson(PageResponse<AssignmentView> confirmed) {
		List<Map<String, Object>> cities = new ArrayList<>();
		for (Map<String, String> l : legend()) {
			Region r = regions.find(l.get("code")).orElseThrow();
			cities.add(Map.of("name", r.name(), "lon", r.longitude(), "lat", r.latitude(), "colour", l.get("colour")));
		}
		List<Map<String, Object>> points = new ArrayList<>();
		for (AssignmentView a : confirmed.content()) {
			Region r = regions.find(a.divisionCode()).orElse(null);
			if (r == null) {
				continue;
			}
			double lat = a.latitude() != null ? a.latitude() : r.latitude();
			double lon = a.longitude() != null ? a.longitude() : r.longitude();
			String city = r.path().substring(0, r.path().indexOf('/'));
			points.add(Map.of("name", a.enterpriseName(), "lon", lon, "lat", lat, "colour", colourOf(city), "lead",
					a.leadFirm()));
		}
		return toJson(Map.of("cities", cities, "points", points));
	}

	private String toJson(Object value) {
		try {
			// safe inside <script type="application/json">: no "</script>" can end it
			return json.writeValueAsString(value).replace("</", "<\\/");
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
