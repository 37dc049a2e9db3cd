package cn.lianshang.workforce;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import cn.lianshang.workforce.WorkforceViews.JobView;

/**
 * The public job board: open jobs, newest first, optionally in a division and with a
 * skill (jobs are public postings; no resident data is shown).
 */
@Service
class BrowsingJobs {

	private final Jobs jobs;

	private final Regions regions;

	private final Catalog catalog;

	private final Presenter presenter;

	BrowsingJobs(Jobs jobs, Regions regions, Catalog catalog, Presenter presenter) {
		this.jobs = jobs;
		this.regions = regions;
		this.catalog = catalog;
		this.presenter = presenter;
	}

	@Transactional(readOnly = true)
	PageResponse<JobView> open(String division, String skill, int page, int size) {
		String path = null;
		if (division != null && !division.isBlank()) {
			path = regions.find(division.trim())
				.map(Region::path)
				.orElseThrow(() -> InvalidInputException.of("division", "workforce.division", division));
		}
		String code = null;
		if (skill != null && !skill.isBlank()) {
			code = catalog.skills()
				.resolve(skill)
				.orElseThrow(() -> InvalidInputException.of("skill", "workforce.skill.unknown", skill));
		}
		return PageResponse.of(jobs.search(JobStatus.OPEN, path, null, code, PageRequest.of(page, size)),
				presenter::job);
	}

	@Transactional(readOnly = true)
	JobView one(long id) {
		return jobs.findById(id)
			.map(presenter::job)
			.orElseThrow(() -> new NotFoundException("job", String.valueOf(id)));
	}

}
