package cn.lianshang.policy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The policy pages: the policies in force (search, filters, pages), one policy with its
 * conditions in plain Chinese, and the 政策计算器. Every read goes through
 * {@link PublishingPolicy} and {@link EvaluatingEligibility}, so the registry's scope
 * applies: an enterprise account sees only its own enterprise.
 */
@Controller
class PolicyPages {

	static final int PAGE_SIZE = 20;

	private static final Pattern USCC = Pattern.compile("[0-9A-Z]{18}");

	private final PublishingPolicy publishing;

	private final EvaluatingEligibility evaluating;

	private final CurrentUser currentUser;

	private final Messages messages;

	PolicyPages(PublishingPolicy publishing, EvaluatingEligibility evaluating, CurrentUser currentUser,
			Messages messages) {
		this.publishing = publishing;
		this.evaluating = evaluating;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	/**
	 * The list's form as the query string carries it; it also writes the pager's links.
	 */
	record ListForm(String q, String region, HowToClaim how, Integer page) {

		String words() {
			if (q == null || q.isBlank()) {
				return null;
			}
			String t = q.trim();
			return t.length() > 100 ? t.substring(0, 100) : t;
		}

		String regionScope() {
			return region == null || region.isBlank() ? null : region.trim();
		}

		public boolean filtersInUse() {
			return regionScope() != null || how != null;
		}

		public String url(int toPage) {
			UriComponentsBuilder b = UriComponentsBuilder.fromPath("/policies");
			if (words() != null) {
				b.queryParam("q", words());
			}
			if (regionScope() != null) {
				b.queryParam("region", regionScope());
			}
			if (how != null) {
				b.queryParam("how", how.name());
			}
			if (toPage > 0) {
				b.queryParam("page", toPage);
			}
			return b.build().encode().toUriString();
		}

	}

	@GetMapping("/policies")
	String list(@ModelAttribute("form") ListForm form, Model model) {
		int page = form.page() == null ? 0 : Math.min(Math.max(form.page(), 0), 10_000);
		model.addAttribute("result",
				publishing.searchInForce(form.words(), form.regionScope(), form.how(), page, PAGE_SIZE));
		model.addAttribute("regionScopes", publishing.regionScopesInForce());
		model.addAttribute("claims", HowToClaim.values());
		return "policy/list";
	}

	@GetMapping("/policies/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("p", publishing.find(id));
		model.addAttribute("conditions", publishing.conditions(id));
		model.addAttribute("mayEdit", publishing.mayEdit(id));
		return "policy/detail";
	}

	/**
	 * The 政策计算器: an enterprise account always sees its own enterprise (a {@code uscc} it
	 * passes is ignored); the other roles name one, and the registry's scope decides
	 * whether they may see it.
	 */
	/**
	 * Facts the enterprise supplies itself in the calculator's second form (the registry
	 * does not hold them), as typed.
	 */
	record SuppliedForm(String revenueWan, String credit, String rdSharePercent, String graduateHires, String firstSet,
			String smartManufacturing) {

		public boolean any() {
			return java.util.stream.Stream
				.of(revenueWan, credit, rdSharePercent, graduateHires, firstSet, smartManufacturing)
				.anyMatch(v -> v != null && !v.isBlank());
		}

		/** The facts, or null when none was supplied; problems go to {@code errors}. */
		CaseFacts facts(java.util.Map<String, String> errors, Messages messages) {
			if (!any()) {
				return null;
			}
			Long revenue = parse("revenueWan", revenueWan, Long::valueOf, errors, messages);
			java.math.BigDecimal rd = parse("rdSharePercent", rdSharePercent, java.math.BigDecimal::new, errors,
					messages);
			Integer graduates = parse("graduateHires", graduateHires, Integer::valueOf, errors, messages);
			CaseFacts.Credit c = parse("credit", credit, CaseFacts.Credit::valueOf, errors, messages);
			Boolean first = parse("firstSet", firstSet, v -> switch (v) {
				case "true" -> true;
				case "false" -> false;
				default -> throw new IllegalArgumentException(v);
			}, errors, messages);
			cn.lianshang.policy.model.SmartManufacturing smart = parse("smartManufacturing", smartManufacturing,
					cn.lianshang.policy.model.SmartManufacturing::valueOf, errors, messages);
			if (revenue != null && revenue < 0) {
				errors.put("revenueWan", messages.get("error.policy.clause.negative", revenue));
			}
			if (rd != null && (rd.signum() < 0 || rd.compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
				errors.put("rdSharePercent", messages.get("error.policy.clause.percent", rd));
			}
			if (graduates != null && graduates < 0) {
				errors.put("graduateHires", messages.get("error.policy.clause.negative", graduates));
			}
			return new CaseFacts(null, null, null, null, null, revenue, null, null, c, rd, graduates, first, smart);
		}

		private static <T> T parse(String field, String text, java.util.function.Function<String, T> f,
				java.util.Map<String, String> errors, Messages messages) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return f.apply(text.trim());
			}
			catch (RuntimeException e) {
				errors.put(field, messages.get("error.TypeMismatch"));
				return null;
			}
		}

	}

	@GetMapping("/policies/calculator")
	@PreAuthorize("hasAnyRole('ENTERPRISE','ADMIN','POLICY_OFFICER','HANDLER')")
	String calculator(@RequestParam(required = false) String uscc, @ModelAttribute("supplied") SuppliedForm supplied,
			Model model) {
		java.util.Map<String, String> factErrors = new java.util.LinkedHashMap<>();
		CaseFacts facts = supplied.facts(factErrors, messages);
		model.addAttribute("factErrors", factErrors);
		model.addAttribute("suppliedUsed", facts != null && factErrors.isEmpty());
		Optional<LianshangUser> user = currentUser.get();
		boolean enterprise = currentUser.hasRole(Role.ENTERPRISE);
		model.addAttribute("enterpriseAccount", enterprise);
		String target = enterprise ? user.map(LianshangUser::uscc).orElse(null)
				: uscc == null ? null : uscc.trim().toUpperCase(Locale.ROOT);
		model.addAttribute("uscc", enterprise ? null : target);
		if (target == null || target.isEmpty()) {
			if (enterprise) {
				model.addAttribute("message", messages.get("policy.calculator.no-enterprise"));
			}
			return "policy/calculator";
		}
		if (!USCC.matcher(target).matches()) {
			model.addAttribute("usccError", messages.get("policy.calculator.uscc.invalid"));
			return "policy/calculator";
		}
		try {
			model.addAttribute("calc", evaluating.calculator(target, null, factErrors.isEmpty() ? facts : null));
		}
		catch (NotFoundException e) {
			model.addAttribute("message", messages.get("policy.calculator.not-found", target));
		}
		return "policy/calculator";
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
