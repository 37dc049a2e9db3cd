package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.marketplace.MarketplaceViews.DemandView;
import cn.lianshang.marketplace.MarketplaceViews.OfferView;
import cn.lianshang.matching.Matching;
import cn.lianshang.matching.model.Scenario;
import cn.lianshang.matching.model.Taxonomy;
import cn.lianshang.matching.model.Term;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The marketplace pages: offers search, open demands, posting a demand, and a demand with
 * its ranked matches.
 */
@Controller
class MarketplacePages {

	static final int PAGE_SIZE = 20;

	static final int MATCHES = 20;

	/** The scenarios of the list filters. */
	static final List<Scenario> SCENARIOS = List.of(Scenario.values());

	/**
	 * The scenarios the demand form posts (leasing is posted through the API for now).
	 */
	static final List<Scenario> FORM_SCENARIOS = List.of(Scenario.MACHINING, Scenario.MATERIAL);

	private final BrowsingMarketplace browsing;

	private final PublishingDemand publishingDemand;

	private final FindingMatches matches;

	private final Taxonomy taxonomy;

	private final EnterpriseRegistry registry;

	private final CurrentUser currentUser;

	private final Messages messages;

	private final Dealing dealing;

	private final MatchMap matchMap;

	private final DemandDrawings drawings;

	MarketplacePages(BrowsingMarketplace browsing, PublishingDemand publishingDemand, FindingMatches matches,
			Matching matching, EnterpriseRegistry registry, CurrentUser currentUser, Messages messages, Dealing dealing,
			MatchMap matchMap, DemandDrawings drawings) {
		this.dealing = dealing;
		this.matchMap = matchMap;
		this.drawings = drawings;
		this.browsing = browsing;
		this.publishingDemand = publishingDemand;
		this.matches = matches;
		this.taxonomy = matching.taxonomy();
		this.registry = registry;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	/**
	 * One choice of a taxonomy select: the code and its label in the current language.
	 */
	record Option(String code, String label) {

	}

	record OfferSearch(String q, Scenario scenario, String process, String material, Integer page) {

		String text() {
			return q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(100, q.strip().length()));
		}

		public String url(int toPage) {
			UriComponentsBuilder b = UriComponentsBuilder.fromPath("/marketplace");
			add(b, "q", q);
			add(b, "scenario", scenario == null ? null : scenario.name());
			add(b, "process", process);
			add(b, "material", material);
			add(b, "page", toPage > 0 ? String.valueOf(toPage) : null);
			return b.build().encode().toUriString();
		}

	}

	static void add(UriComponentsBuilder b, String name, String value) {
		if (value != null && !value.isBlank()) {
			b.queryParam(name, value.trim());
		}
	}

	/** The demand form as posted. */
	record DemandForm(Scenario scenario, String enterpriseUscc, String title, String description,
			List<String> processes, List<String> materials, Integer toleranceIt, BigDecimal quantity, String unit,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate) {

		DemandForm {
			processes = processes == null ? List.of() : processes;
			materials = materials == null ? List.of() : materials;
		}

		static DemandForm empty() {
			return new DemandForm(Scenario.MACHINING, null, null, null, List.of(), List.of(), null, null, null, null);
		}

		DemandDraft draft() {
			return new DemandDraft(scenario, blank(enterpriseUscc) ? null : enterpriseUscc.trim(), title, description,
					processes, materials, null, toleranceIt, null, null, quantity, blank(unit) ? null : unit, dueDate,
					null, List.of(), null);
		}

	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	@GetMapping("/marketplace")
	String offers(@ModelAttribute("search") OfferSearch search, Model model) {
		int page = search.page() == null ? 0 : Math.max(0, Math.min(search.page(), 10_000));
		String process = taxonomy.processes().find(search.process()).map(Term::code).orElse(null);
		String material = taxonomy.materials().find(search.material()).map(Term::code).orElse(null);
		PageResponse<OfferView> result = browsing.offers(search.text(), search.scenario(), process, material, page,
				PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("demo", demoOwners(result.content().stream().map(OfferView::enterpriseUscc).toList()));
		common(model);
		return "marketplace/offers";
	}

	@GetMapping("/marketplace/demands")
	String demands(@RequestParam(required = false) Scenario scenario, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageResponse<DemandView> result = browsing.demands(scenario, Math.max(0, Math.min(page, 10_000)), PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("scenario", scenario);
		model.addAttribute("demo", demoOwners(result.content().stream().map(DemandView::enterpriseUscc).toList()));
		common(model);
		return "marketplace/demands";
	}

	@GetMapping("/marketplace/demands/new")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	String newDemand(Model model) {
		return form(DemandForm.empty(), Map.of(), model);
	}

	@PostMapping("/marketplace/demands")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	String postDemand(@ModelAttribute("form") DemandForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors()
			.forEach(e -> errors.merge(e.getField(), messages.get("marketplace.form.invalid"), (a, b) -> a));
		if (errors.isEmpty()) {
			try {
				DemandView created = publishingDemand.publish(form.draft());
				return "redirect:/marketplace/demands/" + created.id();
			}
			catch (InvalidInputException e) {
				e.problems()
					.forEach(p -> errors.merge(p.field(), messages.get("error." + p.code(), p.args()),
							(a, b) -> a + " " + b));
			}
		}
		response.setStatus(400);
		return form(form, errors, model);
	}

	@GetMapping("/marketplace/demands/{id}")
	String demand(@PathVariable long id, Model model) {
		DemandView demand = browsing.demand(id);
		model.addAttribute("demand", demand);
		List<MarketplaceViews.OfferMatch> found = matches.offersFor(id, MATCHES);
		model.addAttribute("matches", found);
		model.addAttribute("matchMap", matchMap.of(id, found));
		model.addAttribute("drawings", drawings.list(id));
		model.addAttribute("mayAttach", demand.status() == PostingStatus.OPEN && (currentUser.hasRole(Role.ADMIN)
				|| currentUser.get().map(u -> demand.enterpriseUscc().equals(u.uscc())).orElse(false)));
		model.addAttribute("maxDrawings", DemandDrawings.MAX_FILES);
		if (!model.containsAttribute("drawingErrors")) {
			model.addAttribute("drawingErrors", List.of());
		}
		model.addAttribute("demo", demoOwners(List.of(demand.enterpriseUscc())));
		DealPages.responses(demand, dealing, currentUser, model);
		common(model);
		return "marketplace/demand";
	}

	@PostMapping(path = "/marketplace/demands/{id}/drawings",
			consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	String attachDrawings(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestPart(name = "file",
					required = false) List<org.springframework.web.multipart.MultipartFile> parts,
			HttpServletResponse response, Model model) throws java.io.IOException {
		try {
			drawings.attach(id, cn.lianshang.shared.web.FileTransfer.uploads(parts));
			return "redirect:/marketplace/demands/" + id + "#drawings";
		}
		catch (InvalidInputException e) {
			model.addAttribute("drawingErrors",
					e.problems().stream().map(p -> messages.get("error." + p.code(), p.args())).toList());
			response.setStatus(400);
			return demand(id, model);
		}
	}

	@GetMapping("/marketplace/demands/{id}/drawings/{drawingId}")
	@org.springframework.web.bind.annotation.ResponseBody
	org.springframework.http.ResponseEntity<byte[]> drawing(@PathVariable long id, @PathVariable long drawingId) {
		return DemandDrawingApi.response(drawings.download(id, drawingId));
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

	private String form(DemandForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("admin", currentUser.hasRole(Role.ADMIN));
		model.addAttribute("today", Matching.today());
		model.addAttribute("grades", java.util.stream.IntStream.rangeClosed(1, 18).boxed().toList());
		common(model);
		model.addAttribute("scenarios", FORM_SCENARIOS);
		return "marketplace/demand-form";
	}

	private void common(Model model) {
		model.addAttribute("scenarios", SCENARIOS);
		model.addAttribute("processOptions", options(taxonomy.processes()));
		model.addAttribute("materialOptions", options(taxonomy.materials()));
		Map<String, String> names = new HashMap<>();
		options(taxonomy.processes()).forEach(o -> names.put(o.code(), o.label()));
		options(taxonomy.materials()).forEach(o -> names.put(o.code(), o.label()));
		options(taxonomy.categories()).forEach(o -> names.put(o.code(), o.label()));
		options(taxonomy.certifications()).forEach(o -> names.put(o.code(), o.label()));
		model.addAttribute("names", names);
	}

	/**
	 * Labels in the current language: the Chinese name, or in English the code made
	 * readable.
	 */
	private List<Option> options(Taxonomy.Vocabulary vocabulary) {
		boolean english = Locale.ENGLISH.getLanguage().equals(messages.locale().getLanguage());
		List<Option> options = new ArrayList<>();
		for (Term t : vocabulary.all()) {
			options.add(new Option(t.code(), english ? readable(t.code()) : t.name()));
		}
		return options;
	}

	static String readable(String code) {
		String s = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return code.chars().anyMatch(Character::isDigit) ? code : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	/**
	 * The owners among these that are demo enterprises (as far as the viewer may see
	 * them).
	 */
	private List<String> demoOwners(List<String> usccs) {
		return usccs.stream()
			.distinct()
			.filter(u -> registry.findOptional(u).map(EnterpriseView::demo).orElse(false))
			.toList();
	}

}
