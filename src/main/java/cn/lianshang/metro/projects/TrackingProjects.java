package cn.lianshang.metro.projects;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.metro.data.OrgUnits;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;

/**
 * The register of key projects: those the seed documents name
 * ({@code metro/projects.csv}, each with its verbatim quote) are registered on start if
 * missing; progress reports change status and progress, keep their history and are
 * audited.
 */
@Service
public class TrackingProjects {

	/** The sectors, in the order the pages offer them. */
	public static final List<String> SECTORS = List.of("RAIL", "ROAD", "AVIATION", "URBAN", "ECOLOGY", "INDUSTRY",
			"SPORTS");

	static final int MAX_NOTE = 1000;

	/** A progress report as entered. */
	public record Report(ProjectStatus status, Integer progress, String note) {

	}

	private final KeyProjects projects;

	private final KeyProjectUpdates updates;

	private final OrgUnits units;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	TrackingProjects(KeyProjects projects, KeyProjectUpdates updates, OrgUnits units, AuditLog audit,
			CurrentUser currentUser) {
		this.projects = projects;
		this.updates = updates;
		this.units = units;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/**
	 * Registers the projects of {@code metro/projects.csv} that are not registered yet.
	 */
	@Transactional
	public int registerFromSeeds() throws IOException {
		Set<String> known = new HashSet<>(projects.findAllCodes());
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		int added = 0;
		OffsetDateTime now = OffsetDateTime.now();
		try (Reader in = new InputStreamReader(new ClassPathResource("metro/projects.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord r : format.parse(in)) {
				if (known.contains(r.get("code"))) {
					continue;
				}
				if (!units.exists(r.get("orgUnit")) || !SECTORS.contains(r.get("sector"))) {
					throw new IllegalStateException("projects.csv: bad org unit or sector in " + r.get("code"));
				}
				KeyProject p = projects.save(new KeyProject(r.get("code"), r.get("name"), r.get("nameEn"),
						r.get("orgUnit"), r.get("sector"), decimal(r.get("investment")), integer(r.get("startYear")),
						integer(r.get("finishYear")), ProjectStatus.valueOf(r.get("status")),
						integer(r.get("progress")), r.get("sourceFile"), r.get("quote"), false, now));
				audit.recordAs("system", "metro.project.register", "metro_key_project", p.code(), null,
						p.view(units.name(r.get("orgUnit"))));
				added++;
			}
		}
		return added;
	}

	/** Registers a demo project (marked as demo). */
	@Transactional
	public KeyProjectView registerDemo(String code, String name, String nameEn, String orgUnit, String sector,
			BigDecimal investment, int startYear, int finishYear, ProjectStatus status, int progress) {
		KeyProject p = projects.save(new KeyProject(code, name, nameEn, orgUnit, sector, investment, startYear,
				finishYear, status, progress, null, null, true, OffsetDateTime.now()));
		KeyProjectView view = p.view(units.name(orgUnit));
		audit.record("metro.project.register", "metro_key_project", code, null, view);
		return view;
	}

	@Transactional(readOnly = true)
	public boolean exists(String code) {
		return projects.findByCode(code).isPresent();
	}

	@Transactional(readOnly = true)
	public Page<KeyProjectView> search(ProjectStatus status, String orgUnit, String sector, Pageable pageable) {
		return projects.search(status, blankToNull(orgUnit), blankToNull(sector), pageable)
			.map(p -> p.view(units.name(p.orgUnit())));
	}

	@Transactional(readOnly = true)
	public KeyProjectView find(String code) {
		KeyProject p = load(code);
		return p.view(units.name(p.orgUnit()));
	}

	@Transactional(readOnly = true)
	public List<KeyProjectUpdate.View> history(String code) {
		return updates.findByProjectIdOrderByAtAscIdAsc(load(code).id()).stream().map(KeyProjectUpdate::view).toList();
	}

	/** Records a progress report; 400 with every problem if it is not sound. */
	@Transactional
	public KeyProjectView report(String code, Report report) {
		KeyProject p = load(code);
		List<FieldProblem> problems = new ArrayList<>();
		if (report.status() == null) {
			problems.add(new FieldProblem("status", "metro.project.status-required"));
		}
		if (report.progress() != null && (report.progress() < 0 || report.progress() > 100)) {
			problems.add(new FieldProblem("progress", "metro.project.progress"));
		}
		if (report.note() != null && report.note().length() > MAX_NOTE) {
			problems.add(new FieldProblem("note", "metro.project.note.too-long", String.valueOf(MAX_NOTE)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Integer before = p.progress();
		KeyProjectView old = p.view(units.name(p.orgUnit()));
		OffsetDateTime now = OffsetDateTime.now();
		String refused = p.update(report.status(), report.progress(), report.note(), now);
		if (refused != null) {
			throw InvalidInputException.of("progress", refused, String.valueOf(before),
					String.valueOf(report.progress()));
		}
		String note = report.note() == null || report.note().isBlank() ? null : report.note().trim();
		updates.save(new KeyProjectUpdate(p.id(), report.status(), p.progress(), note, currentUser.actor(), now));
		KeyProjectView view = p.view(old.orgUnitName());
		audit.record("metro.project.progress", "metro_key_project", code, old, view);
		return view;
	}

	private KeyProject load(String code) {
		return projects.findByCode(code).orElseThrow(() -> new NotFoundException("key project", code));
	}

	private static BigDecimal decimal(String s) {
		return s == null || s.isBlank() ? null : new BigDecimal(s);
	}

	private static Integer integer(String s) {
		return s == null || s.isBlank() ? null : Integer.valueOf(s);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
