package cn.lianshang.enterprise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Scope;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The registry's web pages: search (a full page, or only the results when htmx asks),
 * detail, export of the search result and, for administrators, import. Every read goes
 * through {@link EnterpriseRegistry}, so the signed-in user's jurisdiction limits what
 * the pages show.
 */
@Controller
class EnterprisePages {

	static final int PAGE_SIZE = 20;

	static final List<String> SORTS = List.of("relevance", "name", "-founded", "founded", "-employees", "-updated");

	private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(.+)");

	private final EnterpriseRegistry registry;

	private final EnterpriseTransfer transfer;

	private final Industries industries;

	private final Regions regions;

	private final Messages messages;

	private final MessageSource messageSource;

	private final CurrentUser currentUser;

	EnterprisePages(EnterpriseRegistry registry, EnterpriseTransfer transfer, Industries industries, Regions regions,
			Messages messages, MessageSource messageSource, CurrentUser currentUser) {
		this.registry = registry;
		this.transfer = transfer;
		this.industries = industries;
		this.regions = regions;
		this.messages = messages;
		this.messageSource = messageSource;
		this.currentUser = currentUser;
	}

	/**
	 * The search form as the query string carries it; it also writes the links of the
	 * pager and the export.
	 */
	record SearchForm(String q, String division, String industry, String qualification, Scale scale,
			EnterpriseStatus status, String sort, Integer page) {

		EnterpriseQuery query(int size) {
			return new EnterpriseQuery(trim(q, 100), trim(division, 12), trim(industry, 5), trim(qualification, 32),
					scale, status, sort == null || sort.isBlank() || !SORTS.contains(sort) ? null : sort,
					page == null ? 0 : Math.min(page, 10_000), size);
		}

		public String url(int toPage) {
			return params(UriComponentsBuilder.fromPath("/enterprises"))
				.queryParamIfPresent("page", java.util.Optional.ofNullable(toPage > 0 ? toPage : null))
				.build()
				.encode()
				.toUriString();
		}

		public String exportUrl(String format) {
			return params(UriComponentsBuilder.fromPath("/enterprises/export")).queryParam("format", format)
				.build()
				.encode()
				.toUriString();
		}

		/** Whether any filter besides the words is set (then the filter panel opens). */
		public boolean filtersInUse() {
			return !blank(division) || !blank(industry) || !blank(qualification) || scale != null || status != null
					|| !blank(sort);
		}

		private UriComponentsBuilder params(UriComponentsBuilder b) {
			add(b, "q", q);
			add(b, "division", division);
			add(b, "industry", industry);
			add(b, "qualification", qualification);
			add(b, "scale", scale == null ? null : scale.name());
			add(b, "status", status == null ? null : status.name());
			add(b, "sort", sort);
			return b;
		}

		private static void add(UriComponentsBuilder b, String name, String value) {
			if (!blank(value)) {
				b.queryParam(name, value.trim());
			}
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}

		private static String trim(String s, int max) {
			if (blank(s)) {
				return null;
			}
			String t = s.trim();
			return t.length() > max ? t.substring(0, max) : t;
		}

	}

	@GetMapping("/enterprises")
	String search(@ModelAttribute("form") SearchForm form,
			@RequestHeader(value = "HX-Request", required = false) String htmx,
			@RequestHeader(value = "HX-History-Restore-Request", required = false) String restore,
			HttpServletResponse response, Model model) {
		PageResponse<EnterpriseView> result = registry.search(form.query(PAGE_SIZE));
		model.addAttribute("result", result);
		model.addAttribute("qualificationNames", qualificationNames());
		// Residents see no registry data: say so rather than "nothing found".
		model.addAttribute("noRegistryAccess", currentUser.scope().kind() == Scope.Kind.NONE);
		// The same address answers with a whole page or only the results: caches must
		// keep them apart.
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if ("true".equals(htmx) && !"true".equals(restore)) {
			return "enterprise/search :: results";
		}
		model.addAttribute("divisions", regions.countiesByTop());
		model.addAttribute("qualifications", registry.qualifications());
		model.addAttribute("scales", Scale.values());
		model.addAttribute("statuses", EnterpriseStatus.values());
		model.addAttribute("sorts", SORTS);
		return "enterprise/search";
	}

	@GetMapping("/enterprises/{uscc}")
	String detail(@PathVariable String uscc, Model model) {
		EnterpriseView e = registry.find(uscc);
		model.addAttribute("e", e);
		model.addAttribute("industryLineage", industries.lineage(e.industryCode()));
		model.addAttribute("divisionLineage", regions.lineage(e.divisionCode()));
		model.addAttribute("qualificationNames", qualificationNames());
		return "enterprise/detail";
	}

	/**
	 * The search result as a file; the registry limits it to the signed-in user's
	 * jurisdiction.
	 */
	@GetMapping("/enterprises/export")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER','POLICY_OFFICER','CHAIN_OFFICER','ANALYST')")
	void export(@ModelAttribute SearchForm form, @RequestParam(defaultValue = "csv") String format,
			HttpServletResponse response) throws IOException {
		EnterpriseTransfer.Format f = EnterpriseTransfer.Format.of(null, format);
		String filename = "enterprises-" + LocalDate.now() + (f == EnterpriseTransfer.Format.XLSX ? ".xlsx" : ".csv");
		response.setContentType(f == EnterpriseTransfer.Format.XLSX
				? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		EnterpriseQuery q = form.query(1);
		EnterpriseQuery all = new EnterpriseQuery(q.q(), q.division(), q.industry(), q.qualification(), q.scale(),
				q.status(), "uscc", 0, 1);
		transfer.export(all, f, !"en".equals(messages.locale().getLanguage()), response.getOutputStream());
	}

	@GetMapping("/enterprises/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importForm() {
		return "enterprise/import";
	}

	/** One broken rule of an import, as the report table shows it. */
	record ImportProblem(Integer row, String column, String message) {

	}

	@PostMapping("/enterprises/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importFile(@RequestParam(value = "file", required = false) MultipartFile file, Model model)
			throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", "import.empty");
			}
			int imported = transfer.importRows(file.getInputStream(),
					EnterpriseTransfer.Format.of(file.getOriginalFilename(), null));
			model.addAttribute("imported", imported);
		}
		catch (InvalidInputException e) {
			List<ImportProblem> problems = new ArrayList<>();
			for (InvalidInputException.FieldProblem p : e.problems()) {
				Matcher m = ROW_FIELD.matcher(p.field());
				Integer row = m.matches() ? Integer.valueOf(m.group(1)) : null;
				String field = m.matches() ? m.group(2) : p.field();
				problems.add(new ImportProblem(row, columnLabel(field), messages.get("error." + p.code(), p.args())));
			}
			model.addAttribute("problems", problems);
			model.addAttribute("filename", file == null ? null : file.getOriginalFilename());
		}
		return "enterprise/import";
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

	private String columnLabel(String field) {
		return messageSource.getMessage("enterprise.field." + field, null, field, messages.locale());
	}

	private Map<String, String> qualificationNames() {
		Map<String, String> names = new LinkedHashMap<>();
		registry.qualifications().forEach(q -> names.put(q.code(), q.name(messages.locale())));
		return names;
	}

}
