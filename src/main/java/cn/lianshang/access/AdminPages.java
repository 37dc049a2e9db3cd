package cn.lianshang.access;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;

/**
 * The administrator's pages: accounts (list, create, enable, disable) and the audit log.
 */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminPages {

	static final int ACCOUNT_PAGE_SIZE = 20;

	static final int AUDIT_PAGE_SIZE = 50;

	private final AccountManagement accounts;

	private final AuditLog audit;

	private final Regions regions;

	private final CurrentUser currentUser;

	private final Messages messages;

	AdminPages(AccountManagement accounts, AuditLog audit, Regions regions, CurrentUser currentUser,
			Messages messages) {
		this.accounts = accounts;
		this.audit = audit;
		this.regions = regions;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	/** The filter of the account list, as the query string carries it. */
	record AccountFilter(String q, Role role, Integer page) {

		public int pageNumber() {
			return page == null || page < 0 ? 0 : page;
		}

		public String url(int toPage) {
			UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/accounts");
			if (q != null && !q.isBlank()) {
				b.queryParam("q", q.trim());
			}
			if (role != null) {
				b.queryParam("role", role.name());
			}
			if (toPage > 0) {
				b.queryParam("page", toPage);
			}
			return b.build().encode().toUriString();
		}

	}

	/** The filter of the audit log. */
	record AuditFilter(String actor, String entityType, String entityId, String action, Integer page) {

		public int pageNumber() {
			return page == null || page < 0 ? 0 : page;
		}

		public String url(int toPage) {
			UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/audit");
			Map<String, String> params = new LinkedHashMap<>();
			params.put("actor", actor);
			params.put("entityType", entityType);
			params.put("entityId", entityId);
			params.put("action", action);
			params.forEach((k, v) -> {
				if (v != null && !v.isBlank()) {
					b.queryParam(k, v.trim());
				}
			});
			if (toPage > 0) {
				b.queryParam("page", toPage);
			}
			return b.build().encode().toUriString();
		}

	}

	/**
	 * The create-account form; every field as typed, so that a refused form comes back
	 * filled in.
	 */
	record AccountForm(String username, String password, Role role, String jurisdiction, String uscc,
			String displayName) {

		static AccountForm empty() {
			return new AccountForm(null, null, null, null, null, null);
		}

	}

	@GetMapping("/accounts")
	String accounts(@ModelAttribute("filter") AccountFilter filter, Model model) {
		Page<AccountView> page = accounts.search(truncate(filter.q(), 64), filter.role(),
				PageRequest.of(filter.pageNumber(), ACCOUNT_PAGE_SIZE, Sort.by("username")));
		model.addAttribute("accounts", page);
		model.addAttribute("roles", Role.values());
		model.addAttribute("me", currentUser.actor());
		return "admin/accounts";
	}

	@GetMapping("/accounts/new")
	String newAccount(Model model) {
		return accountForm(AccountForm.empty(), Map.of(), model);
	}

	@PostMapping("/accounts")
	String create(@ModelAttribute AccountForm form, Model model, RedirectAttributes redirect) {
		try {
			AccountView created = accounts.create(new AccountManagement.NewAccount(form.username(), form.password(),
					form.role(), form.jurisdiction(), form.uscc(), form.displayName()));
			redirect.addFlashAttribute("notice", messages.get("admin.accounts.created", created.username()));
			return "redirect:/admin/accounts?q="
					+ java.net.URLEncoder.encode(created.username(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (InvalidInputException e) {
			Map<String, String> errors = new LinkedHashMap<>();
			e.problems()
				.forEach(p -> errors.merge(p.field(), messages.get("error." + p.code(), p.args()),
						(a, b) -> a + " " + b));
			return accountForm(form, errors, model);
		}
		catch (ConflictException e) {
			return accountForm(form, Map.of("username", messages.get("error." + e.code(), e.args())), model);
		}
	}

	@PostMapping("/accounts/{username}/enabled")
	String setEnabled(@PathVariable String username, @RequestParam boolean enabled,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		if (!enabled && username.equals(currentUser.actor())) {
			// An administrator who disables the account in use locks themselves out.
			redirect.addFlashAttribute("alert", messages.get("admin.accounts.self-disable"));
		}
		else {
			accounts.setEnabled(username, enabled);
			redirect.addFlashAttribute("notice",
					messages.get(enabled ? "admin.accounts.enabled" : "admin.accounts.disabled", username));
		}
		return "redirect:" + (back != null && back.startsWith("/admin/accounts") ? back : "/admin/accounts");
	}

	@GetMapping("/audit")
	String audit(@ModelAttribute("filter") AuditFilter filter, Model model) {
		model.addAttribute("entries", audit.search(truncate(filter.actor(), 64), truncate(filter.entityType(), 64),
				truncate(filter.entityId(), 64), truncate(filter.action(), 64), null, null, PageRequest
					.of(filter.pageNumber(), AUDIT_PAGE_SIZE, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))));
		return "admin/audit";
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException e, jakarta.servlet.http.HttpServletResponse response, Model model) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("title", messages.get("problem.title.404"));
		model.addAttribute("detail",
				messages.get("problem.not-found.detail", messages.get("entity." + e.what()), e.key()));
		return "error";
	}

	private String accountForm(AccountForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("jurisdictions", regions.countiesByTop());
		return "admin/account-form";
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
