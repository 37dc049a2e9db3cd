package cn.lianshang.metro.projects;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A key project (重点项目) of the metropolitan area: what the seed documents say of it (a
 * verbatim quote and its file), its status and progress; {@link #update} keeps them
 * consistent.
 */
@Entity
@Table(name = "metro_key_project")
class KeyProject {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metro_key_project_seq")
	@SequenceGenerator(name = "metro_key_project_seq", sequenceName = "metro_key_project_seq", allocationSize = 50)
	private Long id;

	private String code;

	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "org_unit")
	private String orgUnit;

	private String sector;

	private BigDecimal investment;

	@Column(name = "start_year")
	private Integer startYear;

	@Column(name = "finish_year")
	private Integer finishYear;

	@Enumerated(EnumType.STRING)
	private ProjectStatus status;

	private Integer progress;

	@Column(name = "source_file")
	private String sourceFile;

	private String quote;

	private boolean demo;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private int version;

	protected KeyProject() {
	}

	KeyProject(String code, String name, String nameEn, String orgUnit, String sector, BigDecimal investment,
			Integer startYear, Integer finishYear, ProjectStatus status, Integer progress, String sourceFile,
			String quote, boolean demo, OffsetDateTime now) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.orgUnit = orgUnit;
		this.sector = sector;
		this.investment = investment;
		this.startYear = startYear;
		this.finishYear = finishYear;
		this.status = status;
		this.progress = progress;
		this.sourceFile = sourceFile;
		this.quote = quote;
		this.demo = demo;
		this.updatedAt = now;
	}

	/**
	 * Records new status and progress. A completed project is at 100 %; progress only
	 * falls back with a note saying why.
	 * @return the problem code if the move is refused, else null
	 */
	String update(ProjectStatus newStatus, Integer newProgress, String note, OffsetDateTime now) {
		Integer p = newProgress == null && newStatus == ProjectStatus.COMPLETED ? Integer.valueOf(100) : newProgress;
		if (p != null && progress != null && p < progress && (note == null || note.isBlank())) {
			return "metro.project.progress-backwards";
		}
		this.status = newStatus;
		this.progress = p;
		this.updatedAt = now;
		return null;
	}

	Long id() {
		return id;
	}

	String code() {
		return code;
	}

	String orgUnit() {
		return orgUnit;
	}

	Integer progress() {
		return progress;
	}

	KeyProjectView view(String orgUnitName) {
		return new KeyProjectView(code, name, nameEn, orgUnit, orgUnitName, sector, investment, startYear, finishYear,
				status, progress, sourceFile, quote, demo, updatedAt);
	}

}
