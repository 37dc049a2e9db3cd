package cn.lianshang.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Role;
import cn.lianshang.chain.ChainViews.ChainDetail;
import cn.lianshang.chain.ChainViews.EdgeView;
import cn.lianshang.chain.ChainViews.NodeView;
import cn.lianshang.chain.ChainViews.SegmentView;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The chain forms: an area-level chain officer (or the administrator) edits a chain's
 * node set — rename, change segment, kind, classes, keywords or weight, remove a node,
 * add nodes — which is saved as a new version through {@link KeepingChains}; the versions
 * are listed and each one can be viewed with what changed against the one before. An
 * enterprise (for itself) or a chain officer (for an enterprise of their jurisdiction)
 * declares a supply edge through {@link RecordingSupplyEdges}. A refused form comes back
 * filled in, with the field errors in the caller's language (422).
 */
@Controller
class ChainForms {

	/** Blank rows offered for new nodes. */
	static final int NEW_ROWS = 3;

	private final BrowsingChains browsing;

	private final KeepingChains keeping;

	private final RecordingSupplyEdges recording;

	private final CurrentUser currentUser;

	private final Messages messages;

	ChainForms(BrowsingChains browsing, KeepingChains keeping, RecordingSupplyEdges recording, CurrentUser currentUser,
			Messages messages) {
		this.browsing = browsing;
		this.keeping = keeping;
		this.recording = recording;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	// ---------------------------------------------------------------- node set

	/** One node of the form, every field as typed. */
	public static class NodeRow {

		private String segment;

		private String code;

		private String name;

		private String kind;

		private String classes;

		private String keywords;

		private String weight;

		private boolean remove;

		private boolean existing;

		private long enterprises;

		public String getSegment() {
			return segment;
		}

		public void setSegment(String segment) {
			this.segment = segment;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getClasses() {
			return classes;
		}

		public void setClasses(String classes) {
			this.classes = classes;
		}

		public String getKeywords() {
			return keywords;
		}

		public void setKeywords(String keywords) {
			this.keywords = keywords;
		}

		public String getWeight() {
			return weight;
		}

		public void setWeight(String weight) {
			this.weight = weight;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

		public boolean isExisting() {
			return existing;
		}

		public void setExisting(boolean existing) {
			this.existing = existing;
		}

		public long getEnterprises() {
			return enterprises;
		}

		public void setEnterprises(long enterprises) {
			this.enterprises = enterprises;
		}

		boolean blank() {
			return !existing && isBlank(code) && isBlank(name) && isBlank(classes) && isBlank(keywords);
		}

		NodeSpec spec() {
			int w;
			try {
				w = Integer.parseInt(weight == null ? "" : weight.trim());
			}
			catch (NumberFormatException e) {
				w = 0;
			}
			return new NodeSpec(trim(segment), trim(code), name == null ? null : name.strip(), trim(kind),
					words(classes), words(keywords), w);
		}

	}

	/** The node-set form: the note and the rows (existing nodes, then blank ones). */
	public static class NodeSetForm {

		private String note;

		private List<NodeRow> rows = new ArrayList<>();

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public List<NodeRow> getRows() {
			return rows;
		}

		public void setRows(List<NodeRow> rows) {
			this.rows = rows;
		}

	}

	private void requireEditor() {
		if (!keeping.mayEdit()) {
			throw new AccessDeniedException("node sets are edited at the level of the metropolitan area");
		}
	}

	@GetMapping("/chains/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		requireEditor();
		ChainDetail detail = browsing.detail(code);
		NodeSetForm form = new NodeSetForm();
		for (SegmentView s : detail.segments()) {
			for (NodeView n : s.nodes()) {
				NodeRow row = new NodeRow();
				row.setSegment(s.name());
				row.setCode(n.code());
				row.setName(n.name());
				row.setKind(n.kind());
				row.setClasses(String.join(" ", n.industryCodes()));
				row.setKeywords(String.join(" ", n.keywords()));
				row.setWeight(String.valueOf(n.weight()));
				row.setExisting(true);
				row.setEnterprises(n.enterpriseCount());
				form.getRows().add(row);
			}
		}
		return editForm(detail, form, Map.of(), model);
	}

	@PostMapping("/chains/{code}/edit")
	String save(@PathVariable String code, @ModelAttribute NodeSetForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		requireEditor();
		ChainDetail detail = browsing.detail(code);
		List<NodeSpec> specs = new ArrayList<>();
		List<Integer> rowOf = new ArrayList<>();
		for (int r = 0; r < form.getRows().size(); r++) {
			NodeRow row = form.getRows().get(r);
			if (row == null || row.isRemove() || row.blank()) {
				continue;
			}
			specs.add(row.spec());
			rowOf.add(r);
		}
		try {
			int version = keeping.newVersion(detail.code(), blankToNull(form.getNote()), specs);
			redirect.addFlashAttribute("notice", messages.get("chain.edit.saved", version));
			return "redirect:/chains/" + detail.code() + "/versions/" + version;
		}
		catch (InvalidInputException e) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem p : e.problems()) {
				errors.merge(formField(p.field(), rowOf), messages.get("error." + p.code(), p.args()),
						(a, b) -> a + " " + b);
			}
			response.setStatus(422);
			// counts of existing rows come from the chain again, not from the post
			Map<String, Long> counts = new HashMap<>();
			detail.segments().forEach(s -> s.nodes().forEach(n -> counts.put(n.code(), n.enterpriseCount())));
			form.getRows().stream().filter(Objects::nonNull).forEach(row -> {
				row.setExisting(counts.containsKey(row.getCode()) && row.isExisting());
				row.setEnterprises(counts.getOrDefault(row.getCode(), 0L));
			});
			return editForm(detail, form, errors, model);
		}
	}

	/** {@code nodes[3].name} of the service is {@code rows[5].name} of the form. */
	static String formField(String field, List<Integer> rowOf) {
		if (field == null || !field.startsWith("nodes[")) {
			return field;
		}
		int close = field.indexOf(']');
		int i = Integer.parseInt(field.substring("nodes[".length(), close));
		String rest = field.substring(close + 1);
		if (rest.equals(".industryCodes")) {
			rest = ".classes";
		}
		return "rows[" + rowOf.get(i) + "]" + rest;
	}

	private String editForm(ChainDetail detail, NodeSetForm form, Map<String, String> errors, Model model) {
		long blanks = form.getRows().stream().filter(r -> r != null && r.blank()).count();
		for (long i = blanks; i < NEW_ROWS; i++) {
			NodeRow row = new NodeRow();
			row.setWeight("3");
			form.getRows().add(row);
		}
		model.addAttribute("chain", detail);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("segments", NodeSpec.SEGMENTS);
		model.addAttribute("kinds", NodeSpec.KINDS);
		return "chain/edit";
	}

	// ---------------------------------------------------------------- versions

	/** A node of a version and how it differs from the version before. */
	public record VersionRow(NodeSpec node, String change) {

	}

	@GetMapping("/chains/{code}/versions")
	String versions(@PathVariable String code, Model model) {
		model.addAttribute("chain", browsing.detail(code));
		model.addAttribute("versions", browsing.versions(code));
		model.addAttribute("editor", keeping.mayEdit());
		return "chain/versions";
	}

	@GetMapping("/chains/{code}/versions/{version}")
	String version(@PathVariable String code, @PathVariable int version, Model model) {
		ChainDetail detail = browsing.detail(code);
		List<NodeSpec> nodes = browsing.nodesOf(code, version);
		Map<String, NodeSpec> before = new LinkedHashMap<>();
		if (version > 1) {
			browsing.nodesOf(code, version - 1).forEach(n -> before.put(n.code(), n));
		}
		List<VersionRow> rows = new ArrayList<>();
		for (NodeSpec n : nodes) {
			NodeSpec old = before.remove(n.code());
			rows.add(new VersionRow(n,
					version == 1 ? "SAME" : old == null ? "ADDED" : old.equals(n) ? "SAME" : "CHANGED"));
		}
		model.addAttribute("chain", detail);
		model.addAttribute("version", version);
		model.addAttribute("meta",
				browsing.versions(code).stream().filter(v -> v.version() == version).findFirst().orElse(null));
		model.addAttribute("rows", rows);
		model.addAttribute("removed", List.copyOf(before.values()));
		return "chain/version";
	}

	// ---------------------------------------------------------------- declarations

	/** The declaration form, every field as typed. */
	record DeclarationForm(String enterpriseUscc, String role, String nodeCode, String counterpartUscc,
			String counterpartName, String counterpartLocation, String valueBand) {

	}

	private boolean mayDeclare() {
		return currentUser.hasRole(Role.ENTERPRISE) || currentUser.hasRole(Role.CHAIN_OFFICER)
				|| currentUser.hasRole(Role.ADMIN);
	}

	@GetMapping("/chains/{code}/supply-edges/new")
	String declareForm(@PathVariable String code, @RequestParam(required = false) String node, Model model) {
		if (!mayDeclare()) {
			throw new AccessDeniedException("enterprises and chain officers declare supply edges");
		}
		return declareForm(browsing.detail(code), new DeclarationForm(null, "BUYER", node, null, null, null, null),
				Map.of(), model);
	}

	@PostMapping("/chains/{code}/supply-edges/new")
	String declare(@PathVariable String code, @ModelAttribute DeclarationForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!mayDeclare()) {
			throw new AccessDeniedException("enterprises and chain officers declare supply edges");
		}
		ChainDetail detail = browsing.detail(code);
		List<FieldProblem> band = new ArrayList<>();
		ValueBand valueBand = null;
		if (!isBlank(form.valueBand())) {
			try {
				valueBand = ValueBand.valueOf(form.valueBand().trim());
			}
			catch (IllegalArgumentException e) {
				band.add(new FieldProblem("valueBand", "chain.edge.band"));
			}
		}
		try {
			if (!band.isEmpty()) {
				throw new InvalidInputException(band);
			}
			EdgeView edge = recording
				.declare(new RecordingSupplyEdges.Declaration(detail.code(), blankToNull(form.nodeCode()), form.role(),
						blankToNull(form.counterpartUscc()), blankToNull(form.counterpartName()),
						blankToNull(form.counterpartLocation()), valueBand, blankToNull(form.enterpriseUscc())));
			redirect.addFlashAttribute("notice", messages.get("chain.declared", edge.id()));
			return "redirect:/chains/" + detail.code() + "/nodes/" + edge.nodeCode();
		}
		catch (InvalidInputException e) {
			Map<String, String> errors = new LinkedHashMap<>();
			e.problems()
				.forEach(p -> errors.merge(p.field(), messages.get("error." + p.code(), p.args()),
						(a, b) -> a + " " + b));
			response.setStatus(422);
			return declareForm(detail, form, errors, model);
		}
	}

	private String declareForm(ChainDetail detail, DeclarationForm form, Map<String, String> errors, Model model) {
		model.addAttribute("chain", detail);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("onBehalf", !currentUser.hasRole(Role.ENTERPRISE));
		model.addAttribute("bands", Arrays.asList(ValueBand.values()));
		return "chain/declare";
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

	static List<String> words(String s) {
		if (s == null || s.isBlank()) {
			return List.of();
		}
		return Arrays.stream(s.split("[\\s,，、;；|]+")).filter(w -> !w.isBlank()).distinct().toList();
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return s == null ? null : s.trim();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
