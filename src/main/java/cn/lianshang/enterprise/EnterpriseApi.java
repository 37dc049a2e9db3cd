package cn.lianshang.enterprise;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "enterprises", description = "企业库 / the enterprise registry")
class EnterpriseApi {

	private final EnterpriseRegistry registry;

	private final EnterpriseTransfer transfer;

	private final Industries industries;

	EnterpriseApi(EnterpriseRegistry registry, EnterpriseTransfer transfer, Industries industries) {
		this.registry = registry;
		this.transfer = transfer;
		this.industries = industries;
	}

	/**
	 * The body of a registration or change; the registry checks every rule and reports
	 * all broken ones.
	 */
	record EnterpriseRequest(String uscc, String name, String divisionCode, String industryCode, String address,
			Double latitude, Double longitude, Scale scale, Integer employees, RevenueBand revenueBand,
			LocalDate foundedOn, EnterpriseStatus status, List<String> qualifications, Integer version) {

		EnterpriseDraft draft() {
			return new EnterpriseDraft(uscc, name, divisionCode, industryCode, address, latitude, longitude, scale,
					employees, revenueBand, foundedOn, status, qualifications);
		}

	}

	@PostMapping("/enterprises")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Register an enterprise (admin); 400 names every broken rule, 409 for a duplicate")
	ResponseEntity<EnterpriseView> register(@RequestBody EnterpriseRequest body) {
		EnterpriseView created = registry.register(body.draft());
		return ResponseEntity.created(URI.create("/api/v1/enterprises/" + created.uscc())).body(created);
	}

	@GetMapping("/enterprises/{uscc}")
	@Operation(summary = "One enterprise within the caller's jurisdiction; 404 if unknown or outside it")
	EnterpriseView one(@PathVariable @Size(max = 18) String uscc) {
		return registry.find(uscc);
	}

	@PutMapping("/enterprises/{uscc}")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER','ENTERPRISE')")
	@Operation(summary = "Change an enterprise within the caller's jurisdiction (an enterprise: its own); "
			+ "send the version read to detect concurrent edits (409)")
	EnterpriseView change(@PathVariable @Size(max = 18) String uscc, @RequestBody EnterpriseRequest body,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Integer expected = body.version();
		if (ifMatch != null && !ifMatch.isBlank()) {
			try {
				expected = Integer.valueOf(ifMatch.replace("\"", "").replace("W/", "").trim());
			}
			catch (NumberFormatException e) {
				throw InvalidInputException.of("If-Match", "TypeMismatch");
			}
		}
		return registry.change(uscc, body.draft(), expected);
	}

	@GetMapping("/enterprises")
	@Operation(summary = "Search the registry within the caller's jurisdiction: name words or a USCC, "
			+ "division and industry including what lies below, qualification, scale, status; paging and sorting")
	PageResponse<EnterpriseView> search(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) @Size(max = 12) String division,
			@RequestParam(required = false) @Size(max = 5) String industry,
			@RequestParam(required = false) @Size(max = 32) String qualification,
			@RequestParam(required = false) Scale scale, @RequestParam(required = false) EnterpriseStatus status,
			@RequestParam(required = false) @Size(max = 20) String sort,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return registry
			.search(new EnterpriseQuery(q, division, industry, qualification, scale, status, sort, page, size));
	}

	@PostMapping(path = "/enterprises/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Import a CSV or XLSX file: all rows or none; 400 lists every broken rule as rows[N].field")
	Map<String, Object> importFile(@RequestPart("file") MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw InvalidInputException.of("file", "import.empty");
		}
		int imported = transfer.importRows(file.getInputStream(),
				EnterpriseTransfer.Format.of(file.getOriginalFilename(), null));
		return Map.of("imported", imported);
	}

	@GetMapping("/enterprises/export")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER','POLICY_OFFICER','CHAIN_OFFICER','ANALYST')")
	@Operation(summary = "Export the search result (within the caller's jurisdiction) as CSV or XLSX")
	void export(@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) @Size(max = 12) String division,
			@RequestParam(required = false) @Size(max = 5) String industry,
			@RequestParam(required = false) @Size(max = 32) String qualification,
			@RequestParam(required = false) Scale scale, @RequestParam(required = false) EnterpriseStatus status,
			HttpServletResponse response) throws IOException {
		// Written straight to the response on the request thread (still streamed, chunk
		// by chunk): an asynchronous
		// StreamingResponseBody ends in an ASYNC dispatch, which the stateless
		// bearer-token chain refuses after the
		// body has been committed.
		EnterpriseTransfer.Format f = EnterpriseTransfer.Format.of(null, format);
		EnterpriseQuery query = new EnterpriseQuery(q, division, industry, qualification, scale, status, "uscc", 0, 1);
		boolean zh = !"en".equals(LocaleContextHolder.getLocale().getLanguage());
		String filename = "enterprises-" + LocalDate.now() + (f == EnterpriseTransfer.Format.XLSX ? ".xlsx" : ".csv");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setContentType(f == EnterpriseTransfer.Format.XLSX
				? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
		transfer.export(query, f, zh, response.getOutputStream());
		response.flushBuffer();
	}

	record IndustryView(String code, String prefixedCode, String name, String level, String parentCode) {

		static IndustryView of(IndustryClass c) {
			return new IndustryView(c.code(), c.prefixedCode(), c.name(), c.level().name().toLowerCase(),
					c.parentCode());
		}

	}

	@GetMapping("/industries")
	@Operation(summary = "GB/T 4754-2017: the sections, or the entries directly below a code")
	List<IndustryView> industries(@RequestParam(required = false) @Size(max = 5) String parent) {
		if (parent == null || parent.isBlank()) {
			return industries.sections().stream().map(IndustryView::of).toList();
		}
		IndustryClass p = industries.find(parent).orElseThrow(() -> new NotFoundException("industry", parent));
		return industries.childrenOf(p.code()).stream().map(IndustryView::of).toList();
	}

	@GetMapping("/industries/{code}")
	IndustryView industry(@PathVariable @Size(max = 5) String code) {
		return industries.find(code).map(IndustryView::of).orElseThrow(() -> new NotFoundException("industry", code));
	}

	@GetMapping("/qualifications")
	@Operation(summary = "The qualifications an enterprise can hold")
	List<QualificationView> qualifications() {
		return registry.qualifications();
	}

}
