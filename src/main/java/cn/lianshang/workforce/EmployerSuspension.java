package cn.lianshang.workforce;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An employer whose jobs were suspended after unpaid-work reports; lifted by an
 * administrator. Reports made before the last lifting do not count again.
 */
@Entity
@Table(name = "employer_suspension")
class EmployerSuspension {

	@Id
	@Column(name = "employer_uscc")
	private String employerUscc;

	private int reports;

	@Column(name = "suspended_at")
	private OffsetDateTime suspendedAt;

	@Column(name = "lifted_at")
	private OffsetDateTime liftedAt;

	@Version
	private int version;

	protected EmployerSuspension() {
	}

	EmployerSuspension(String employerUscc) {
		this.employerUscc = employerUscc;
	}

	boolean active() {
		return suspendedAt != null && liftedAt == null;
	}

	/** Reports after this instant count toward a new suspension. */
	OffsetDateTime countFrom() {
		return liftedAt;
	}

	void suspend(int reports, OffsetDateTime now) {
		this.reports = reports;
		this.suspendedAt = now;
		this.liftedAt = null;
	}

	void lift(OffsetDateTime now) {
		this.liftedAt = now;
	}

	String employerUscc() {
		return employerUscc;
	}

	int reports() {
		return reports;
	}

	OffsetDateTime suspendedAt() {
		return suspendedAt;
	}

	OffsetDateTime liftedAt() {
		return liftedAt;
	}

}
