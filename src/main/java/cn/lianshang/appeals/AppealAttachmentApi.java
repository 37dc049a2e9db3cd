package cn.lianshang.appeals;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.lianshang.shared.web.FileTransfer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Attachments of an appeal: upload (multipart), list, download. */
@RestController
@RequestMapping("/api/v1/appeals/{id}/attachments")
@Tag(name = "appeals")
class AppealAttachmentApi {

	private final AttachingFiles files;

	AppealAttachmentApi(AttachingFiles files) {
		this.files = files;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach files to an appeal (multipart part `file`, repeatable)",
			description = "At most 10 files per appeal, each at most 10 MB, of type pdf, jpg/jpeg, png, docx or xlsx. "
					+ "The type is recognised from the content (magic bytes; for docx/xlsx the ZIP's entries) and "
					+ "must agree with the name's extension; otherwise 400 with an error per file. The enterprise "
					+ "that filed the appeal, a handler who sees it and administrators may attach, until it is "
					+ "办结. Answers 201 with the stored files (name, kind, size, SHA-256).")
	ResponseEntity<List<AppealAttachment.View>> attach(@PathVariable long id,
			@RequestPart(name = "file", required = false) List<MultipartFile> parts) throws IOException {
		List<FileTransfer.Upload> uploads = FileTransfer.uploads(parts);
		List<AppealAttachment.View> stored = files.attach(id, uploads);
		return ResponseEntity.created(URI.create("/api/v1/appeals/" + id + "/attachments")).body(stored);
	}

	@GetMapping
	@Operation(summary = "The appeal's attachments (without content), for whoever may see the appeal")
	List<AppealAttachment.View> list(@PathVariable long id) {
		return files.list(id);
	}

	@GetMapping("/{attachmentId}")
	@Operation(summary = "Download one attachment",
			description = "Only for whoever may see the appeal (the enterprise, handlers of its jurisdiction or a "
					+ "co-handling unit, administrators); others get 404. Audited.")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		return response(files.download(id, attachmentId));
	}

	static ResponseEntity<byte[]> response(AppealAttachment a) {
		return FileTransfer.download(a.fileName(), a.mediaType(), a.content());
	}

}
