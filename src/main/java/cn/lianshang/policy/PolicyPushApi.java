package cn.lianshang.policy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.shared.web.PageResponse;

/**
 * Pushes and the funnel: the enterprise's own pushes and its confirmation of intent; the
 * staff lists (all, {@code credit-check}, {@code to-pay}), the applied and paid steps,
 * the manual credit check, and the funnel of a policy per division.
 */
@RestController
class PolicyPushApi {

	private final FollowingUp following;

	PolicyPushApi(FollowingUp following) {
		this.following = following;
	}

	@GetMapping("/api/v1/policy-pushes/mine")
	@PreAuthorize("hasRole('ENTERPRISE')")
	PageResponse<PushView> mine(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return following.mine(page, size);
	}

	@PostMapping("/api/v1/policy-pushes/{id}/confirm")
	@PreAuthorize("hasRole('ENTERPRISE')")
	PushView confirm(@PathVariable long id) {
		return following.confirm(id);
	}

	@GetMapping("/api/v1/policy-pushes")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	PageResponse<PushView> list(@RequestParam(required = false) Long policyId,
			@RequestParam(defaultValue = "all") String list, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return following.list(policyId, list, page, size);
	}

	@PostMapping("/api/v1/policy-pushes/{id}/applied")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	PushView applied(@PathVariable long id) {
		return following.applied(id);
	}

	/** {@code {"amount": 12000.00, "voucherNo": "..."}}. */
	@PostMapping("/api/v1/policy-pushes/{id}/paid")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	PushView paid(@PathVariable long id, @RequestBody(required = false) FollowingUp.Payment payment) {
		return following.paid(id, payment);
	}

	/** {@code {"passed": true|false, "note": "..."}}. */
	@PostMapping("/api/v1/policy-pushes/{id}/credit-check")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	PushView creditCheck(@PathVariable long id, @RequestBody(required = false) FollowingUp.CreditCheck check) {
		return following.creditChecked(id, check);
	}

	@GetMapping("/api/v1/policies/{id}/funnel")
	@PreAuthorize("hasAnyRole('POLICY_OFFICER','ADMIN')")
	FollowingUp.Funnel funnel(@PathVariable long id, @RequestParam(required = false) String division) {
		return following.funnel(id, division);
	}

}
