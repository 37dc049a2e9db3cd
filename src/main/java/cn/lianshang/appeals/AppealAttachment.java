package cn.lianshang.appeals;

import java.time.OffsetDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A file attached to an appeal, stored in the database ({@code appeal_attachment}, V17)
 * with its kind as sniffed from the content, its size and SHA-256.
 */
@Entity
@Table(name = "appeal_attachment")
class AppealAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_attachment_seq")
	@SequenceGenerator(name = "appeal_attachment_seq", sequenceName = "appeal_attachment_seq", allocationSize = 50)
	private Long id;

	@Column(name = "appeal_id")
	private long appealId;

	@Column(name = "file_name")
	private String fileName;

	@Enumerated(EnumType.STRING)
	private AttachmentKind kind;

	@Column(name = "media_type")
	private String mediaType;

	@Column(name = "size_bytes")
	private int sizeBytes;

	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	@Column(name = "uploaded_at")
	private OffsetDateTime uploadedAt;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	protected AppealAttachment() {
	}

	AppealAttachment(long appealId, String fileName, AttachmentKind kind, byte[] content, String sha256,
			OffsetDateTime uploadedAt, String uploadedBy) {
		this.appealId = appealId;
		this.fileName = fileName;
		this.kind = kind;
		this.mediaType = kind.mediaType;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.content = content;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	Long id() {
		return id;
	}

	long appealId() {
		return appealId;
	}

	String fileName() {
		return fileName;
	}

	AttachmentKind kind() {
		return kind;
	}

	String mediaType() {
		return mediaType;
	}

	int sizeBytes() {
		return sizeBytes;
	}

	String sha256() {
		return sha256;
	}

	byte[] content() {
		return content;
	}

	OffsetDateTime uploadedAt() {
		return uploadedAt;
	}

	String uploadedBy() {
		return uploadedBy;
	}

	/** What lists and the API show (never the content). */
	record View(long id, long appealId, String fileName, AttachmentKind kind, String mediaType, int sizeBytes,
			String sha256, OffsetDateTime uploadedAt, String uploadedBy) {
	}

}
