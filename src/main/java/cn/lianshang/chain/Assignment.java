package cn.lianshang.chain;

import java.time.OffsetDateTime;

import cn.lianshang.shared.web.ConflictException;
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
 * An enterprise on a chain node: suggested by the platform, then confirmed or rejected by
 * a chain officer; a confirmed enterprise may be marked a lead firm (链主). The
 * enterprise's name, division and coordinates are copied when it is suggested, so that
 * scoping and the map need no registry read.
 */
@Entity
@Table(name = "chain_assignment")
class Assignment {

	enum Status {

		SUGGESTED, CONFIRMED, REJECTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chain_assignment_seq")
	@SequenceGenerator(name = "chain_assignment_seq", sequenceName = "chain_assignment_seq", allocationSize = 50)
	private Long id;

	@Column(name = "chain_code")
	private String chainCode;

	@Column(name = "node_code")
	private String nodeCode;

	private String uscc;

	@Column(name = "enterprise_name")
	private String enterpriseName;

	@Column(name = "industry_code")
	private String industryCode;

	@Column(name = "division_code")
	private String divisionCode;

	@Column(name = "division_path")
	private String divisionPath;

	private Double latitude;

	private Double longitude;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "lead_firm")
	private boolean leadFirm;

	/** False while the enterprise is not 存续 (ACTIVE) in the registry. */
	@Column(name = "enterprise_active")
	private boolean enterpriseActive = true;

	private String reason;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private OffsetDateTime decidedAt;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Version
	private int version;

	protected Assignment() {
	}

	Assignment(String chainCode, String nodeCode, String uscc, String enterpriseName, String industryCode,
			String divisionCode, String divisionPath, Double latitude, Double longitude, String reason,
			OffsetDateTime now) {
		this.chainCode = chainCode;
		this.nodeCode = nodeCode;
		this.uscc = uscc;
		this.enterpriseName = enterpriseName;
		this.industryCode = industryCode;
		this.divisionCode = divisionCode;
		this.divisionPath = divisionPath;
		this.latitude = latitude;
		this.longitude = longitude;
		this.reason = reason.length() > 300 ? reason.substring(0, 300) : reason;
		this.status = Status.SUGGESTED;
		this.createdAt = now;
	}

	void confirm(String actor, OffsetDateTime now) {
		if (status == Status.CONFIRMED) {
			throw new ConflictException("chain.assignment.transition", id, status, "confirm");
		}
		status = Status.CONFIRMED;
		decidedBy = actor;
		decidedAt = now;
	}

	void reject(String actor, OffsetDateTime now) {
		if (status == Status.REJECTED) {
			throw new ConflictException("chain.assignment.transition", id, status, "reject");
		}
		status = Status.REJECTED;
		leadFirm = false;
		decidedBy = actor;
		decidedAt = now;
	}

	/** Only a confirmed enterprise can be a lead firm. */
	void markLeadFirm(boolean lead, String actor, OffsetDateTime now) {
		if (status != Status.CONFIRMED) {
			throw new ConflictException("chain.assignment.transition", id, status, "lead");
		}
		leadFirm = lead;
		decidedBy = actor;
		decidedAt = now;
	}

	/**
	 * Copies the registry's current facts of the enterprise; returns whether anything
	 * changed.
	 */
	boolean follow(String name, String industryCode, String divisionCode, String divisionPath, Double latitude,
			Double longitude, boolean active) {
		boolean changed = !java.util.Objects.equals(this.enterpriseName, name)
				|| !java.util.Objects.equals(this.industryCode, industryCode)
				|| !java.util.Objects.equals(this.divisionCode, divisionCode)
				|| !java.util.Objects.equals(this.divisionPath, divisionPath)
				|| !java.util.Objects.equals(this.latitude, latitude)
				|| !java.util.Objects.equals(this.longitude, longitude) || this.enterpriseActive != active;
		this.enterpriseName = name;
		this.industryCode = industryCode;
		this.divisionCode = divisionCode;
		this.divisionPath = divisionPath;
		this.latitude = latitude;
		this.longitude = longitude;
		this.enterpriseActive = active;
		return changed;
	}

	boolean enterpriseActive() {
		return enterpriseActive;
	}

	String reason() {
		return reason;
	}

	Long id() {
		return id;
	}

	String chainCode() {
		return chainCode;
	}

	String nodeCode() {
		return nodeCode;
	}

	String uscc() {
		return uscc;
	}

	Status status() {
		return status;
	}

	boolean leadFirm() {
		return leadFirm;
	}

	String divisionCode() {
		return divisionCode;
	}

	String divisionPath() {
		return divisionPath;
	}

	ChainViews.AssignmentView view() {
		return new ChainViews.AssignmentView(id, chainCode, nodeCode, uscc, enterpriseName, industryCode, divisionCode,
				latitude, longitude, status.name(), leadFirm, reason, decidedBy, decidedAt, enterpriseActive);
	}

}
