package cn.lianshang.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.matching.Matching;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.workforce.WorkforceViews.JobView;

/**
 * Posting a job: an enterprise account for itself, an administrator for any registered
 * enterprise. Checked as a whole (every broken rule in one 400), including the Liaoning
 * minimum wage of the place ({@link MinimumWages}); stored and audited. The
 * verified-employer badge is the registry's answer at posting time
 * ({@link EmployerBadges#verified}: the enterprise exists and its status is ACTIVE, 存续).
 */
@Service
class PostingJobs {

	static final int MAX_TITLE = 100;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_HEADCOUNT = 500;

	static final int MAX_SPAN_DAYS = 366;

	static final BigDecimal MAX_PAY = new BigDecimal("100000");

	private final Jobs jobs;

	private final EnterpriseRegistry registry;

	private final CurrentUser currentUser;

	private final Regions regions;

	private final Catalog catalog;

	private final MinimumWages minimumWages;

	private final AuditLog audit;

	private final Presenter presenter;

	PostingJobs(Jobs jobs, EnterpriseRegistry registry, CurrentUser currentUser, Regions regions, Catalog catalog,
			MinimumWages minimumWages, AuditLog audit, Presenter presenter) {
		this.jobs = jobs;
		this.registry = registry;
		this.currentUser = currentUser;
		this.regions = regions;
		this.catalog = catalog;
		this.minimumWages = minimumWages;
		this.audit = audit;
		this.presenter = presenter;
	}

	@Transactional
	JobView post(JobDraft draft) {
		return presenter.job(postJob(draft, false));
	}

	@Transactional
	Job postJob(JobDraft draft, boolean demo) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<EnterpriseView> employer = employer(draft.enterpriseUscc(), problems);
		JobDraft d = check(draft, employer.orElse(null), Matching.today(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		EnterpriseView e = employer.orElseThrow();
		Region place = regions.find(d.divisionCode()).orElseThrow();
		Job job = jobs.save(new Job(d, e.name(), EmployerBadges.verified(e), place.path(), place.latitude(),
				place.longitude(), demo, OffsetDateTime.now()));
		audit.record("job.post", "job", String.valueOf(job.id()), null, presenter.job(job));
		return job;
	}

	/**
	 * Demo jobs in one go, for the demo load run as an administrator: every draft passes
	 * the same checks as {@link #postJob} (the minimum wage included) against employers
	 * the caller has already read from the registry (not one registry read per job); the
	 * jobs are saved together and the caller writes one audit record for the load. Any
	 * broken rule in any draft refuses the whole batch.
	 * @param employers the employers by USCC, as the registry reported them
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Job> postDemo(List<JobDraft> drafts, Map<String, EnterpriseView> employers) {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (user.role() != Role.ADMIN) {
			throw new AccessDeniedException("the demo load posts as an administrator");
		}
		LocalDate today = Matching.today();
		OffsetDateTime now = OffsetDateTime.now();
		List<Job> out = new ArrayList<>(drafts.size());
		for (JobDraft draft : drafts) {
			List<FieldProblem> problems = new ArrayList<>();
			EnterpriseView e = draft.enterpriseUscc() == null ? null : employers.get(draft.enterpriseUscc().trim());
			if (e == null) {
				problems
					.add(new FieldProblem("enterpriseUscc", "workforce.enterprise.unknown", draft.enterpriseUscc()));
			}
			JobDraft d = check(draft, e, today, problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			Region place = regions.find(d.divisionCode()).orElseThrow();
			out.add(new Job(d, e.name(), EmployerBadges.verified(e), place.path(), place.latitude(), place.longitude(),
					true, now));
		}
		return jobs.saveAll(out);
	}

	/**
	 * The enterprise the job is for: an enterprise account's own (naming another is 403),
	 * or the one an administrator names.
	 */
	Optional<EnterpriseView> employer(String requested, List<FieldProblem> problems) {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		String uscc;
		if (user.role() == Role.ENTERPRISE) {
			if (requested != null && !requested.isBlank() && !requested.trim().equals(user.uscc())) {
				throw new AccessDeniedException("an enterprise posts for itself only");
			}
			uscc = user.uscc();
		}
		else if (user.role() == Role.ADMIN) {
			uscc = requested == null ? null : requested.trim();
			if (uscc == null || uscc.isEmpty()) {
				problems.add(new FieldProblem("enterpriseUscc", "required"));
				return Optional.empty();
			}
		}
		else {
			throw new AccessDeniedException("enterprises and administrators post jobs");
		}
		Optional<EnterpriseView> e = registry.findOptional(uscc);
		if (e.isEmpty()) {
			problems.add(new FieldProblem("enterpriseUscc", "workforce.enterprise.unknown", uscc));
		}
		return e;
	}

	JobDraft check(JobDraft d, EnterpriseView employer, LocalDate today, List<FieldProblem> problems) {
		String title = RegisteringResidents.trim(d.title());
		if (title == null) {
			problems.add(new FieldProblem("title", "required"));
		}
		else if (title.length() > MAX_TITLE) {
			problems.add(new FieldProblem("title", "too-long", MAX_TITLE));
		}
		String description = RegisteringResidents.trim(d.description());
		if (description != null && description.length() > MAX_DESCRIPTION) {
			problems.add(new FieldProblem("description", "too-long", MAX_DESCRIPTION));
		}
		if (d.headcount() == null) {
			problems.add(new FieldProblem("headcount", "required"));
		}
		else if (d.headcount() < 1 || d.headcount() > MAX_HEADCOUNT) {
			problems.add(new FieldProblem("headcount", "workforce.range", 1, MAX_HEADCOUNT));
		}
		List<String> skills = catalog.resolveSkills("skills", d.skills(), problems);
		if (d.skills().isEmpty()) {
			problems.add(new FieldProblem("skills", "required"));
		}
		List<String> certificates = catalog.resolveCertificates("certificates", d.certificates(), problems);
		if (d.startDate() == null) {
			problems.add(new FieldProblem("startDate", "required"));
		}
		else if (d.startDate().isBefore(today) || d.startDate().isAfter(today.plusDays(365))) {
			problems.add(new FieldProblem("startDate", "workforce.start-date", today, today.plusDays(365)));
		}
		if (d.endDate() == null) {
			problems.add(new FieldProblem("endDate", "required"));
		}
		else if (d.startDate() != null && (d.endDate().isBefore(d.startDate())
				|| ChronoUnit.DAYS.between(d.startDate(), d.endDate()) >= MAX_SPAN_DAYS)) {
			problems.add(new FieldProblem("endDate", "workforce.end-date", MAX_SPAN_DAYS));
		}
		Set<Shift> shifts = d.shifts();
		if (shifts.isEmpty()) {
			problems.add(new FieldProblem("shifts", "required"));
		}
		if (d.payType() == null) {
			problems.add(new FieldProblem("payType", "required"));
		}
		String division = RegisteringResidents.trim(d.divisionCode());
		if (division == null && employer != null) {
			division = employer.divisionCode();
		}
		Optional<Region> place = regions.find(division);
		if (division != null && (place.isEmpty() || place.get().level().isTop() && !"SFZ".equals(division))) {
			problems.add(new FieldProblem("divisionCode", "workforce.division", division));
		}
		BigDecimal pay = d.payAmount();
		if (pay == null) {
			problems.add(new FieldProblem("payAmount", "required"));
		}
		else if (pay.signum() <= 0 || pay.compareTo(MAX_PAY) > 0 || pay.scale() > 2) {
			problems.add(new FieldProblem("payAmount", "workforce.pay.amount", MAX_PAY));
		}
		else if (d.payType() != null && place.isPresent() && !shifts.isEmpty()) {
			minimumWage(d.payType(), pay, shifts, place.get().code(), problems);
		}
		return new JobDraft(employer == null ? null : employer.uscc(), title, description, d.headcount(), skills,
				certificates, d.startDate(), d.endDate(), shifts, d.payType(), pay, division, d.meals(), d.transport(),
				d.accidentInsurance());
	}

	/**
	 * Refuses pay below the minimum of the place: hourly against the hourly minimum,
	 * daily against the hourly minimum × the longest shift's hours; the error names the
	 * figure and its source.
	 */
	void minimumWage(PayType type, BigDecimal pay, Set<Shift> shifts, String division, List<FieldProblem> problems) {
		MinimumWages.Floor floor = minimumWages.at(division);
		int hours = shifts.stream().mapToInt(Shift::hours).max().orElse(8);
		if (type == PayType.HOURLY && pay.compareTo(floor.hourly()) < 0) {
			problems.add(new FieldProblem("payAmount", "workforce.pay.below-hourly-minimum",
					WorkforceRanking.plain(floor.hourly()), floor.areaName(), floor.effectiveFrom(), floor.source()));
		}
		if (type == PayType.DAILY && pay.compareTo(floor.daily(hours)) < 0) {
			problems.add(new FieldProblem("payAmount", "workforce.pay.below-daily-minimum",
					WorkforceRanking.plain(floor.daily(hours)), WorkforceRanking.plain(floor.hourly()), hours,
					floor.areaName(), floor.effectiveFrom(), floor.source()));
		}
	}

}
