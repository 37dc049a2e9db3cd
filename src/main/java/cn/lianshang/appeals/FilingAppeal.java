package cn.lianshang.appeals;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.appeals.model.AppealMetrics;
import cn.lianshang.appeals.model.WorkingCalendar;
import cn.lianshang.enterprise.EnterpriseFacts;
import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.enterprise.EnterpriseView;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.FileTransfer;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * 受理 and the first 派单. An appeal is saved and flushed in one transaction that commits
 * before its id is answered. Retries never make a second appeal: on the REST API the key
 * is (account, {@code Idempotency-Key}), unique in the database, so even two concurrent
 * retries leave one row; on Open311 it is (api key, device_id, SHA-256 of the
 * description) in the same {@link #OPEN311_WINDOW_MINUTES}-minute bucket as the first
 * appeal or the next one (so always within 10 minutes, never after 20), held by the
 * primary key of {@code open311_retry_claim} (V17): each new appeal claims its bucket and
 * the next, and a concurrent retry fails on the claim and answers the first appeal.
 */
@Service
class FilingAppeal {

	static final int MAX_DESCRIPTION = 2000;

	static final int OPEN311_WINDOW_MINUTES = 10;

	static final String DISPATCHER = "派单规则";

	private final Appeals appeals;

	private final Categories categories;

	private final DispatchingAppeal dispatching;

	private final WorkingDays workingDays;

	private final Regions regions;

	private final EnterpriseRegistry registry;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final Clock clock;

	private final AppealClocks clocks;

	private final AttachingFiles attachments;

	private final JdbcTemplate jdbc;

	FilingAppeal(Appeals appeals, Categories categories, DispatchingAppeal dispatching, WorkingDays workingDays,
			Regions regions, EnterpriseRegistry registry, CurrentUser currentUser, AuditLog audit, AppealClocks clocks,
			AttachingFiles attachments, JdbcTemplate jdbc) {
		this.clocks = clocks;
		this.jdbc = jdbc;
		this.attachments = attachments;
		this.appeals = appeals;
		this.categories = categories;
		this.dispatching = dispatching;
		this.workingDays = workingDays;
		this.regions = regions;
		this.registry = registry;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = Clock.system(AppealMetrics.ZONE);
	}

	/** What an enterprise files. */
	record FilingRequest(String category, String description, String divisionCode, Double latitude, Double longitude,
			String address, List<String> coDivisions) {
	}

	/**
	 * The appeal, and whether this call created it (false: a retry answered with the
	 * first result).
	 */
	record Filed(Appeal appeal, AppealViews.Detail view, boolean created) {
	}

	@Transactional
	Filed fileForEnterprise(FilingRequest r, String idempotencyKey) {
		return fileForEnterprise(r, idempotencyKey, List.of());
	}

	/**
	 * Files with attachments: the files are checked with the other fields (a bad file
	 * files nothing) and stored in the same transaction as the appeal. A retry answers
	 * the first appeal and stores no file again.
	 */
	@Transactional
	Filed fileForEnterprise(FilingRequest r, String idempotencyKey, List<FileTransfer.Upload> files) {
		LianshangUser user = currentUser.get()
			.filter(u -> u.role() == Role.ENTERPRISE && u.uscc() != null)
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("enterprise only"));
		if (idempotencyKey != null) {
			if (idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
				throw InvalidInputException.of("Idempotency-Key", "appeals.idempotency-key");
			}
			// a plain probe of the unique index; the entity is loaded only for a retry
			List<Long> first = jdbc.queryForList("select id from appeal where account_id = ? and idempotency_key = ?",
					Long.class, user.accountId(), idempotencyKey);
			if (!first.isEmpty()) {
				return filed(appeals.findById(first.get(0)).orElseThrow(), false);
			}
		}
		Category category;
		List<AttachmentKind> kinds;
		try {
			category = validate(r.category(), r.description(), r.divisionCode(), r.latitude(), r.longitude(),
					r.address(), "category", "divisionCode");
		}
		catch (InvalidInputException e) {
			List<FieldProblem> problems = new ArrayList<>(e.problems());
			try {
				AttachingFiles.check("attachments", files);
			}
			catch (InvalidInputException f) {
				problems.addAll(f.problems());
			}
			throw new InvalidInputException(problems);
		}
		kinds = AttachingFiles.check("attachments", files);
		// the account's own enterprise (an enterprise account is bound to it): its facts,
		// one query
		EnterpriseFacts enterprise = registry.facts(user.uscc())
			.orElseThrow(() -> InvalidInputException.of("uscc", "appeals.enterprise.unknown", user.uscc()));
		Region location = regions.find(r.divisionCode()).orElseThrow();
		Appeal appeal = Appeal.file(new Appeal.Filing(Appeal.Source.API, category.code(), r.description().trim(),
				enterprise.uscc(), enterprise.name(), user.accountId(), idempotencyKey, null, null, null,
				location.code(), location.path(), r.latitude(), r.longitude(), trim(r.address())), now(),
				currentUser.actor());
		WorkingCalendar calendar = workingDays.calendar();
		dispatchByRules(appeal, category, enterprise.industryCode(), r.coDivisions(), calendar);
		Appeal saved = appeals.saveAndFlush(appeal);
		clocks.armFiled(saved, calendar);
		audit.record("appeal.file", "appeal", saved.id().toString(), null, saved.state());
		if (!files.isEmpty()) {
			attachments.store(saved, files, kinds);
		}
		return filed(saved, true);
	}

	/**
	 * The first appeal filed with this key, read in a new transaction (after a concurrent
	 * retry lost the race).
	 */
	@Transactional(readOnly = true)
	Optional<Filed> findRetry(long accountId, String idempotencyKey) {
		return appeals.findByAccountIdAndIdempotencyKey(accountId, idempotencyKey).map(a -> filed(a, false));
	}

	private Filed filed(Appeal a, boolean created) {
		return new Filed(a,
				AppealViews.detail(a, categories.findById(a.categoryCode()).map(Category::name).orElse(null)), created);
	}

	/** What an Open311 client files (already parsed; the api key already checked). */
	record Open311Filing(long keyId, String system, String serviceCode, String description, String jurisdiction,
			String divisionCode, Double latitude, Double longitude, String address, String deviceId, String uscc,
			String token) {
	}

	@Transactional
	Filed fileFromOpen311(Open311Filing f, Region location, Category category) {
		OffsetDateTime now = now();
		long bucket = bucket(now);
		String hash = f.deviceId() == null ? null : AttachingFiles.sha256(f.description().getBytes(UTF_8));
		if (f.deviceId() != null) {
			Optional<Filed> retry = claimed(f.keyId(), f.deviceId(), hash, bucket);
			if (retry.isPresent()) {
				return retry.get();
			}
		}
		EnterpriseView enterprise = f.uscc() == null ? null : registry.findOptional(f.uscc()).orElse(null);
		Appeal appeal = Appeal.file(
				new Appeal.Filing(Appeal.Source.OPEN311, category.code(), f.description(),
						enterprise == null ? f.uscc() : enterprise.uscc(),
						enterprise == null ? null : enterprise.name(), null, null, f.keyId(), f.deviceId(), f.token(),
						location.code(), location.path(), f.latitude(), f.longitude(), f.address()),
				now, "open311:" + f.system());
		WorkingCalendar calendar = workingDays.calendar();
		dispatchByRules(appeal, category, enterprise == null ? null : enterprise.industryCode(), List.of(), calendar);
		Appeal saved = appeals.saveAndFlush(appeal);
		if (f.deviceId() != null) {
			// the rule as a constraint: a concurrent retry fails here on the primary key
			// and rolls back its appeal
			for (long b = bucket; b <= bucket + 1; b++) {
				jdbc.update("insert into open311_retry_claim (open311_key_id, device_id, description_sha256, bucket, "
						+ "appeal_id) values (?, ?, ?, ?, ?)", f.keyId(), f.deviceId(), hash, b, saved.id());
			}
		}
		clocks.armFiled(saved, calendar);
		audit.recordAs("open311:" + f.system(), "appeal.file", "appeal", saved.id().toString(), null, saved.state());
		return filed(saved, true);
	}

	/**
	 * The appeal a concurrent retry created, read in a new transaction (after this one
	 * lost the race on the claim).
	 */
	@Transactional(readOnly = true)
	Optional<Filed> findOpen311Retry(Open311Filing f) {
		if (f.deviceId() == null) {
			return Optional.empty();
		}
		return claimed(f.keyId(), f.deviceId(), AttachingFiles.sha256(f.description().getBytes(UTF_8)), bucket(now()));
	}

	/**
	 * The first appeal whose claim covers this bucket or the next (the next: a concurrent
	 * retry that started in the following bucket won).
	 */
	private Optional<Filed> claimed(long keyId, String deviceId, String hash, long bucket) {
		List<Long> ids = jdbc.queryForList(
				"select appeal_id from open311_retry_claim where open311_key_id = ? and device_id = ? and "
						+ "description_sha256 = ? and bucket in (?, ?) order by bucket",
				Long.class, keyId, deviceId, hash, bucket, bucket + 1);
		return ids.isEmpty() ? Optional.empty() : appeals.findById(ids.get(0)).map(a -> filed(a, false));
	}

	/** The 10-minute bucket of an instant (UTC epoch seconds / 600). */
	static long bucket(OffsetDateTime t) {
		return Math.floorDiv(t.toEpochSecond(), OPEN311_WINDOW_MINUTES * 60L);
	}

	private void dispatchByRules(Appeal appeal, Category category, String industryCode, List<String> coDivisions,
			WorkingCalendar calendar) {
		Appeal.Assignee lead = dispatching.route(appeal.locationDivision(), category.code(), industryCode);
		List<Appeal.Assignee> co = dispatching.coHandlers(lead, appeal.locationDivision(), coDivisions, category.code(),
				industryCode);
		LocalDate acceptBy = calendar.addWorkingDays(
				appeal.filedAt().atZoneSameInstant(AppealMetrics.ZONE).toLocalDate(), category.acceptDays());
		appeal.dispatch(lead, co, acceptBy, appeal.filedAt(), DISPATCHER, null);
	}

	/** Checks the common fields; every problem is reported at once. */
	Category validate(String categoryCode, String description, String divisionCode, Double lat, Double lon,
			String address, String categoryField, String divisionField) {
		List<FieldProblem> problems = new ArrayList<>();
		Category category = null;
		if (categoryCode == null || categoryCode.isBlank()) {
			problems.add(new FieldProblem(categoryField, "appeals.required"));
		}
		else {
			category = categories.findById(categoryCode).orElse(null);
			if (category == null) {
				problems.add(new FieldProblem(categoryField, "appeals.category.unknown", categoryCode));
			}
		}
		if (description == null || description.isBlank()) {
			problems.add(new FieldProblem("description", "appeals.required"));
		}
		else if (description.trim().length() > MAX_DESCRIPTION) {
			problems.add(new FieldProblem("description", "appeals.description.too-long", MAX_DESCRIPTION));
		}
		if (divisionCode == null || divisionCode.isBlank()) {
			problems.add(new FieldProblem(divisionField, "appeals.required"));
		}
		else if (!regions.exists(divisionCode)) {
			problems.add(new FieldProblem(divisionField, "appeals.division.unknown", divisionCode));
		}
		if ((lat == null) != (lon == null)) {
			problems.add(new FieldProblem(lat == null ? "latitude" : "longitude", "appeals.coordinates.pair"));
		}
		if (lat != null && (lat < -90 || lat > 90 || lat.isNaN())) {
			problems.add(new FieldProblem("latitude", "appeals.coordinates.range"));
		}
		if (lon != null && (lon < -180 || lon > 180 || lon.isNaN())) {
			problems.add(new FieldProblem("longitude", "appeals.coordinates.range"));
		}
		if (address != null && address.length() > 200) {
			problems.add(new FieldProblem("address", "appeals.address.too-long", 200));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return category;
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
