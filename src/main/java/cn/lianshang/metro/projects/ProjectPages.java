package cn.lianshang.metro.projects;

import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Role;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;

/**
 * The key projects page ({@code /metro/projects}): the register with status, progress bar
 * and the seed's quote, filterable by status and sector, paged; ADMIN and ANALYST report
 * progress from the page. Staff roles.
 */
@Controller
class ProjectPages {

	static final int PAGE_SIZE = 20;

	private final TrackingProjects tracking;

	private final Messages messages;

	private final CurrentUser currentUser;

	ProjectPages(TrackingProjects tracking, Messages messages, CurrentUser currentUser) {
		this.tracking = tracking;
		this.messages = messages;
		this.currentUser = currentUser;
	}

	/** The filter of the list, which also builds the pager's links. */
	record Filter(ProjectStatus status, String sector) {

		public String url(int page) {
			return UriComponentsBuilder.fromPath("/metro/projects")
				.queryParamIfPresent("status", java.util.Optional.ofNullable(status))
				.queryParamIfPresent("sector", java.util.Optional.ofNullable(sector))
				.queryParam("page", Math.max(0, page))
				.build()
				.encode()
				.toUriString();
		}

	}

	@GetMapping("/metro/projects")
	@PreAuthorize(ProjectsApi.READ)
	String projects(@RequestParam(required = false) String status, @RequestParam(required = false) String sector,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ProjectStatus s = Arrays.stream(ProjectStatus.values())
			.filter(v -> v.name().equals(status))
			.findFirst()
			.orElse(null);
		String sec = sector != null && TrackingProjects.SECTORS.contains(sector) ? sector : null;
		Page<KeyProjectView> result = tracking.search(s, null, sec, PageRequest.of(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("filter", new Filter(s, sec));
		model.addAttribute("result", result);
		model.addAttribute("statuses", List.of(ProjectStatus.values()));
		model.addAttribute("sectors", TrackingProjects.SECTORS);
		model.addAttribute("canWrite", currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ANALYST));
		return "metro/projects";
	}

	@PostMapping("/metro/projects/{code}/progress")
	@PreAuthorize(ProjectsApi.WRITE)
	String report(@PathVariable String code, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer progress, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		ProjectStatus s = Arrays.stream(ProjectStatus.values())
			.filter(v -> v.name().equals(status))
			.findFirst()
			.orElse(null);
		try {
			KeyProjectView view = tracking.report(code, new TrackingProjects.Report(s, progress, note));
			redirect.addFlashAttribute("notice", messages.get("metro.projects.updated", view.name()));
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("error",
					e.problems()
						.stream()
						.map(p -> messages.get("error." + p.code(), p.args()))
						.reduce((a, b) -> a + " " + b)
						.orElse(""));
		}
		return "redirect:/metro/projects#project-" + code;
	}

}
