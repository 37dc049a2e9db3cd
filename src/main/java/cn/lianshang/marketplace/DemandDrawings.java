package cn.lianshang.marketplace;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.shared.web.FileTransfer;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;

/**
 * The drawings of a demand (图纸): its owner (the enterprise's account, or an
 * administrator) attaches up to {@link #MAX_FILES} files of at most {@link #MAX_BYTES}
 * each while the demand is open, of a {@link DrawingKind} that the content shows and the
 * name's extension agrees with; every signed-in user who may see the demand (any
 * signed-in account: demands are shown to all suppliers) lists them and downloads them.
 * Attaching and each download are audited, so an owner can tell who took its drawings.
 */
@Service
class DemandDrawings {

	static final int MAX_FILES = 5;

	static final int MAX_BYTES = 20 * 1024 * 1024;

	/** A drawing without its content. */
	record View(long id, String fileName, String kind, long sizeBytes, String sha256, OffsetDateTime uploadedAt) {

	}

	/** A drawing with its content, to download. */
	record File(View view, String mediaType, byte[] content) {

	}

	private final Demands demands;

	private final JdbcTemplate jdbc;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	DemandDrawings(Demands demands, JdbcTemplate jdbc, CurrentUser currentUser, AuditLog audit) {
		this.demands = demands;
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	@Transactional
	List<View> attach(long demandId, List<FileTransfer.Upload> uploads) {
		Demand demand = demands.findById(demandId)
			.orElseThrow(() -> new NotFoundException("demand", String.valueOf(demandId)));
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		boolean owner = user.role() == Role.ENTERPRISE && demand.ownerUscc().equals(user.uscc());
		if (!owner && user.role() != Role.ADMIN) {
			throw new AccessDeniedException("only the demand's owner attaches drawings");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (demand.status() != PostingStatus.OPEN) {
			problems.add(new FieldProblem("file", "marketplace.drawing.closed", demandId));
		}
		Integer present = jdbc.queryForObject("select count(*) from demand_drawing where demand_id = ?", Integer.class,
				demandId);
		if (uploads.isEmpty()) {
			problems.add(new FieldProblem("file", "required"));
		}
		if (present + uploads.size() > MAX_FILES) {
			problems.add(new FieldProblem("file", "marketplace.drawing.too-many", MAX_FILES));
		}
		List<DrawingKind> kinds = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			FileTransfer.Upload u = uploads.get(i);
			String field = uploads.size() == 1 ? "file" : "file[" + i + "]";
			String name = u.fileName() == null ? "" : u.fileName().strip();
			Optional<DrawingKind> sniffed = DrawingKind.sniff(u.content());
			if (u.content().length == 0) {
				problems.add(new FieldProblem(field, "marketplace.drawing.empty", name));
			}
			else if (u.content().length > MAX_BYTES) {
				problems.add(new FieldProblem(field, "marketplace.drawing.too-large", name, MAX_BYTES / 1024 / 1024));
			}
			else if (name.isEmpty() || name.length() > 200) {
				problems.add(new FieldProblem(field, "marketplace.drawing.name", name));
			}
			else if (sniffed.isEmpty()) {
				problems.add(new FieldProblem(field, "marketplace.drawing.type", name, DrawingKind.ALLOWED));
			}
			else if (DrawingKind.ofName(name).filter(sniffed.get()::equals).isEmpty()) {
				problems.add(new FieldProblem(field, "marketplace.drawing.mismatch", name, sniffed.get().name()));
			}
			kinds.add(sniffed.orElse(null));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		OffsetDateTime now = OffsetDateTime.now();
		List<View> stored = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			FileTransfer.Upload u = uploads.get(i);
			DrawingKind kind = kinds.get(i);
			long id = jdbc.queryForObject("select nextval('demand_drawing_seq')", Long.class);
			String sha = sha256(u.content());
			jdbc.update(
					"insert into demand_drawing (id, demand_id, file_name, kind, media_type, size_bytes, sha256,"
							+ " content, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					id, demandId, u.fileName().strip(), kind.name(), kind.mediaType, u.content().length, sha,
					u.content(), now, currentUser.actor());
			View v = new View(id, u.fileName().strip(), kind.name(), u.content().length, sha, now);
			audit.record("demand.drawing.attach", "demand", String.valueOf(demandId), null, v);
			stored.add(v);
		}
		return stored;
	}

	@Transactional(readOnly = true)
	List<View> list(long demandId) {
		if (!demands.existsById(demandId)) {
			throw new NotFoundException("demand", String.valueOf(demandId));
		}
		return jdbc.query(
				"select id, file_name, kind, size_bytes, sha256, uploaded_at from demand_drawing"
						+ " where demand_id = ? order by id",
				(rs, n) -> new View(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
						rs.getObject(6, OffsetDateTime.class)),
				demandId);
	}

	@Transactional
	File download(long demandId, long drawingId) {
		List<File> found = jdbc.query(
				"select id, file_name, kind, size_bytes, sha256, uploaded_at, media_type, content from demand_drawing"
						+ " where demand_id = ? and id = ?",
				(rs, n) -> new File(new View(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getString(5), rs.getObject(6, OffsetDateTime.class)), rs.getString(7), rs.getBytes(8)),
				demandId, drawingId);
		if (found.isEmpty()) {
			throw new NotFoundException("drawing", demandId + "/" + drawingId);
		}
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("drawing", drawingId);
		what.put("fileName", found.get(0).view().fileName());
		audit.record("demand.drawing.download", "demand", String.valueOf(demandId), null, what);
		return found.get(0);
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
