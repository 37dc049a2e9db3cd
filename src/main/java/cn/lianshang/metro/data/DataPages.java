package cn.lianshang.metro.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Role;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;

/**
 * The data pages: {@code /metro/data} enters one value (indicator with its unit, org
 * unit, period, value, source, comment) or imports a CSV/XLSX file, and lists the stored
 * values of a period; {@code /metro/data/validation} is the validation report of a
 * period. Both go through {@link RecordingValues} and {@link ValueTransfer}, so the
 * rules, the history and the audit are those of {@code PUT /api/v1/metro/values}. Staff
 * roles read; ADMIN and ANALYST write (others see no form and get 403 on a post).
 */
@Controller
class DataPages {

	static final int PAGE_SIZE = 50;

	static final String DEFAULT_PERIOD = String.valueOf(EvaluationPages.DEFAULT_YEAR);

	private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

	private final RecordingValues recording;

	private final ValueTransfer transfer;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits units;

	private final Messages messages;

	private final CurrentUser currentUser;

	DataPages(RecordingValues recording, ValueTransfer transfer, IndicatorCatalogue catalogue, OrgUnits units,
			Messages messages, CurrentUser currentUser) {
		this.recording = recording;
		this.transfer = transfer;
		this.catalogue = catalogue;
		this.units = units;
		this.messages = messages;
		this.currentUser = currentUser;
	}

	/**
	 * The entry form as typed (the value as text, so that a bad number is shown back).
	 */
	public record Form(String indicator, String orgUnit, String period, String value, String source, String comment) {

		static Form empty(String period) {
			return new Form(null, null, period, null, null, null);
		}

	}

	/** One broken rule of an import or of the report, as a table row shows it. */
	public record Problem(Integer row, String field, String message) {

	}

	/** One row of the validation report. */
	public record ReportRow(String indicator, String indicatorName, String unit, String orgUnit, String orgUnitName,
			String value, String rule, String message) {

	}

	@GetMapping("/metro/data")
	@PreAuthorize(MetroDataApi.READ)
	String data(@RequestParam(required = false) String period, @RequestParam(required = false) String indicator,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String p = Period.parse(period).map(Period::code).orElse(DEFAULT_PERIOD);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Form.empty(p));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return page(p, indicator, page, model);
	}

	@PostMapping("/metro/data")
	@PreAuthorize(MetroDataApi.WRITE)
	String enter(@ModelAttribute Form form, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		BigDecimal value = null;
		if (form.value() != null && !form.value().isBlank()) {
			try {
				value = new BigDecimal(form.value().trim().replace(",", "").replace("，", ""));
			}
			catch (NumberFormatException e) {
				errors.put("value", messages.get("error.metro.value.not-a-number", form.value()));
			}
		}
		ValueEntry entry = new ValueEntry(form.indicator(), form.orgUnit(), form.period(), value, form.source(),
				form.comment());
		if (errors.isEmpty()) {
			try {
				DataValueView saved = recording.save(entry);
				redirect.addFlashAttribute("notice",
						messages.get("metro.data.saved", indicatorName(saved.indicator()), units.name(saved.orgUnit()),
								saved.period(), ValueRule.plain(saved.value()), unitOf(saved.indicator())));
				return "redirect:" + UriComponentsBuilder.fromPath("/metro/data")
					.queryParam("period", saved.period())
					.build()
					.encode()
					.toUriString() + "#value-" + saved.indicator() + "-" + saved.orgUnit();
			}
			catch (InvalidInputException e) {
				e.problems()
					.forEach(pr -> errors.merge(pr.field(), messages.get("error." + pr.code(), pr.args()),
							(a, b) -> a + " " + b));
			}
		}
		else {
			// the other fields are still checked, so that one answer shows every problem
			recording.problems(List.of(entry), "", 0)
				.stream()
				.filter(pr -> !"value".equals(pr.field()))
				.forEach(pr -> errors.merge(pr.field(), messages.get("error." + pr.code(), pr.args()),
						(a, b) -> a + " " + b));
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		String p = Period.parse(form.period()).map(Period::code).orElse(DEFAULT_PERIOD);
		return page(p, null, 0, model);
	}

	@PostMapping("/metro/data/import")
	@PreAuthorize(MetroDataApi.WRITE)
	String importFile(@RequestParam(value = "file", required = false) MultipartFile file, Model model)
			throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", "import.empty");
			}
			int imported = transfer.importRows(file.getInputStream(),
					ValueTransfer.Format.of(file.getOriginalFilename()));
			model.addAttribute("imported", imported);
		}
		catch (InvalidInputException e) {
			List<Problem> problems = new ArrayList<>();
			for (InvalidInputException.FieldProblem pr : e.problems()) {
				Matcher m = ROW_FIELD.matcher(pr.field());
				problems.add(new Problem(m.matches() ? Integer.valueOf(m.group(1)) : null,
						m.matches() ? m.group(2) : pr.field(), messages.get("error." + pr.code(), pr.args())));
			}
			model.addAttribute("problems", problems);
		}
		model.addAttribute("form", Form.empty(DEFAULT_PERIOD));
		model.addAttribute("errors", Map.of());
		return page(DEFAULT_PERIOD, null, 0, model);
	}

	@GetMapping("/metro/data/validation")
	@PreAuthorize(MetroDataApi.READ)
	String validation(@RequestParam(required = false) String period, Model model) {
		Period p = Period.parse(period).orElse(Period.parse(DEFAULT_PERIOD).orElseThrow());
		if (period != null && !period.isBlank() && Period.parse(period).isEmpty()) {
			model.addAttribute("periodError", messages.get("error.metro.value.bad-period", period,
					String.valueOf(Period.MIN_YEAR), String.valueOf(Period.MAX_YEAR)));
		}
		List<ReportRow> rows = recording.report(p)
			.stream()
			.map(v -> new ReportRow(v.indicator(), indicatorName(v.indicator()), unitOf(v.indicator()), v.orgUnit(),
					units.name(v.orgUnit()), ValueRule.plain(v.value()), v.rule(),
					messages.get("error." + v.problem().code(), v.problem().args())))
			.toList();
		model.addAttribute("period", p.code());
		model.addAttribute("rows", rows);
		List<DataValueView> checked = new ArrayList<>(recording.ofPeriod(p).values());
		checked.sort(java.util.Comparator.comparing(DataValueView::indicator).thenComparing(DataValueView::orgUnit));
		java.util.Set<String> broken = new java.util.HashSet<>();
		rows.forEach(r -> broken.add(r.indicator() + "/" + r.orgUnit()));
		model.addAttribute("checked", checked.size());
		model.addAttribute("values", checked);
		model.addAttribute("broken", broken);
		model.addAttribute("names", new Names(catalogue, units));
		model.addAttribute("rules", List.of(ValueRule.values()));
		return "metro/validation";
	}

	private String page(String period, String indicator, int page, Model model) {
		String filter = indicator != null && catalogue.find(indicator).isPresent() ? indicator : null;
		model.addAttribute("period", period);
		model.addAttribute("indicatorFilter", filter);
		model.addAttribute("indicators", catalogue.all());
		model.addAttribute("orgUnits", units.all());
		model.addAttribute("values",
				recording.search(filter, null, period, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		model.addAttribute("names", new Names(catalogue, units));
		model.addAttribute("canWrite", currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ANALYST));
		return "metro/data";
	}

	private String indicatorName(String code) {
		boolean en = "en".equals(messages.locale().getLanguage());
		return catalogue.find(code).map(i -> en ? i.nameEn() : i.name()).orElse(code);
	}

	private String unitOf(String code) {
		return catalogue.find(code).map(MetroIndicator::unit).orElse("");
	}

	/** Names of indicators and org units for the templates. */
	public static final class Names {

		private final IndicatorCatalogue catalogue;

		private final OrgUnits units;

		Names(IndicatorCatalogue catalogue, OrgUnits units) {
			this.catalogue = catalogue;
			this.units = units;
		}

		public String indicator(String code, boolean en) {
			return catalogue.find(code).map(i -> en ? i.nameEn() : i.name()).orElse(code);
		}

		public String unit(String code) {
			return catalogue.find(code).map(MetroIndicator::unit).orElse("");
		}

		public String orgUnit(String code) {
			return units.name(code);
		}

		public String plain(BigDecimal value) {
			return value == null ? "" : ValueRule.plain(value);
		}

	}

}
