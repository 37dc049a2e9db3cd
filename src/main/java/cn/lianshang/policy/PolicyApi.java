package cn.lianshang.policy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.shared.web.PageResponse;

/**
 * The policies API: list, read, create, amend eligibility, publish, withdraw, evaluate,
 * the 政策计算器.
 */
@RestController
@RequestMapping("/api/v1/policies")
class PolicyApi {

	private final PublishingPolicy publishing;

	private final EvaluatingEligibility evaluating;

	PolicyApi(PublishingPolicy publishing, EvaluatingEligibility evaluating) {
		this.publishing = publishing;
		this.evaluating = evaluating;
	}

	@GetMapping
	PageResponse<PolicyViews.Summary> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) PolicyStatus status) {
		return publishing.list(page, size, status);
	}

	@GetMapping("/{id}")
	PolicyViews.Detail find(@PathVariable long id) {
		return publishing.find(id);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	ResponseEntity<PolicyViews.Detail> create(@RequestBody PolicyDraft draft) {
		PolicyViews.Detail created = publishing.create(draft);
		return ResponseEntity.created(URI.create("/api/v1/policies/" + created.id())).body(created);
	}

	@PutMapping("/{id}/eligibility")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	PolicyViews.Detail amend(@PathVariable long id, @RequestBody EligibilityChange change) {
		return publishing.amend(id, change);
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	PolicyViews.Detail publish(@PathVariable long id) {
		return publishing.publish(id);
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	PolicyViews.Detail withdraw(@PathVariable long id) {
		return publishing.withdraw(id);
	}

	@GetMapping("/{id}/golden-cases")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	List<PolicyViews.CaseResult> goldenCases(@PathVariable long id) {
		return publishing.goldenCaseResults(id);
	}

	/**
	 * Optionally with facts the enterprise supplies itself (研发投入占比, 信用 ...) as the body.
	 */
	@PostMapping("/{id}/evaluate")
	EligibilityResult evaluate(@PathVariable long id, @RequestParam String uscc,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestBody(required = false) CaseFacts supplied) {
		return evaluating.evaluate(id, uscc, on, supplied);
	}

	@GetMapping("/calculator")
	EvaluatingEligibility.Calculator calculator(@RequestParam String uscc,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return evaluating.calculator(uscc, on, null);
	}

	@PostMapping("/calculator")
	EvaluatingEligibility.Calculator calculatorWithFacts(@RequestParam String uscc,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestBody(required = false) CaseFacts supplied) {
		return evaluating.calculator(uscc, on, supplied);
	}

}
