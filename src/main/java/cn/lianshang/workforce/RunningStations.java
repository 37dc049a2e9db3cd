package cn.lianshang.workforce;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Scope;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.PageResponse;
import cn.lianshang.workforce.WorkforceViews.EngagementView;
import cn.lianshang.workforce.WorkforceViews.JobView;
import cn.lianshang.workforce.WorkforceViews.ResidentCard;
import cn.lianshang.workforce.WorkforceViews.StationView;

/**
 * The 零工驿站 view: jobs and residents of the caller's jurisdiction, its fill rate (accepted
 * workers / headcount of open and filled jobs), the unfilled jobs and the disputes. The
 * jurisdiction is a condition of every query (a division path prefix), never a filter
 * after loading. A handler sees its division; an administrator the whole area or the
 * division it names.
 */
@Service
class RunningStations {

	static final int LIST = 20;

	private final Jobs jobs;

	private final Residents residents;

	private final Engagements engagements;

	private final CurrentUser currentUser;

	private final Regions regions;

	private final Presenter presenter;

	RunningStations(Jobs jobs, Residents residents, Engagements engagements, CurrentUser currentUser, Regions regions,
			Presenter presenter) {
		this.jobs = jobs;
		this.residents = residents;
		this.engagements = engagements;
		this.currentUser = currentUser;
		this.regions = regions;
		this.presenter = presenter;
	}

	/**
	 * The path prefix of the caller's jurisdiction, narrowed to {@code division} if
	 * given.
	 */
	String area(String division) {
		Scope scope = currentUser.scope();
		String own = switch (scope.kind()) {
			case ALL -> null;
			case DIVISION -> regions.find(scope.divisionCode()).map(Region::path).orElseThrow();
			default -> throw new AccessDeniedException("station staff only");
		};
		if (division == null || division.isBlank()) {
			return own;
		}
		Region r = regions.find(division.trim())
			.orElseThrow(() -> InvalidInputException.of("division", "workforce.division", division));
		if (own != null && !r.path().startsWith(own)) {
			throw new AccessDeniedException("outside the jurisdiction");
		}
		return r.path();
	}

	@Transactional(readOnly = true)
	StationView station(String division) {
		String path = area(division);
		String code = path == null ? null : path.substring(0, path.length() - 1).replaceAll(".*/", "");
		long headcount = jobs.headcountInArea(path);
		long placed = engagements.placedInArea(path, Engaging.PLACED);
		double fill = headcount == 0 ? 0 : Math.round(placed * 1000.0 / headcount) / 1000.0;
		var unfilled = jobs.search(JobStatus.OPEN, path, null, null, PageRequest.of(0, LIST))
			.map(presenter::job)
			.getContent();
		var disputes = engagements.disputesInArea(path, PageRequest.of(0, LIST)).getContent();
		Map<Long, String> titles = jobs
			.findAllById(disputes.stream().map(Engagement::jobId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Job::id, Job::title));
		return new StationView(code, code == null ? "沈阳都市圈" : regions.fullName(code), residents.countInArea(path),
				jobs.countInArea(path, JobStatus.OPEN), jobs.countInArea(path, JobStatus.FILLED),
				jobs.countInArea(path, JobStatus.SUSPENDED), headcount, placed, fill, unfilled,
				disputes.stream().map(e -> EngagementView.of(e, titles.get(e.jobId()))).toList());
	}

	/** Residents of the area, without contact details. */
	@Transactional(readOnly = true)
	PageResponse<ResidentCard> residents(String division, int page, int size) {
		String path = area(division);
		Pageable pageable = PageRequest.of(page, size);
		return PageResponse.of(residents.findInArea(path, pageable), r -> presenter.card(r, false));
	}

	/** Jobs of the area, any status. */
	@Transactional(readOnly = true)
	PageResponse<JobView> jobs(String division, int page, int size) {
		String path = area(division);
		return PageResponse.of(jobs.search(null, path, null, null, PageRequest.of(page, size)), presenter::job);
	}

}
