package cn.lianshang.metro.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Metro data (DHIS2-like): the indicator catalogue, the org units, data values (entered
 * one by one or imported from CSV/XLSX, exported), their history, the validation report
 * and the six-dimension evaluation over stored values. Staff roles read; ADMIN and
 * ANALYST write.
 */
@RestController
@RequestMapping("/api/v1/metro")
@Validated
@Tag(name = "metro", description = "都市圈监测：指标数据 / metropolitan monitoring: indicator data")
class MetroDataApi {

	static final String READ = "hasAnyRole('ADMIN','HANDLER','POLICY_OFFICER','CHAIN_OFFICER','ANALYST')";

	static final String WRITE = "hasAnyRole('ADMIN','ANALYST')";

	private final IndicatorCatalogue catalogue;

	private final OrgUnits units;

	private final RecordingValues recording;

	private final ValueTransfer transfer;

	private final CityEvaluation evaluation;

	private final Messages messages;

	MetroDataApi(IndicatorCatalogue catalogue, OrgUnits units, RecordingValues recording, ValueTransfer transfer,
			CityEvaluation evaluation, Messages messages) {
		this.catalogue = catalogue;
		this.units = units;
		this.recording = recording;
		this.transfer = transfer;
		this.evaluation = evaluation;
		this.messages = messages;
	}

	@GetMapping("/indicators")
	@PreAuthorize(READ)
	@Operation(summary = "The indicator catalogue: code, names, unit, dimension, direction, kind, 约束性/预期性, source")
	List<MetroIndicator> indicators() {
		return catalogue.all();
	}

	@GetMapping("/org-units")
	@PreAuthorize(READ)
	@Operation(summary = "The org units: METRO (the area), the seven cities and SFZ, their counties")
	List<OrgUnits.OrgUnit> orgUnits() {
		return units.all();
	}

	@GetMapping("/values")
	@PreAuthorize(READ)
	@Operation(summary = "Stored data values, filtered by indicator, org unit and period; paged")
	PageResponse<DataValueView> values(@RequestParam(required = false) @Size(max = 40) String indicator,
			@RequestParam(required = false) @Size(max = 12) String orgUnit,
			@RequestParam(required = false) @Size(max = 8) String period,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return PageResponse.of(recording.search(indicator, orgUnit, period, PageRequest.of(page, size)), v -> v);
	}

	@PutMapping("/values")
	@PreAuthorize(WRITE)
	@Operation(summary = "Enter or replace the value of indicator × org unit × period; 400 lists every broken rule")
	DataValueView put(@RequestBody ValueEntry entry) {
		return recording.save(entry);
	}

	@GetMapping("/values/history")
	@PreAuthorize(READ)
	@Operation(summary = "Every change of one value, oldest first")
	List<DataValueChange.View> history(@RequestParam @Size(max = 40) String indicator,
			@RequestParam @Size(max = 12) String orgUnit, @RequestParam @Size(max = 8) String period) {
		ValueKey key = new ValueKey(indicator, orgUnit, period);
		List<DataValueChange.View> history = recording.history(key);
		if (history.isEmpty()) {
			throw new NotFoundException("metro value", key.toString());
		}
		return history;
	}

	@PostMapping(path = "/values/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(WRITE)
	@Operation(summary = "Import a CSV or XLSX file: all rows or none; 400 lists every broken rule as rows[N].field")
	Map<String, Object> importFile(@RequestPart("file") MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw InvalidInputException.of("file", "import.empty");
		}
		return Map.of("imported",
				transfer.importRows(file.getInputStream(), ValueTransfer.Format.of(file.getOriginalFilename())));
	}

	@GetMapping("/values/export")
	@PreAuthorize(READ)
	@Operation(summary = "Export the stored values (filtered) as CSV or XLSX; the file can be imported again")
	void export(@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) @Size(max = 40) String indicator,
			@RequestParam(required = false) @Size(max = 12) String orgUnit,
			@RequestParam(required = false) @Size(max = 8) String period, HttpServletResponse response)
			throws IOException {
		ValueTransfer.Format f = "xlsx".equalsIgnoreCase(format) ? ValueTransfer.Format.XLSX : ValueTransfer.Format.CSV;
		boolean zh = !"en".equals(LocaleContextHolder.getLocale().getLanguage());
		String filename = "metro-values-" + LocalDate.now() + (f == ValueTransfer.Format.XLSX ? ".xlsx" : ".csv");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setContentType(
				f == ValueTransfer.Format.XLSX ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
						: new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
		transfer.export(indicator, orgUnit, period, f, zh, response.getOutputStream());
		response.flushBuffer();
	}

	/** One broken rule of the report, with its message in the caller's language. */
	record ViolationView(String indicator, String orgUnit, String period, String value, String rule, String field,
			String code, String message) {

	}

	@GetMapping("/validation")
	@PreAuthorize(READ)
	@Operation(summary = "The validation report: every rule broken by the stored values of a period")
	Map<String, Object> validation(@RequestParam @Size(max = 8) String period) {
		Period p = Period.parse(period)
			.orElseThrow(() -> InvalidInputException.of("period", "metro.value.bad-period", period,
					String.valueOf(Period.MIN_YEAR), String.valueOf(Period.MAX_YEAR)));
		List<ViolationView> violations = recording.report(p)
			.stream()
			.map(v -> new ViolationView(v.indicator(), v.orgUnit(), v.period(), ValueRule.plain(v.value()), v.rule(),
					v.problem().field(), v.problem().code(),
					messages.get("error." + v.problem().code(), v.problem().args())))
			.toList();
		return Map.of("period", p.code(), "rules", List.of(ValueRule.values()), "violations", violations);
	}

	@GetMapping("/evaluation")
	@PreAuthorize(READ)
	@Operation(
			summary = "The six-dimension evaluation of the cities for a year from stored values, every stage and TOPSIS")
	CityEvaluation.Result evaluation(@RequestParam @Min(Period.MIN_YEAR) @Max(Period.MAX_YEAR) int year,
			@RequestParam(required = false) @Size(max = 10) String normalisation) {
		return evaluation.evaluate(year, normalisation);
	}

}
