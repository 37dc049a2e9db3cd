package cn.lianshang.workforce;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.matching.model.Term;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.PageResponse;
import cn.lianshang.workforce.Engaging.Action;
import cn.lianshang.workforce.Engaging.ActionBody;
import cn.lianshang.workforce.RegisteringResidents.Registration;
import cn.lianshang.workforce.WorkforceViews.EngagementView;
import cn.lianshang.workforce.WorkforceViews.JobMatch;
import cn.lianshang.workforce.WorkforceViews.JobView;
import cn.lianshang.workforce.WorkforceViews.ResidentCard;
import cn.lianshang.workforce.WorkforceViews.ResidentMatch;
import cn.lianshang.workforce.WorkforceViews.ResidentView;
import cn.lianshang.workforce.WorkforceViews.StationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The fixed workforce endpoints of API-CONTRACT.md ({@code GET /api/v1/jobs},
 * {@code /jobs/{id}/matches}, {@code /residents/{id}/matches}) and the rest of the flow.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "workforce", description = "灵活用工 / residents, jobs, explained matches both ways, engagements, 零工驿站")
class WorkforceApi {

	static final int MAX_PAGE_SIZE = 100;

	static final int MAX_MATCHES = 100;

	private final RegisteringResidents registering;

	private final PostingJobs posting;

	private final BrowsingJobs browsing;

	private final FindingWorkers finding;

	private final Engaging engaging;

	private final RunningStations stations;

	private final Catalog catalog;

	private final MinimumWages minimumWages;

	WorkforceApi(RegisteringResidents registering, PostingJobs posting, BrowsingJobs browsing, FindingWorkers finding,
			Engaging engaging, RunningStations stations, Catalog catalog, MinimumWages minimumWages) {
		this.registering = registering;
		this.posting = posting;
		this.browsing = browsing;
		this.finding = finding;
		this.engaging = engaging;
		this.stations = stations;
		this.catalog = catalog;
		this.minimumWages = minimumWages;
	}

	// ---------------------------------------------------------------- jobs

	@GetMapping("/jobs")
	@Operation(summary = "Open jobs, newest first; optional division (any level) and skill (code or synonym)")
	PageResponse<JobView> jobs(@RequestParam(required = false) @Size(max = 12) String division,
			@RequestParam(required = false) @Size(max = 32) String skill,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
		return browsing.open(division, skill, page, size);
	}

	@PostMapping("/jobs")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	@Operation(summary = "Post a job (an enterprise for itself, an admin for any); pay below the Liaoning minimum"
			+ " wage of the place is a 400 naming the figure and its source")
	ResponseEntity<JobView> postJob(@RequestBody JobDraft body) {
		JobView created = posting.post(body);
		return ResponseEntity.created(URI.create("/api/v1/jobs/" + created.id())).body(created);
	}

	@GetMapping("/jobs/{id}")
	@Operation(summary = "One job")
	JobView job(@PathVariable long id) {
		return browsing.one(id);
	}

	@GetMapping("/jobs/{id}/matches")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN', 'HANDLER')")
	@Operation(summary = "Residents for a job, best first, each with residentId, score, distanceKm and a"
			+ " per-criterion explanation; never contact details (the employer, an admin, or the district's station)")
	List<ResidentMatch> jobMatches(@PathVariable long id,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_MATCHES) int limit) {
		return finding.residentsFor(id, limit);
	}

	@PostMapping("/jobs/{id}/applications")
	@PreAuthorize("hasRole('RESIDENT')")
	@Operation(summary = "The signed-in resident applies (this shares their contact details with the employer)")
	ResponseEntity<EngagementView> apply(@PathVariable long id) {
		EngagementView e = engaging.apply(id);
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + e.id())).body(e);
	}

	record Invitation(Long residentId) {

	}

	@PostMapping("/jobs/{id}/invitations")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	@Operation(summary = "The employer invites a resident; contact details stay hidden until the resident accepts")
	ResponseEntity<EngagementView> invite(@PathVariable long id, @RequestBody Invitation body) {
		if (body == null || body.residentId() == null) {
			throw InvalidInputException.of("residentId", "required");
		}
		EngagementView e = engaging.invite(id, body.residentId());
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + e.id())).body(e);
	}

	@GetMapping("/jobs/{id}/engagements")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	@Operation(summary = "Applications and invitations of a job (its employer or an admin)")
	PageResponse<EngagementView> jobEngagements(@PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
		return engaging.ofJob(id, page, size);
	}

	// ---------------------------------------------------------------- residents

	@PostMapping("/residents")
	@Operation(summary = "Public self-registration of a resident: a RESIDENT account and a profile. The phone is"
			+ " stored unverified (no SMS gateway is connected; PhoneVerification is the extension point)")
	ResponseEntity<ResidentView> register(@RequestBody Registration body) {
		ResidentView created = registering.register(body);
		return ResponseEntity.created(URI.create("/api/v1/residents/" + created.id())).body(created);
	}

	@GetMapping("/residents/me")
	@PreAuthorize("hasRole('RESIDENT')")
	@Operation(summary = "The signed-in resident's own profile, private fields included")
	ResidentView me() {
		return registering.mine();
	}

	@PutMapping("/residents/me")
	@PreAuthorize("hasRole('RESIDENT')")
	@Operation(summary = "Replace the signed-in resident's profile; a stale version is a 409")
	ResidentView updateMe(@RequestBody ResidentProfile body, @RequestParam(required = false) Integer version) {
		return registering.update(body, version);
	}

	@GetMapping("/residents/{id}")
	@Operation(summary = "A resident as the caller may see them: contact details only for the resident, an admin,"
			+ " or an employer the resident applied to or whose invitation they accepted")
	ResidentCard resident(@PathVariable long id) {
		return engaging.card(id);
	}

	@GetMapping("/residents/{id}/matches")
	@PreAuthorize("hasAnyRole('RESIDENT', 'ADMIN', 'HANDLER')")
	@Operation(summary = "Jobs for a resident, best first, each with jobId, score, distanceKm and a per-criterion"
			+ " explanation (the resident, an admin, or the station of their district)")
	List<JobMatch> residentMatches(@PathVariable long id,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_MATCHES) int limit) {
		return finding.jobsFor(id, limit);
	}

	// ---------------------------------------------------------------- engagements

	@GetMapping("/engagements/mine")
	@PreAuthorize("hasRole('RESIDENT')")
	@Operation(summary = "The signed-in resident's applications and invitations, newest first")
	PageResponse<EngagementView> myEngagements(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
		return engaging.mine(page, size);
	}

	@PostMapping("/engagements/{id}/{action}")
	@Operation(summary = "A step of the flow: accept, decline, withdraw, check-in, complete, confirm-payment,"
			+ " rate ({score:1-5}), dispute ({reason}), report-unpaid. An illegal move or a stale version is a 409")
	EngagementView act(@PathVariable long id, @PathVariable String action,
			@RequestBody(required = false) ActionBody body, @RequestParam(required = false) Integer version) {
		return engaging.act(id, Action.parse(action), body, version);
	}

	// ---------------------------------------------------------------- stations and
	// reference

	@GetMapping("/workforce/station")
	@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
	@Operation(summary = "零工驿站: figures, unfilled jobs and disputes of the caller's jurisdiction (or a division in it)")
	StationView station(@RequestParam(required = false) @Size(max = 12) String division) {
		return stations.station(division);
	}

	@GetMapping("/workforce/station/residents")
	@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
	@Operation(summary = "Residents of the caller's jurisdiction, without contact details")
	PageResponse<ResidentCard> stationResidents(@RequestParam(required = false) @Size(max = 12) String division,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
		return stations.residents(division, page, size);
	}

	@GetMapping("/workforce/station/jobs")
	@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
	@Operation(summary = "Jobs of the caller's jurisdiction, any status")
	PageResponse<JobView> stationJobs(@RequestParam(required = false) @Size(max = 12) String division,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
		return stations.jobs(division, page, size);
	}

	@PostMapping("/workforce/employers/{uscc}/lift-suspension")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Lift an employer's suspension after review: its suspended jobs open again")
	Map<String, Object> lift(@PathVariable @Size(max = 18) String uscc) {
		return engaging.lift(uscc);
	}

	record CatalogView(List<Term> skills, List<Term> certificates, List<Shift> shifts,
			List<MinimumWages.Floor> minimumWages) {

	}

	@GetMapping("/workforce/catalog")
	@Operation(summary = "Skills and certificates with synonyms, shifts, and the minimum-wage table with its sources")
	CatalogView catalog() {
		return new CatalogView(List.copyOf(catalog.skills().all()), List.copyOf(catalog.certificates().all()),
				List.of(Shift.values()), minimumWages.all());
	}

}
