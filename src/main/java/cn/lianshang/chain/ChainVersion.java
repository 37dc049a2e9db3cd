package cn.lianshang.chain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One version of a chain's node set: who made it, when, why. Old versions are kept. */
@Entity
@Table(name = "chain_version")
class ChainVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chain_version_seq")
	@SequenceGenerator(name = "chain_version_seq", sequenceName = "chain_version_seq", allocationSize = 50)
	private Long id;

	@Column(name = "chain_code")
	private String chainCode;

	private int version;

	private String note;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	protected ChainVersion() {
	}

	ChainVersion(String chainCode, int version, String note, String createdBy, OffsetDateTime createdAt) {
		this.chainCode = chainCode;
		this.version = version;
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	ChainViews.VersionView view() {
		return new ChainViews.VersionView(version, note, createdBy, createdAt);
	}

}
