package cn.lianshang.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.QualificationView;
import cn.lianshang.policy.model.ClauseTypes;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The policy office's editor: its policies (scoped in the query), a draft's form (terms,
 * articles, the clause tree and golden cases), the check that runs the golden cases and
 * lists every problem at its place before saving, publishing with confirmation, and the
 * amendment of a published policy's eligibility (a new version from a date, confirmed
 * after its check). Every change goes through {@link PublishingPolicy}, which enforces
 * the jurisdiction and audits it. The clause tree and the golden cases travel as JSON in
 * two form fields, which {@code /js/policy-editor.js} turns into a form.
 */
@Controller
@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
class PolicyEditorPages {

	static final int PAGE_SIZE = 20;

	private static final String EMPTY_TREE = "{\"type\":\"all\",\"all\":[]}";

	private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)\\])?");

	private final PublishingPolicy publishing;

	private final EnterpriseRegistry registry;

	private final ClauseJson json;

	private final Messages messages;

	private final FactSources facts;

	PolicyEditorPages(PublishingPolicy publishing, EnterpriseRegistry registry, ClauseJson json, Messages messages,
			FactSources facts) {
		this.facts = facts;
		this.publishing = publishing;
		this.registry = registry;
		this.json = json;
		this.messages = messages;
	}

	// ---------------------------------------------------------------- the form

	/** One row of the articles as typed. */
	record ArticleRow(String number, String text) {

	}

	/**
	 * The editor's form as submitted: everything as text, so that a wrong date or number
	 * comes back as a message at its field rather than a binding error.
	 */
	record EditorForm(String title, String issuer, String documentNumber, String issueDate, String effectiveFrom,
			String effectiveTo, String regionScope, String howToClaim, String benefitKind, String benefitAmount,
			String contact, List<ArticleRow> articles, String eligibility, String goldenCases, Integer expectedVersion,
			String amendFrom) {

		static EditorForm from(HttpServletRequest r) {
			String[] numbers = r.getParameterValues("articleNumber");
			String[] texts = r.getParameterValues("articleText");
			List<ArticleRow> rows = new ArrayList<>();
			int n = Math.max(numbers == null ? 0 : numbers.length, texts == null ? 0 : texts.length);
			for (int i = 0; i < Math.min(n, 200); i++) {
				String number = numbers != null && i < numbers.length ? numbers[i].trim() : "";
				String text = texts != null && i < texts.length ? texts[i].trim() : "";
				// a row's number alone is the empty row the form offers: skipped
				if (!text.isEmpty()) {
					rows.add(new ArticleRow(number, text));
				}
			}
			Integer expected = null;
			try {
				String v = r.getParameter("expectedVersion");
				expected = v == null || v.isBlank() ? null : Integer.valueOf(v.trim());
			}
			catch (NumberFormatException e) {
				// an edited hidden field: no optimistic check
			}
			return new EditorForm(p(r, "title"), p(r, "issuer"), p(r, "documentNumber"), p(r, "issueDate"),
					p(r, "effectiveFrom"), p(r, "effectiveTo"), p(r, "regionScope"), p(r, "howToClaim"),
					p(r, "benefitKind"), p(r, "benefitAmount"), p(r, "contact"), rows, p(r, "eligibility"),
					p(r, "goldenCases"), expected, p(r, "amendFrom"));
		}

		private static String p(HttpServletRequest r, String name) {
			String v = r.getParameter(name);
			return v == null ? "" : v;
		}

		/**
		 * The rows to show: those typed and one empty row to add an article without
		 * script.
		 */
		public List<ArticleRow> rows() {
			List<ArticleRow> rows = new ArrayList<>(articles);
			rows.add(new ArticleRow(String.valueOf(nextNumber()), ""));
			return rows;
		}

		private int nextNumber() {
			int max = 0;
			for (ArticleRow a : articles) {
				try {
					max = Math.max(max, Integer.parseInt(a.number()));
				}
				catch (NumberFormatException e) {
					// not a number: skipped
				}
			}
			return max + 1;
		}

	}

	/** A problem to show: where (in words), the path it sits at, and the message. */
	record ProblemView(String path, String where, String message) {

	}

	/** The form read into a draft, with the problems found in reading it. */
	private record Read(PolicyDraft draft, List<FieldProblem> problems) {

	}

	private Read read(EditorForm f) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate issueDate = date(f.issueDate(), "issueDate", problems);
		LocalDate from = date(f.effectiveFrom(), "effectiveFrom", problems);
		LocalDate to = date(f.effectiveTo(), "effectiveTo", problems);
		HowToClaim how = constant(HowToClaim.class, f.howToClaim(), "howToClaim", problems);
		BenefitKind kind = constant(BenefitKind.class, f.benefitKind(), "benefitKind", problems);
		List<PolicyDraft.ArticleDraft> articles = new ArrayList<>();
		for (int i = 0; i < f.articles().size(); i++) {
			ArticleRow a = f.articles().get(i);
			Integer number = null;
			if (!a.number().isEmpty()) {
				try {
					number = Integer.valueOf(a.number());
				}
				catch (NumberFormatException e) {
					problems.add(new FieldProblem("articles[" + i + "].number", "policy.editor.number"));
					number = -1;
				}
			}
			articles.add(new PolicyDraft.ArticleDraft(number, a.text()));
		}
		return new Read(new PolicyDraft(f.title(), f.issuer(), f.documentNumber(), issueDate, from, to, f.regionScope(),
				how, kind, f.benefitAmount(), f.contact(), articles, tree(f.eligibility(), problems),
				cases(f.goldenCases(), problems)), problems);
	}

	private static LocalDate date(String text, String field, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem(field, "policy.editor.date"));
			return null;
		}
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String text, String field,
			List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.trim());
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem(field, "TypeMismatch"));
			return null;
		}
	}

	private JsonNode tree(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return json.mapper().readTree(text);
		}
		catch (JsonProcessingException e) {
			problems.add(jsonProblem(e, "eligibility"));
			return null;
		}
	}

	private List<PolicyDraft.GoldenCaseDraft> cases(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		try {
			List<PolicyDraft.GoldenCaseDraft> cases = json.mapper().readValue(text, new TypeReference<>() {
			});
			return cases == null ? List.of() : cases;
		}
		catch (JsonProcessingException e) {
			problems.add(jsonProblem(e, "goldenCases"));
			return List.of();
		}
	}

	private static FieldProblem jsonProblem(JsonProcessingException e, String root) {
		if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
			return new FieldProblem(ClauseJson.path(m.getPath(), root), "TypeMismatch");
		}
		var at = e.getLocation();
		return new FieldProblem(root, "policy.editor.json", at == null ? 0 : at.getLineNr(),
				at == null ? 0 : at.getColumnNr());
	}

	/** A saved policy as the form shows it. */
	private EditorForm form(PolicyViews.Detail d) {
		List<ArticleRow> rows = d.articles()
			.stream()
			.map(a -> new ArticleRow(String.valueOf(a.number()), a.text()))
			.toList();
		ArrayNode cases = json.mapper().createArrayNode();
		for (PolicyViews.Case c : d.goldenCases()) {
			ObjectNode node = cases.addObject();
			node.put("name", c.name());
			node.put("expected", c.expected());
			if (c.on() != null) {
				node.put("on", c.on().toString());
			}
			ObjectNode facts = node.putObject("facts");
			if (c.facts() != null) {
				c.facts().properties().forEach(e -> {
					if (!e.getValue().isNull()) {
						facts.set(e.getKey(), e.getValue());
					}
				});
			}
		}
		return new EditorForm(d.title(), d.issuer(), d.documentNumber(), text(d.issueDate()), text(d.effectiveFrom()),
				text(d.effectiveTo()), d.regionScope(), d.howToClaim() == null ? "" : d.howToClaim().name(),
				d.benefitKind() == null ? "" : d.benefitKind().name(), nonNull(d.benefitAmount()), nonNull(d.contact()),
				rows, pretty(d.eligibility()), pretty(cases), d.version(), LocalDate.now().toString());
	}

	private String pretty(JsonNode node) {
		try {
			return json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String text(LocalDate d) {
		return d == null ? "" : d.toString();
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	// ---------------------------------------------------------------- pages

	/** The editor's list: the policies the caller may edit, newest change first. */
	@GetMapping("/policies/manage")
	String manage(@RequestParam(required = false) String q, @RequestParam(required = false) PolicyStatus status,
			@RequestParam(required = false) Integer page, Model model) {
		String words = q == null || q.isBlank() ? null
				: q.trim().length() > 100 ? q.trim().substring(0, 100) : q.trim();
		int p = page == null ? 0 : Math.min(Math.max(page, 0), 10_000);
		var result = publishing.listEditable(words, status, p, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("q", words);
		model.addAttribute("status", status);
		model.addAttribute("statuses", PolicyStatus.values());
		model.addAttribute("prevUrl", manageUrl(words, status, result.page() - 1));
		model.addAttribute("nextUrl", manageUrl(words, status, result.page() + 1));
		return "policy/manage";
	}

	private static String manageUrl(String q, PolicyStatus status, int page) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/policies/manage");
		if (q != null) {
			b.queryParam("q", q);
		}
		if (status != null) {
			b.queryParam("status", status.name());
		}
		if (page > 0) {
			b.queryParam("page", page);
		}
		return b.build().encode().toUriString();
	}

	@GetMapping("/policies/new")
	String newDraft(Model model) {
		EditorForm blank = new EditorForm("", "", "", LocalDate.now().toString(), LocalDate.now().toString(), "", "",
				HowToClaim.APPLY.name(), BenefitKind.SUBSIDY.name(), "", "", List.of(new ArticleRow("1", "")),
				EMPTY_TREE, "[]", null, "");
		return editor(model, "new", null, blank, List.of(), null);
	}

	@PostMapping("/policies/new")
	String create(HttpServletRequest request, @RequestParam(defaultValue = "check") String action, Model model,
			RedirectAttributes redirect) {
		EditorForm form = EditorForm.from(request);
		Read read = read(form);
		PublishingPolicy.Check check = publishing.check(read.draft());
		List<ProblemView> problems = merge(read.problems(), check.problems());
		if ("save".equals(action) && problems.isEmpty()) {
			PolicyViews.Detail created = publishing.create(read.draft());
			redirect.addFlashAttribute("notice", messages.get("policy.editor.saved", created.title()));
			return "redirect:/policies/" + created.id() + "/edit";
		}
		return editor(model, "new", null, form, problems, check);
	}

	@GetMapping("/policies/{id:\\d+}/edit")
	String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
		PolicyViews.Detail d = publishing.findEditable(id);
		if (d.status() == PolicyStatus.WITHDRAWN) {
			redirect.addFlashAttribute("alert", messages.get("policy.editor.withdrawn"));
			return "redirect:/policies/" + id;
		}
		return editor(model, d.status() == PolicyStatus.DRAFT ? "draft" : "amend", d, form(d), List.of(), null);
	}

	@PostMapping("/policies/{id:\\d+}/edit")
	String revise(@PathVariable long id, HttpServletRequest request,
			@RequestParam(defaultValue = "check") String action, Model model, RedirectAttributes redirect) {
		PolicyViews.Detail d = publishing.findEditable(id);
		if (d.status() != PolicyStatus.DRAFT) {
			return "redirect:/policies/" + id + "/edit";
		}
		EditorForm form = EditorForm.from(request);
		Read read = read(form);
		PublishingPolicy.Check check = publishing.check(read.draft());
		List<ProblemView> problems = merge(read.problems(), check.problems());
		if ("save".equals(action) && problems.isEmpty()) {
			try {
				PolicyViews.Detail saved = publishing.revise(id, read.draft(), form.expectedVersion());
				redirect.addFlashAttribute("notice", messages.get("policy.editor.saved", saved.title()));
				return "redirect:/policies/" + id + "/edit";
			}
			catch (ConflictException e) {
				model.addAttribute("alert", messages.get("error." + e.code(), e.args()));
			}
		}
		return editor(model, "draft", d, form, problems, check);
	}

	/**
	 * Amends a published policy's eligibility: {@code check} shows the check,
	 * {@code review} the check and the question, {@code confirm} saves the new version.
	 */
	@PostMapping("/policies/{id:\\d+}/amend")
	String amend(@PathVariable long id, HttpServletRequest request, @RequestParam(defaultValue = "check") String action,
			Model model, RedirectAttributes redirect) {
		PolicyViews.Detail d = publishing.findEditable(id);
		if (d.status() != PolicyStatus.PUBLISHED) {
			return "redirect:/policies/" + id + "/edit";
		}
		EditorForm submitted = EditorForm.from(request);
		List<FieldProblem> problems = new ArrayList<>();
		JsonNode tree = tree(submitted.eligibility(), problems);
		List<PolicyDraft.GoldenCaseDraft> cases = cases(submitted.goldenCases(), problems);
		LocalDate from = date(submitted.amendFrom(), "effectiveFrom", problems);
		EligibilityChange change = new EligibilityChange(tree, from, cases, submitted.expectedVersion());
		// the terms are not amended: the form shows the saved ones
		EditorForm base = form(d);
		EditorForm form = new EditorForm(base.title(), base.issuer(), base.documentNumber(), base.issueDate(),
				base.effectiveFrom(), base.effectiveTo(), base.regionScope(), base.howToClaim(), base.benefitKind(),
				base.benefitAmount(), base.contact(), base.articles(), submitted.eligibility(), submitted.goldenCases(),
				submitted.expectedVersion(), submitted.amendFrom());
		if ("confirm".equals(action) && problems.isEmpty()) {
			try {
				PolicyViews.Detail amended = publishing.amend(id, change);
				redirect.addFlashAttribute("notice",
						messages.get("policy.editor.amended",
								amended.versions().get(amended.versions().size() - 1).versionNo(),
								amended.versions().get(amended.versions().size() - 1).effectiveFrom()));
				return "redirect:/policies/" + id;
			}
			catch (InvalidInputException e) {
				// shown with the check below
			}
			catch (ConflictException e) {
				model.addAttribute("alert", messages.get("error." + e.code(), e.args()));
			}
		}
		PublishingPolicy.Check check = publishing.check(id, change);
		List<ProblemView> all = merge(problems, check.problems());
		model.addAttribute("confirming", ("review".equals(action) || "confirm".equals(action)) && all.isEmpty()
				&& check.publishable() && !model.containsAttribute("alert"));
		return editor(model, "amend", d, form, all, check);
	}

	@GetMapping("/policies/{id:\\d+}/publish")
	String confirmPublish(@PathVariable long id, Model model) {
		return confirm(id, "publish", model);
	}

	@PostMapping("/policies/{id:\\d+}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		try {
			PolicyViews.Detail p = publishing.publish(id);
			redirect.addFlashAttribute("notice", messages.get("policy.editor.published", p.title()));
			return "redirect:/policies/" + id;
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("alert", messages.get("error." + e.code(), e.args()));
			return "redirect:/policies/" + id + "/publish";
		}
	}

	@GetMapping("/policies/{id:\\d+}/withdraw")
	String confirmWithdraw(@PathVariable long id, Model model) {
		return confirm(id, "withdraw", model);
	}

	@PostMapping("/policies/{id:\\d+}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		try {
			PolicyViews.Detail p = publishing.withdraw(id);
			redirect.addFlashAttribute("notice", messages.get("policy.editor.withdrawn.done", p.title()));
			return "redirect:/policies/manage";
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("alert", messages.get("error." + e.code(), e.args()));
			return "redirect:/policies/" + id + "/withdraw";
		}
	}

	private String confirm(long id, String what, Model model) {
		PolicyViews.Detail d = publishing.findEditable(id);
		PublishingPolicy.Check check = publishing.check(id, new EligibilityChange(d.eligibility(), null, null, null));
		model.addAttribute("p", d);
		model.addAttribute("what", what);
		model.addAttribute("check", check);
		model.addAttribute("problems", views(check.problems()));
		model.addAttribute("allowed", "publish".equals(what) ? d.status() == PolicyStatus.DRAFT && check.publishable()
				: d.status() == PolicyStatus.PUBLISHED);
		return "policy/confirm";
	}

	private String editor(Model model, String mode, PolicyViews.Detail policy, EditorForm form,
			List<ProblemView> problems, PublishingPolicy.Check check) {
		model.addAttribute("mode", mode);
		model.addAttribute("p", policy);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		Map<String, String> errors = new LinkedHashMap<>();
		problems.forEach(pr -> errors.putIfAbsent(pr.path(), pr.message()));
		model.addAttribute("errors", errors);
		model.addAttribute("check", check);
		model.addAttribute("regionScopes", publishing.regionScopesForEditor());
		model.addAttribute("claims", HowToClaim.values());
		model.addAttribute("benefitKinds", BenefitKind.values());
		model.addAttribute("labelsJson", labels());
		model.addAttribute("qualificationsJson", qualifications());
		if (!model.containsAttribute("confirming")) {
			model.addAttribute("confirming", false);
		}
		return "policy/editor";
	}

	/**
	 * Problems of reading the form first; the service's on a field already reported are
	 * left out.
	 */
	private List<ProblemView> merge(List<FieldProblem> read, List<FieldProblem> checked) {
		List<FieldProblem> all = new ArrayList<>(read);
		for (FieldProblem c : checked) {
			if (read.stream().noneMatch(r -> r.field().equals(c.field()))) {
				all.add(c);
			}
		}
		return views(all);
	}

	private List<ProblemView> views(List<FieldProblem> problems) {
		return problems.stream()
			.map(p -> new ProblemView(p.field(), where(p.field()), messages.get("error." + p.code(), p.args())))
			.toList();
	}

	/** {@code eligibility.all[1].min} as 申请条件 › 第 2 项 › 下限. */
	String where(String path) {
		List<String> parts = new ArrayList<>();
		for (String segment : path.split("\\.")) {
			Matcher m = SEGMENT.matcher(segment);
			if (!m.matches()) {
				parts.add(segment);
				continue;
			}
			String name = m.group(1);
			Integer index = m.group(2) == null ? null : Integer.parseInt(m.group(2)) + 1;
			switch (name) {
				case "all", "any" ->
					parts.add(index == null ? label(name) : messages.get("policy.editor.where.item", index));
				case "goldenCases" ->
					parts.add(index == null ? label(name) : messages.get("policy.editor.where.case", index));
				case "articles" ->
					parts.add(index == null ? label(name) : messages.get("policy.editor.where.article", index));
				default -> parts.add(index == null ? label(name) : label(name) + " " + index);
			}
		}
		return String.join(" › ", parts);
	}

	private String label(String name) {
		String key = "policy.editor.field." + name;
		String text = messages.get(key);
		return key.equals(text) ? name : text;
	}

	// ---------------------------------------------------------------- what the script
	// needs

	private static final List<String> SCRIPT_LABELS = List.of("all", "any", "not", "add-leaf", "add-group", "remove",
			"article", "type", "codes", "codes.hint", "codes.add", "codes.remove", "codes.unknown", "codes.pick", "min",
			"max", "from", "to", "scale", "level", "anyOf", "ABOVE", "BELOW", "DIGITAL_WORKSHOP", "SMART_FACTORY",
			"NONE", "unset", "yes", "no", "case", "case.name", "case.expected", "case.on", "case.facts", "add-case",
			"eligible", "ineligible", "unknown", "GOOD", "DISHONEST", "division", "industry", "employees", "revenueWan",
			"foundedOn", "qualifications", "credit", "rdSharePercent", "graduateHires", "firstSet",
			"smartManufacturing", "json-invalid", "no-script", "empty-group", "unit.people", "unit.wan", "unit.years",
			"unit.percent");

	private String labels() {
		Map<String, Object> m = new LinkedHashMap<>();
		for (String key : SCRIPT_LABELS) {
			m.put(key, messages.get("policy.editor.js." + key));
		}
		Map<String, String> types = new LinkedHashMap<>();
		ClauseTypes.BY_NAME.keySet()
			.stream()
			.filter(t -> !List.of("all", "any", "not").contains(t))
			.forEach(t -> types.put(t, messages.get("policy.editor.type." + t)));
		m.put("types", types);
		return write(m);
	}

	private String qualifications() {
		List<Map<String, String>> list = new ArrayList<>();
		for (QualificationView q : registry.qualifications()) {
			list.add(Map.of("code", q.code(), "name", q.name(messages.locale())));
		}
		return write(list);
	}

	private String write(Object o) {
		try {
			return json.mapper().writeValueAsString(o);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The division and GB/T 4754 codes with their names, for the editor's pickers (the
	 * server checks every code it is sent all the same). The same for every editor, so
	 * the browser keeps it for an hour.
	 */
	@GetMapping(value = "/policies/editor/codes", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<String> codes() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("divisions", facts.divisionChoices());
		body.put("industries", facts.industryChoices());
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
			.body(write(body));
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException e, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("status", 404);
		model.addAttribute("title", messages.get("problem.title.404"));
		model.addAttribute("detail",
				messages.get("problem.not-found.detail", messages.get("entity." + e.what()), e.key()));
		return "error";
	}

}
