package cn.lianshang.metro.projects;

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

/** One progress report of a key project. */
@Entity
@Table(name = "metro_key_project_update")
class KeyProjectUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metro_key_project_update_seq")
	@SequenceGenerator(name = "metro_key_project_update_seq", sequenceName = "metro_key_project_update_seq",
			allocationSize = 50)
	private Long id;

	@Column(name = "project_id")
	private Long projectId;

	@Enumerated(EnumType.STRING)
	private ProjectStatus status;

	private Integer progress;

	private String note;

	private String actor;

	@Column(name = "updated_at")
	private OffsetDateTime at;

	protected KeyProjectUpdate() {
	}

	KeyProjectUpdate(Long projectId, ProjectStatus status, Integer progress, String note, String actor,
			OffsetDateTime at) {
		this.projectId = projectId;
		this.status = status;
		this.progress = progress;
		this.note = note;
		this.actor = actor;
		this.at = at;
	}

	/** A progress report as the API shows it. */
	public record View(ProjectStatus status, Integer progress, String note, String actor, OffsetDateTime at) {

	}

	View view() {
		return new View(status, progress, note, actor, at);
	}

}
