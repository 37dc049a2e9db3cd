package cn.lianshang.appeals;

import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.appeals.model.AppealMetrics;
import cn.lianshang.appeals.model.AppealState;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.FileTransfer;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;

/**
 * Attachments of an appeal: at most {@link #MAX_FILES} files of at most
 * {@link #MAX_BYTES} bytes each, of the kinds {@link AttachmentKind} recognises by their
 * content (the name's extension must agree). Stored in the database with the appeal
 * (V17), so they are as durable as the appeal and every app node serves them. Who may
 * attach: the enterprise that filed the appeal, a handler who sees it (lead or
 * co-handling unit in the jurisdiction), an administrator; not once it is 办结. Who may
 * list and download: whoever may see the appeal; the scope is a condition of the query.
 * Uploads and downloads are audited ({@code appeal.attachment.add},
 * {@code appeal.attachment.download}).
 */
@Service
class AttachingFiles {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final int MAX_FILES = 10;

	static final int MAX_NAME = 200;

	private final AppealAttachments attachments;

	private final Appeals appeals;

	private final CurrentUser currentUser;

	private final Regions regions;

	private final AuditLog audit;

	AttachingFiles(AppealAttachments attachments, Appeals appeals, CurrentUser currentUser, Regions regions,
			AuditLog audit) {
		this.attachments = attachments;
		this.appeals = appeals;
		this.currentUser = currentUser;
		this.regions = regions;
		this.audit = audit;
	}

	/**
	 * Checks every file; all problems at once, each on field {@code field[i]}.
	 * @return the kinds, in order
	 */
	static List<AttachmentKind> check(String field, List<FileTransfer.Upload> uploads) {
		List<FieldProblem> problems = new ArrayList<>();
		List<AttachmentKind> kinds = new ArrayList<>();
		if (uploads.size() > MAX_FILES) {
			problems.add(new FieldProblem(field, "appeals.attachment.too-many", MAX_FILES));
		}
		for (int i = 0; i < uploads.size(); i++) {
			FileTransfer.Upload u = uploads.get(i);
			String f = uploads.size() == 1 ? field : field + "[" + i + "]";
			String name = cleanName(u.fileName());
			if (u.content() == null || u.content().length == 0) {
				problems.add(new FieldProblem(f, "appeals.attachment.empty", name));
				continue;
			}
			if (u.content().length > MAX_BYTES) {
				problems.add(new FieldProblem(f, "appeals.attachment.too-large", name, MAX_BYTES / (1024 * 1024)));
				continue;
			}
			Optional<AttachmentKind> sniffed = AttachmentKind.sniff(u.content());
			Optional<AttachmentKind> named = AttachmentKind.ofName(name);
			if (sniffed.isEmpty() || named.isEmpty()) {
				problems.add(new FieldProblem(f, "appeals.attachment.type", name, AttachmentKind.ALLOWED));
				continue;
			}
			if (sniffed.get() != named.get()) {
				problems.add(new FieldProblem(f, "appeals.attachment.mismatch", name, sniffed.get().extensions.get(0)));
				continue;
			}
			kinds.add(sniffed.get());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return kinds;
	}

	/** Attaches checked files to an appeal in the caller's transaction; audited. */
	List<AppealAttachment.View> store(Appeal appeal, List<FileTransfer.Upload> uploads, List<AttachmentKind> kinds) {
		long existing = attachments.countByAppealId(appeal.id());
		if (existing + uploads.size() > MAX_FILES) {
			throw InvalidInputException.of("file", "appeals.attachment.too-many", MAX_FILES);
		}
		List<AppealAttachment.View> views = new ArrayList<>();
		String actor = currentUser.actor();
		for (int i = 0; i < uploads.size(); i++) {
			FileTransfer.Upload u = uploads.get(i);
			AppealAttachment saved = attachments.save(new AppealAttachment(appeal.id(), cleanName(u.fileName()),
					kinds.get(i), u.content(), sha256(u.content()),
					OffsetDateTime.now(AppealMetrics.ZONE).truncatedTo(ChronoUnit.MICROS), actor));
			audit.record("appeal.attachment.add", "appeal", appeal.id().toString(), null, saved.fileName() + " ("
					+ saved.kind() + ", " + saved.sizeBytes() + " B, sha256 " + saved.sha256() + ")");
			views.add(view(saved));
		}
		attachments.flush();
		return views;
	}

	/** Adds files to an appeal the caller may see and act on. */
	@Transactional
	List<AppealAttachment.View> attach(long appealId, List<FileTransfer.Upload> uploads) {
		AppealScope s = scope();
		Appeal appeal = appeals.findScoped(appealId, s.all(), s.prefix(), s.uscc())
			.orElseThrow(() -> new NotFoundException("appeal", Long.toString(appealId)));
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("anonymous"));
		boolean allowed = switch (user.role()) {
			case ADMIN, HANDLER -> true;
			case ENTERPRISE -> user.uscc() != null && user.uscc().equals(appeal.uscc());
			default -> false;
		};
		if (!allowed) {
			throw new AccessDeniedException("attach to appeal " + appealId);
		}
		if (appeal.state() == AppealState.CLOSED) {
			throw InvalidInputException.of("file", "appeals.attachment.closed", appealId);
		}
		if (uploads.isEmpty()) {
			throw InvalidInputException.of("file", "appeals.required");
		}
		List<AttachmentKind> kinds = check("file", uploads);
		return store(appeal, uploads, kinds);
	}

	@Transactional(readOnly = true)
	List<AppealAttachment.View> list(long appealId) {
		AppealScope s = scope();
		return attachments.listScoped(appealId, s.all(), s.prefix(), s.uscc());
	}

	/** One file with its content, if the caller may see its appeal; audited. */
	@Transactional
	AppealAttachment download(long appealId, long attachmentId) {
		AppealScope s = scope();
		AppealAttachment a = attachments.findScoped(appealId, attachmentId, s.all(), s.prefix(), s.uscc())
			.orElseThrow(() -> new NotFoundException("attachment", appealId + "/" + attachmentId));
		a.content();
		audit.record("appeal.attachment.download", "appeal", Long.toString(appealId), null,
				a.fileName() + " (" + a.id() + ")");
		return a;
	}

	private AppealScope scope() {
		return AppealScope.of(currentUser.scope(), regions);
	}

	static AppealAttachment.View view(AppealAttachment a) {
		return new AppealAttachment.View(a.id(), a.appealId(), a.fileName(), a.kind(), a.mediaType(), a.sizeBytes(),
				a.sha256(), a.uploadedAt(), a.uploadedBy());
	}

	/**
	 * The name without any path, control characters or quotes, at most {@link #MAX_NAME}
	 * characters (keeping the extension).
	 */
	static String cleanName(String name) {
		String n = name == null ? "" : name;
		n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
		n = n.replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
		if (n.isEmpty()) {
			n = "file";
		}
		if (n.length() > MAX_NAME) {
			int dot = n.lastIndexOf('.');
			String ext = dot > 0 && n.length() - dot <= 6 ? n.substring(dot) : "";
			n = n.substring(0, MAX_NAME - ext.length()) + ext;
		}
		return n;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
