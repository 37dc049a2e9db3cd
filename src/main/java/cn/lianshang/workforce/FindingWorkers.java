package cn.lianshang.workforce;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.matching.Matching;
import cn.lianshang.matching.model.Match;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.workforce.WorkforceRanking.Opening;
import cn.lianshang.workforce.WorkforceRanking.Seeker;
import cn.lianshang.workforce.WorkforceViews.ExplanationView;
import cn.lianshang.workforce.WorkforceViews.JobMatch;
import cn.lianshang.workforce.WorkforceViews.ResidentMatch;

/**
 * Matches both ways. Retrieval is one SQL query with the hard filters (a skill of the job
 * or its family, every required certificate, an open job not yet over) inside a bounding
 * box, nearest first; the {@code lianshang.workforce.candidates} nearest are then ranked
 * by {@link WorkforceRanking} with explanations.
 * <p>
 * Who may ask: residents for a job — the employer, an administrator, or a handler whose
 * jurisdiction holds the job; jobs for a resident — the resident, an administrator, or a
 * handler whose jurisdiction holds the resident's community.
 */
@Service
class FindingWorkers {

	private final Jobs jobs;

	private final Residents residents;

	private final NamedParameterJdbcTemplate sql;

	private final Matching matching;

	private final Catalog catalog;

	private final WorkforceRanking ranking;

	private final WorkforceSettings settings;

	private final CurrentUser currentUser;

	private final Regions regions;

	private final Presenter presenter;

	FindingWorkers(Jobs jobs, Residents residents, NamedParameterJdbcTemplate sql, Matching matching, Catalog catalog,
			WorkforceSettings settings, CurrentUser currentUser, Regions regions, Presenter presenter) {
		this.jobs = jobs;
		this.residents = residents;
		this.sql = sql;
		this.matching = matching;
		this.catalog = catalog;
		this.ranking = new WorkforceRanking(catalog.skills(), catalog.certificates());
		this.settings = settings;
		this.currentUser = currentUser;
		this.regions = regions;
		this.presenter = presenter;
	}

	@Transactional(readOnly = true)
	List<ResidentMatch> residentsFor(long jobId, int limit) {
		Job job = jobs.findById(jobId).orElseThrow(() -> new NotFoundException("job", String.valueOf(jobId)));
		mayMatchJob(job);
		List<Match> ranked = rankResidents(job, limit);
		Map<String, Resident> byId = residents
			.findAllById(ranked.stream().map(m -> Long.valueOf(m.candidateId())).toList())
			.stream()
			.collect(Collectors.toMap(r -> String.valueOf(r.id()), Function.identity()));
		return ranked.stream().map(m -> {
			Resident r = byId.get(m.candidateId());
			return new ResidentMatch(r.id(), Presenter.masked(r.displayName()), presenter.placeName(r.communityCode()),
					List.copyOf(r.skills()), m.score(), m.distanceKm(), ExplanationView.of(m.explanation()));
		}).toList();
	}

	@Transactional(readOnly = true)
	List<JobMatch> jobsFor(long residentId, int limit) {
		Resident r = residents.findWithProfileById(residentId)
			.orElseThrow(() -> new NotFoundException("resident", String.valueOf(residentId)));
		mayMatchResident(r);
		return jobsFor(r, limit);
	}

	/**
	 * "Jobs near me" as served: two queries — the candidate jobs with every column the
	 * ranking and the result need ({@link #servedJobs}), and their skills and
	 * certificates in one — then the ranking; no entity is loaded. Equals
	 * {@link #jobsForReference} (WorkforceRetrievalTests).
	 */
	List<JobMatch> jobsFor(Resident r, int limit) {
		List<Served> served = servedJobs(r, settings.candidates());
		Map<String, Served> byId = new java.util.HashMap<>();
		List<Opening> openings = new java.util.ArrayList<>(served.size());
		for (Served s : served) {
			byId.put(s.opening().id(), s);
			openings.add(s.opening());
		}
		return ranking.jobsFor(seeker(r), openings, limit).stream().map(m -> {
			Served j = byId.get(m.candidateId());
			return new JobMatch(Long.parseLong(m.candidateId()), j.title(), j.opening().employerUscc(),
					j.employerName(), j.employerVerified(), m.score(), m.distanceKm(),
					ExplanationView.of(m.explanation()));
		}).toList();
	}

	/**
	 * "Jobs near me" the way it was served before (ids, then the openings in three
	 * queries, then the shown jobs as entities): the reference
	 * {@link #jobsFor(Resident, int)} equals.
	 */
	List<JobMatch> jobsForReference(Resident r, int limit) {
		List<Match> ranked = ranking.jobsFor(seeker(r), openings(candidateJobsOneBox(r, settings.candidates())), limit);
		Map<String, Job> byId = jobs.findAllById(ranked.stream().map(m -> Long.valueOf(m.candidateId())).toList())
			.stream()
			.collect(Collectors.toMap(j -> String.valueOf(j.id()), Function.identity()));
		return ranked.stream().map(m -> {
			Job j = byId.get(m.candidateId());
			return new JobMatch(j.id(), j.title(), j.employerUscc(), j.employerName(), j.employerVerified(), m.score(),
					m.distanceKm(), ExplanationView.of(m.explanation()));
		}).toList();
	}

	private void mayMatchJob(Job job) {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		boolean ok = switch (user.role()) {
			case ADMIN -> true;
			case ENTERPRISE -> job.employerUscc().equals(user.uscc());
			case HANDLER -> user.jurisdiction() != null && regions.isWithin(job.divisionCode(), user.jurisdiction());
			default -> false;
		};
		if (!ok) {
			throw new AccessDeniedException("not this job's employer or station");
		}
	}

	private void mayMatchResident(Resident r) {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		boolean ok = switch (user.role()) {
			case ADMIN -> true;
			case RESIDENT -> r.accountId() != null && r.accountId() == user.accountId();
			case HANDLER -> user.jurisdiction() != null && regions.isWithin(r.communityCode(), user.jurisdiction());
			default -> false;
		};
		if (!ok) {
			throw new AccessDeniedException("not this resident");
		}
	}

	// ---------------------------------------------------------------- retrieval

	/**
	 * Residents passing the hard filters, nearest first, within the bounding box of the
	 * search radius; searched ring by ring ({@link #nearest}).
	 */
	List<Long> candidateResidents(Job job, int limit) {
		return nearest(job.latitude(), job.longitude(), settings.searchRadiusKm(), limit, p -> residentQuery(job, p));
	}

	/** {@link #candidateResidents} in one query over the whole box (the reference). */
	List<Long> candidateResidentsOneBox(Job job, int limit) {
		return ids(
				oneBox(job.latitude(), job.longitude(), settings.searchRadiusKm(), limit, p -> residentQuery(job, p)));
	}

	private String residentQuery(Job job, MapSqlParameterSource p) {
		StringBuilder q = new StringBuilder("select r.id, " + D2.formatted("r") + " as d2 from resident r"
				+ " where r.latitude between :minLat and :maxLat and r.longitude between :minLon and :maxLon");
		if (!job.skills().isEmpty()) {
			// a probe of the primary key of resident_skill per resident of the box: the
			// rings keep the box small (driven by resident_lat_lon_idx)
			q.append(" and exists (select 1 from resident_skill s where s.resident_id = r.id"
					+ " and s.skill_code in (:skills))");
			p.addValue("skills", catalog.withFamilies(job.skills()));
		}
		if (!job.certificates().isEmpty()) {
			q.append(" and (select count(*) from resident_certificate c where c.resident_id = r.id"
					+ " and c.certificate_code in (:certs)) = :certCount");
			p.addValue("certs", job.certificates()).addValue("certCount", job.certificates().size());
		}
		return q.append(" order by d2, r.id limit :limit").toString();
	}

	/**
	 * Open jobs not yet over passing the hard filters, nearest first; searched ring by
	 * ring ({@link #nearest}).
	 */
	List<Long> candidateJobs(Resident r, int limit) {
		return nearest(r.latitude(), r.longitude(), jobRadius(r), limit, p -> jobQuery(r, p));
	}

	/**
	 * A candidate job as read for "jobs near me": what the ranking and the result need.
	 */
	record Served(Opening opening, String title, String employerName, boolean employerVerified) {

	}

	/**
	 * The candidate jobs of "jobs near me": the rows of {@link #candidateJobsOneBox},
	 * same order, read with the columns of {@link #openings} and of the result in the
	 * same query (one query over the whole box: jobs are ten times fewer than residents
	 * and a resident's hard filters leave fewer than the candidates wanted in most boxes,
	 * 96 of 200 on average in the 30,000 benchmark, so the smaller rings would only add
	 * queries); skills and certificates of all of them in one more query.
	 */
	List<Served> servedJobs(Resident r, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		MapSqlParameterSource p = new MapSqlParameterSource();
		String q = servedQuery(r, limit, p);
		Converters.Shifts shifts = new Converters.Shifts();
		List<Row> rows = sql.query(q, p, (rs, i) -> {
			Set<Shift> s = shifts.convertToEntityAttribute(rs.getString(9));
			return new Row(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getDouble(6),
					rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(), s,
					dailyPay(rs.getString(10), rs.getBigDecimal(11), s), rs.getString(12), rs.getString(13),
					rs.getBoolean(14));
		});
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Set<String>> skills = new java.util.HashMap<>();
		Map<Long, Set<String>> certs = new java.util.HashMap<>();
		sql.query(
				"select job_id, 0, skill_code from job_skill where job_id in (:ids) union all"
						+ " select job_id, 1, certificate_code from job_certificate where job_id in (:ids)",
				new MapSqlParameterSource("ids", rows.stream().map(Row::id).toList()), rs -> {
					(rs.getInt(2) == 0 ? skills : certs).computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>())
						.add(rs.getString(3));
				});
		return rows.stream()
			.map(j -> new Served(new Opening(String.valueOf(j.id()), j.employerUscc(),
					skills.getOrDefault(j.id(), Set.of()), certs.getOrDefault(j.id(), Set.of()),
					matching.place(j.divisionCode(), j.latitude(), j.longitude()), j.start(), j.end(), j.shifts(),
					j.dailyPay()), j.title(), j.employerName(), j.employerVerified()))
			.toList();
	}

	private record Row(long id, String employerUscc, String divisionCode, double latitude, double longitude,
			java.time.LocalDate start, java.time.LocalDate end, Set<Shift> shifts, java.math.BigDecimal dailyPay,
			String title, String employerName, boolean employerVerified) {

	}

	/**
	 * The first query of {@link #servedJobs}, its parameters put in {@code p} (also read
	 * by the benchmark for the plan).
	 */
	String servedQuery(Resident r, int limit, MapSqlParameterSource p) {
		p.addValues(box(r.latitude(), r.longitude(), jobRadius(r)).getValues());
		p.addValue("limit", limit);
		return jobQuery(r, p, SERVED_COLUMNS);
	}

	/** The columns "jobs near me" reads besides id and d2 (in this order). */
	static final String SERVED_COLUMNS = ", j.employer_uscc, j.division_code, j.latitude, j.longitude, j.start_date,"
			+ " j.end_date, j.shifts, j.pay_type, j.pay_amount, j.title, j.employer_name, j.employer_verified";

	/** The pay of one day, as {@link Job#dailyEquivalent}. */
	static java.math.BigDecimal dailyPay(String payType, java.math.BigDecimal amount, Set<Shift> shifts) {
		return PayType.valueOf(payType) == PayType.DAILY ? amount
				: amount.multiply(java.math.BigDecimal.valueOf(shifts.stream().mapToInt(Shift::hours).max().orElse(8)));
	}

	/** {@link #candidateJobs} in one query over the whole box (the reference). */
	List<Long> candidateJobsOneBox(Resident r, int limit) {
		return ids(oneBox(r.latitude(), r.longitude(), jobRadius(r), limit, p -> jobQuery(r, p)));
	}

	private double jobRadius(Resident r) {
		return Math.min(settings.searchRadiusKm(), r.maxTravelKm() * WorkforceRanking.TRAVEL_SLACK * 1.5);
	}

	private String jobQuery(Resident r, MapSqlParameterSource p) {
		return jobQuery(r, p, "");
	}

	private String jobQuery(Resident r, MapSqlParameterSource p, String columns) {
		p.addValue("today", Matching.today());
		StringBuilder q = new StringBuilder("select j.id, " + D2.formatted("j") + " as d2" + columns + " from job j"
				+ " where j.status = 'OPEN' and j.end_date >= :today"
				+ " and j.latitude between :minLat and :maxLat and j.longitude between :minLon and :maxLon");
		Set<String> skills = catalog.withFamilies(r.skills());
		if (skills.isEmpty()) {
			q.append(" and not exists (select 1 from job_skill s where s.job_id = j.id)");
		}
		else {
			q.append(" and (not exists (select 1 from job_skill s where s.job_id = j.id)"
					+ " or exists (select 1 from job_skill s where s.job_id = j.id and s.skill_code in (:skills)))");
			p.addValue("skills", skills);
		}
		if (r.certificates().isEmpty()) {
			q.append(" and not exists (select 1 from job_certificate c where c.job_id = j.id)");
		}
		else {
			q.append(" and not exists (select 1 from job_certificate c where c.job_id = j.id"
					+ " and c.certificate_code not in (:certs))");
			p.addValue("certs", r.certificates());
		}
		return q.append(" order by d2, j.id limit :limit").toString();
	}

	/** The projected squared distance in degrees of latitude, the order of retrieval. */
	static final String D2 = "(%1$s.latitude - :lat) * (%1$s.latitude - :lat)"
			+ " + (%1$s.longitude - :lon) * (%1$s.longitude - :lon) * :cos2";

	/** The first ring is the radius divided by this; each next ring doubles it. */
	static final int FIRST_RING_DIVISOR = 4;

	private record Near(long id, double d2) {

	}

	/**
	 * The {@code limit} nearest rows of the whole box of {@code radiusKm}, found ring by
	 * ring: boxes of a quarter, half and all of the radius. A smaller box is enough when
	 * it yields {@code limit} rows of which the farthest is within the ring's radius: a
	 * row outside that box is farther than the ring's radius in the same projected
	 * distance, so neither it nor a tie can come before those rows — the result equals
	 * the whole box's ({@link #oneBox}; compared in WorkforceRetrievalTests). Near
	 * candidates are dense where people live, so most searches read a small box.
	 */
	private List<Long> nearest(double lat, double lon, double radiusKm, int limit,
			Function<MapSqlParameterSource, String> query) {
		double ring = radiusKm / FIRST_RING_DIVISOR;
		while (ring < radiusKm) {
			List<Near> rows = oneBox(lat, lon, ring, limit, query);
			double reach = ring / 111.0;
			// a relative margin against rounding at the edge of the box
			if (rows.size() >= limit && rows.get(rows.size() - 1).d2() <= reach * reach * (1 - 1e-9)) {
				return ids(rows);
			}
			ring *= 2;
		}
		return ids(oneBox(lat, lon, radiusKm, limit, query));
	}

	private List<Near> oneBox(double lat, double lon, double radiusKm, int limit,
			Function<MapSqlParameterSource, String> query) {
		if (limit <= 0) {
			return List.of();
		}
		MapSqlParameterSource p = box(lat, lon, radiusKm);
		String q = query.apply(p);
		p.addValue("limit", limit);
		return sql.query(q, p, (rs, i) -> new Near(rs.getLong(1), rs.getDouble(2)));
	}

	private static List<Long> ids(List<Near> rows) {
		return rows.stream().map(Near::id).toList();
	}

	static MapSqlParameterSource box(double lat, double lon, double radiusKm) {
		double dLat = radiusKm / 111.0;
		double cos = Math.max(0.1, Math.cos(Math.toRadians(lat)));
		double dLon = radiusKm / (111.0 * cos);
		return new MapSqlParameterSource().addValue("lat", lat)
			.addValue("lon", lon)
			.addValue("cos2", cos * cos)
			.addValue("minLat", lat - dLat)
			.addValue("maxLat", lat + dLat)
			.addValue("minLon", lon - dLon)
			.addValue("maxLon", lon + dLon);
	}

	// ---------------------------------------------------------------- to the model

	Seeker seeker(Resident r) {
		return new Seeker(String.valueOf(r.id()), Set.copyOf(r.skills()), Set.copyOf(r.certificates()),
				matching.place(r.communityCode(), r.latitude(), r.longitude()), r.maxTravelKm(), r.availableDays(),
				r.availableShifts(), r.expectedDailyWage());
	}

	Opening opening(Job j) {
		return new Opening(String.valueOf(j.id()), j.employerUscc(), Set.copyOf(j.skills()),
				Set.copyOf(j.certificates()), matching.place(j.divisionCode(), j.latitude(), j.longitude()),
				j.startDate(), j.endDate(), j.shifts(), j.dailyEquivalent());
	}

	/** The ranked residents for a job, without the access check. */
	List<Match> rankResidents(Job job, int limit) {
		return ranking.residentsFor(opening(job), seekers(candidateResidents(job, settings.candidates())), limit);
	}

	// ---------------------------------------------------------------- candidates read in
	// bulk

	/**
	 * Candidates as the model sees them, read with three plain queries (no entities: the
	 * candidates are many and only the best few are shown).
	 */
	List<Seeker> seekers(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource p = new MapSqlParameterSource("ids", ids);
		Map<Long, Set<String>> skills = codes(
				"select resident_id, skill_code from resident_skill where resident_id in (:ids)", p);
		Map<Long, Set<String>> certs = codes(
				"select resident_id, certificate_code from resident_certificate where resident_id in (:ids)", p);
		Converters.Days days = new Converters.Days();
		Converters.Shifts shifts = new Converters.Shifts();
		return sql.query("select id, community_code, latitude, longitude, max_travel_km, available_days,"
				+ " available_shifts, expected_daily_wage from resident where id in (:ids)", p, (rs, i) -> {
					long id = rs.getLong(1);
					return new Seeker(String.valueOf(id), skills.getOrDefault(id, Set.of()),
							certs.getOrDefault(id, Set.of()),
							matching.place(rs.getString(2), rs.getDouble(3), rs.getDouble(4)), rs.getInt(5),
							days.convertToEntityAttribute(rs.getString(6)),
							shifts.convertToEntityAttribute(rs.getString(7)), rs.getBigDecimal(8));
				});
	}

	List<Opening> openings(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource p = new MapSqlParameterSource("ids", ids);
		Map<Long, Set<String>> skills = codes("select job_id, skill_code from job_skill where job_id in (:ids)", p);
		Map<Long, Set<String>> certs = codes(
				"select job_id, certificate_code from job_certificate where job_id in (:ids)", p);
		Converters.Shifts shifts = new Converters.Shifts();
		return sql.query("select id, employer_uscc, division_code, latitude, longitude, start_date, end_date, shifts,"
				+ " pay_type, pay_amount from job where id in (:ids)", p, (rs, i) -> {
					long id = rs.getLong(1);
					Set<Shift> s = shifts.convertToEntityAttribute(rs.getString(8));
					java.math.BigDecimal daily = dailyPay(rs.getString(9), rs.getBigDecimal(10), s);
					return new Opening(String.valueOf(id), rs.getString(2), skills.getOrDefault(id, Set.of()),
							certs.getOrDefault(id, Set.of()),
							matching.place(rs.getString(3), rs.getDouble(4), rs.getDouble(5)),
							rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), s, daily);
				});
	}

	private Map<Long, Set<String>> codes(String query, MapSqlParameterSource p) {
		Map<Long, Set<String>> out = new java.util.HashMap<>();
		sql.query(query, p, rs -> {
			out.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>()).add(rs.getString(2));
		});
		return out;
	}

}
