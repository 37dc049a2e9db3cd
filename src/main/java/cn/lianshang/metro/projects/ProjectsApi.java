package cn.lianshang.metro.projects;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Key projects: the register, one project with its progress history, progress reports.
 */
@RestController
@RequestMapping("/api/v1/metro/projects")
@Validated
@Tag(name = "metro", description = "都市圈监测：重点项目 / metropolitan monitoring: key projects")
class ProjectsApi {

	static final String READ = "hasAnyRole('ADMIN','HANDLER','POLICY_OFFICER','CHAIN_OFFICER','ANALYST')";

	static final String WRITE = "hasAnyRole('ADMIN','ANALYST')";

	private final TrackingProjects tracking;

	ProjectsApi(TrackingProjects tracking) {
		this.tracking = tracking;
	}

	@GetMapping
	@PreAuthorize(READ)
	@Operation(summary = "Key projects, filtered by status, org unit and sector; paged (seed projects first)")
	PageResponse<KeyProjectView> list(@RequestParam(required = false) ProjectStatus status,
			@RequestParam(required = false) @Size(max = 12) String orgUnit,
			@RequestParam(required = false) @Size(max = 20) String sector,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.of(tracking.search(status, orgUnit, sector, PageRequest.of(page, size)), p -> p);
	}

	record ProjectDetail(KeyProjectView project, List<KeyProjectUpdate.View> updates) {

	}

	@GetMapping("/{code}")
	@PreAuthorize(READ)
	@Operation(summary = "One key project with its progress reports, oldest first")
	ProjectDetail one(@PathVariable @Size(max = 40) String code) {
		return new ProjectDetail(tracking.find(code), tracking.history(code));
	}

	@PostMapping("/{code}/progress")
	@PreAuthorize(WRITE)
	@Operation(summary = "Report status and progress (0–100); progress falls back only with a note; audited")
	KeyProjectView report(@PathVariable @Size(max = 40) String code, @RequestBody TrackingProjects.Report report) {
		return tracking.report(code, report);
	}

}
