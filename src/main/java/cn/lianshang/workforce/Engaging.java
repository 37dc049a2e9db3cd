package cn.lianshang.workforce;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.matching.Matching;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import cn.lianshang.workforce.Engagement.Side;
import cn.lianshang.workforce.EngagementStatus.Origin;
import cn.lianshang.workforce.WorkforceViews.EngagementView;
import cn.lianshang.workforce.WorkforceViews.ResidentCard;

/**
 * The engagement flow: a resident applies or an employer invites; the other side accepts
 * or declines; the resident checks in each working day; the employer marks the work
 * complete; both sides confirm the payment; each rates the other. Either side may raise a
 * dispute, which the 零工驿站 of the job's district sees; a resident may report completed
 * work unpaid, and {@code lianshang.workforce.unpaid-reports} reports from distinct
 * residents suspend all the employer's jobs until an administrator lifts it. Every change
 * is audited; an illegal move is a 409, and so is a stale {@code version}.
 */
@Service
class Engaging {

	static final Set<EngagementStatus> PLACED = EnumSet.of(EngagementStatus.ACCEPTED, EngagementStatus.WORKING,
			EngagementStatus.COMPLETED, EngagementStatus.PAID);

	static final int MAX_REASON = 500;

	/** The transitions of {@code POST /api/v1/engagements/{id}/{action}}. */
	enum Action {

		ACCEPT, DECLINE, WITHDRAW, CHECK_IN, COMPLETE, CONFIRM_PAYMENT, RATE, DISPUTE, REPORT_UNPAID;

		static Action parse(String path) {
			try {
				return valueOf(path.replace('-', '_').toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new NotFoundException("action", path);
			}
		}

	}

	/** The optional body of an action: a rating's score, a dispute's reason. */
	record ActionBody(Integer score, String reason) {

	}

	private final Engagements engagements;

	private final Jobs jobs;

	private final Residents residents;

	private final EmployerSuspensions suspensions;

	private final RegisteringResidents registering;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final Presenter presenter;

	private final WorkforceSettings settings;

	Engaging(Engagements engagements, Jobs jobs, Residents residents, EmployerSuspensions suspensions,
			RegisteringResidents registering, CurrentUser currentUser, AuditLog audit, Presenter presenter,
			WorkforceSettings settings) {
		this.engagements = engagements;
		this.jobs = jobs;
		this.residents = residents;
		this.suspensions = suspensions;
		this.registering = registering;
		this.currentUser = currentUser;
		this.audit = audit;
		this.presenter = presenter;
		this.settings = settings;
	}

	/** The signed-in resident applies to an open job. */
	@Transactional
	EngagementView apply(long jobId) {
		Resident r = registering.own();
		Job job = job(jobId);
		return start(job, r, Origin.APPLIED);
	}

	/** The employer (or an administrator) invites a resident to an open job. */
	@Transactional
	EngagementView invite(long jobId, long residentId) {
		Job job = job(jobId);
		requireEmployer(job);
		Resident r = residents.findById(residentId)
			.orElseThrow(() -> new NotFoundException("resident", String.valueOf(residentId)));
		return start(job, r, Origin.INVITED);
	}

	private EngagementView start(Job job, Resident r, Origin origin) {
		job.requireOpen();
		if (engagements.findByJobIdAndResidentId(job.id(), r.id()).isPresent()) {
			throw new ConflictException("workforce.engagement.exists", job.id());
		}
		Engagement e = engagements.save(new Engagement(job.id(), r.id(), origin, OffsetDateTime.now()));
		EngagementView view = EngagementView.of(e, job.title());
		audit.record(origin == Origin.APPLIED ? "engagement.apply" : "engagement.invite", "engagement",
				String.valueOf(e.id()), null, view);
		return view;
	}

	@Transactional
	EngagementView act(long engagementId, Action action, ActionBody body, Integer expectedVersion) {
		Engagement e = engagements.findById(engagementId)
			.orElseThrow(() -> new NotFoundException("engagement", String.valueOf(engagementId)));
		Job job = job(e.jobId());
		Side side = sideOf(e, job);
		if (expectedVersion != null && expectedVersion != e.version()) {
			throw new OptimisticLockingFailureException("engagement " + engagementId);
		}
		EngagementView before = EngagementView.of(e, job.title());
		OffsetDateTime now = OffsetDateTime.now();
		switch (action) {
			case ACCEPT -> {
				if (job.status() != JobStatus.OPEN) {
					throw new ConflictException("workforce.job.not-open", job.status());
				}
				e.accept(side, now);
			}
			case DECLINE -> e.decline(side, now);
			case WITHDRAW -> e.withdraw(side, now);
			case CHECK_IN -> e.checkIn(side, Matching.today(), job.startDate(), job.endDate(), now);
			case COMPLETE -> e.complete(side, now);
			case CONFIRM_PAYMENT -> e.confirmPayment(side, now);
			case RATE -> {
				if (body == null || body.score() == null) {
					throw InvalidInputException.of("score", "required");
				}
				e.rate(side, body.score(), now);
			}
			case DISPUTE -> {
				String reason = body == null ? null : RegisteringResidents.trim(body.reason());
				if (reason == null) {
					throw InvalidInputException.of("reason", "required");
				}
				if (reason.length() > MAX_REASON) {
					throw InvalidInputException.of("reason", "too-long", MAX_REASON);
				}
				e.dispute(reason, now);
			}
			case REPORT_UNPAID -> e.reportUnpaid(side, now);
		}
		engagements.flush();
		EngagementView after = EngagementView.of(e, job.title());
		audit.record("engagement." + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "engagement",
				String.valueOf(e.id()), before, after);
		if (action == Action.ACCEPT || action == Action.DECLINE || action == Action.WITHDRAW) {
			refill(job, now);
		}
		if (action == Action.REPORT_UNPAID) {
			checkUnpaid(job.employerUscc(), now);
		}
		return after;
	}

	private void refill(Job job, OffsetDateTime now) {
		JobStatus was = job.status();
		job.updateFill(engagements.countByJob(job.id(), PLACED), now);
		if (job.status() != was) {
			audit.record("job.status", "job", String.valueOf(job.id()), Map.of("status", was),
					Map.of("status", job.status()));
		}
	}

	/** Suspends the employer's jobs once enough distinct residents report unpaid work. */
	private void checkUnpaid(String uscc, OffsetDateTime now) {
		EmployerSuspension s = suspensions.findById(uscc).orElseGet(() -> new EmployerSuspension(uscc));
		if (s.active()) {
			return;
		}
		OffsetDateTime from = s.countFrom() == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : s.countFrom();
		long reporters = engagements.unpaidReporters(uscc, from);
		if (reporters < settings.unpaidReports()) {
			return;
		}
		s.suspend((int) reporters, now);
		suspensions.save(s);
		List<Long> suspended = jobs.findByEmployerUscc(uscc).stream().filter(j -> j.suspend(now)).map(Job::id).toList();
		audit.record("employer.suspend", "employer", uscc, null,
				Map.of("reports", reporters, "suspendedJobs", suspended));
	}

	/** An administrator lifts a suspension: the suspended jobs open again. */
	@Transactional
	Map<String, Object> lift(String uscc) {
		EmployerSuspension s = suspensions.findById(uscc)
			.filter(EmployerSuspension::active)
			.orElseThrow(() -> new NotFoundException("suspension", uscc));
		OffsetDateTime now = OffsetDateTime.now();
		s.lift(now);
		List<Long> reopened = jobs.findByEmployerUscc(uscc)
			.stream()
			.filter(j -> j.reinstate(now))
			.map(Job::id)
			.toList();
		Map<String, Object> after = Map.of("employerUscc", uscc, "reopenedJobs", reopened);
		audit.record("employer.lift", "employer", uscc, Map.of("reports", s.reports()), after);
		return after;
	}

	/** Whether an employer is suspended now. */
	@Transactional(readOnly = true)
	boolean suspended(String uscc) {
		return suspensions.findById(uscc).map(EmployerSuspension::active).orElse(false);
	}

	/** The signed-in resident's engagements, newest first. */
	@Transactional(readOnly = true)
	PageResponse<EngagementView> mine(int page, int size) {
		Resident r = registering.own();
		var result = engagements.findByResidentIdOrderByIdDesc(r.id(),
				org.springframework.data.domain.PageRequest.of(page, size));
		Map<Long, String> titles = titles(
				result.getContent().stream().map(Engagement::jobId).collect(Collectors.toSet()));
		return PageResponse.of(result, e -> EngagementView.of(e, titles.get(e.jobId())));
	}

	/** The engagements of a job, for its employer, an administrator or its station. */
	@Transactional(readOnly = true)
	PageResponse<EngagementView> ofJob(long jobId, int page, int size) {
		Job job = job(jobId);
		requireEmployer(job);
		return PageResponse.of(
				engagements.findByJobIdOrderByIdDesc(jobId, org.springframework.data.domain.PageRequest.of(page, size)),
				e -> EngagementView.of(e, job.title()));
	}

	/**
	 * One resident as the caller may see them: themself or an administrator in full
	 * (contact visible); an employer with contact details only after the resident applied
	 * to one of its jobs or accepted its invitation; anyone else without them.
	 */
	@Transactional(readOnly = true)
	ResidentCard card(long residentId) {
		Resident r = residents.findById(residentId)
			.orElseThrow(() -> new NotFoundException("resident", String.valueOf(residentId)));
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		boolean consented = switch (user.role()) {
			case ADMIN -> true;
			case RESIDENT -> r.accountId() != null && r.accountId() == user.accountId();
			case ENTERPRISE -> user.uscc() != null && engagements.findWithEmployer(r.id(), user.uscc())
				.stream()
				.anyMatch(e -> e.status().consented(e.origin()));
			default -> false;
		};
		if (user.role() == Role.RESIDENT && !consented) {
			throw new NotFoundException("resident", String.valueOf(residentId));
		}
		return presenter.card(r, consented);
	}

	private Map<Long, String> titles(Set<Long> jobIds) {
		return jobs.findAllById(jobIds).stream().collect(Collectors.toMap(Job::id, Job::title));
	}

	private Job job(long id) {
		return jobs.findById(id).orElseThrow(() -> new NotFoundException("job", String.valueOf(id)));
	}

	private void requireEmployer(Job job) {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (!(user.role() == Role.ADMIN || user.role() == Role.ENTERPRISE && job.employerUscc().equals(user.uscc()))) {
			throw new AccessDeniedException("not this job's employer");
		}
	}

	/**
	 * Which party the caller is; 404 for anyone else (the engagement is not theirs to
	 * see).
	 */
	private Side sideOf(Engagement e, Job job) {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (user.role() == Role.RESIDENT) {
			Resident r = registering.ownIfResident().orElse(null);
			if (r != null && r.id() == e.residentId()) {
				return Side.RESIDENT;
			}
		}
		if (user.role() == Role.ADMIN || user.role() == Role.ENTERPRISE && job.employerUscc().equals(user.uscc())) {
			return Side.EMPLOYER;
		}
		throw new NotFoundException("engagement", String.valueOf(e.id()));
	}

}
