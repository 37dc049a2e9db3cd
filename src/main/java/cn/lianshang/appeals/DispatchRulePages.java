package cn.lianshang.appeals;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;

/**
 * {@code /admin/dispatch-rules}: the administrator lists the dispatch rules (paged,
 * filtered by division and category), adds one, removes one (a POST form behind a
 * confirmation page). {@code /admin/**} is administrators only; the annotation says so
 * again here.
 */
@Controller
@RequestMapping("/admin/dispatch-rules")
@PreAuthorize("hasRole('ADMIN')")
class DispatchRulePages {

	static final int PAGE_SIZE = 30;

	private final DispatchRuleAdmin admin;

	private final Regions regions;

	private final Messages messages;

	DispatchRulePages(DispatchRuleAdmin admin, Regions regions, Messages messages) {
		this.admin = admin;
		this.regions = regions;
		this.messages = messages;
	}

	/** The filter of the list, as the query string carries it. */
	record RuleFilter(String division, String category, Integer page) {

		public int pageNumber() {
			return page == null || page < 0 ? 0 : page;
		}

		public String url(int toPage) {
			UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/dispatch-rules");
			if (division != null && !division.isBlank()) {
				b.queryParam("division", division.trim());
			}
			if (category != null && !category.isBlank()) {
				b.queryParam("category", category.trim());
			}
			if (toPage > 0) {
				b.queryParam("page", toPage);
			}
			return b.build().encode().toUriString();
		}

	}

	/**
	 * The add form, every field as typed, so that a refused form comes back filled in.
	 */
	record RuleForm(String divisionCode, String categoryCode, String industryPrefix, String unitCode) {
	}

	@GetMapping
	String list(@ModelAttribute("filter") RuleFilter filter, Model model) {
		model.addAttribute("rules", admin.search(truncate(filter.division()), truncate(filter.category()),
				PageRequest.of(filter.pageNumber(), PAGE_SIZE, Sort.by("divisionCode", "categoryCode", "id"))));
		return form(new RuleForm(null, null, null, null), Map.of(), model);
	}

	@PostMapping
	String add(@ModelAttribute RuleForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			DispatchRuleAdmin.RuleView added = admin.add(new DispatchRuleAdmin.NewRule(form.divisionCode(),
					form.categoryCode(), form.industryPrefix(), form.unitCode()));
			redirect.addFlashAttribute("notice", messages.get("admin.rules.added", added.id()));
			return "redirect:" + new RuleFilter(added.divisionCode(), null, null).url(0);
		}
		catch (InvalidInputException e) {
			Map<String, String> errors = new LinkedHashMap<>();
			e.problems()
				.forEach(p -> errors.merge(p.field(), messages.get("error." + p.code(), p.args()),
						(a, b) -> a + " " + b));
			response.setStatus(422);
			RuleFilter filter = new RuleFilter(null, null, null);
			model.addAttribute("filter", filter);
			model.addAttribute("rules", admin.search(null, null,
					PageRequest.of(0, PAGE_SIZE, Sort.by("divisionCode", "categoryCode", "id"))));
			return form(form, errors, model);
		}
	}

	@GetMapping("/{id}/remove")
	String confirmRemove(@PathVariable long id, Model model) {
		model.addAttribute("rule", admin.find(id));
		return "admin/dispatch-rule-remove";
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		try {
			DispatchRuleAdmin.RuleView removed = admin.remove(id);
			redirect.addFlashAttribute("notice", messages.get("admin.rules.removed", removed.id()));
			return "redirect:" + new RuleFilter(removed.divisionCode(), null, null).url(0);
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("alert", messages.get("error." + e.code(), e.args()));
			return "redirect:/admin/dispatch-rules";
		}
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

	private String form(RuleForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("divisions", regions.countiesByTop());
		model.addAttribute("categories", admin.categories());
		model.addAttribute("units", admin.units());
		return "admin/dispatch-rules";
	}

	private static String truncate(String s) {
		return s == null || s.length() <= 24 ? s : s.substring(0, 24);
	}

}
