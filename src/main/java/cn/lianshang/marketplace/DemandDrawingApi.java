package cn.lianshang.marketplace;

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

/** Drawings of a demand: upload (multipart), list, download. */
@RestController
@RequestMapping("/api/v1/demands/{id}/drawings")
@Tag(name = "marketplace")
class DemandDrawingApi {

	private final DemandDrawings drawings;

	DemandDrawingApi(DemandDrawings drawings) {
		this.drawings = drawings;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach drawings to a demand (multipart part `file`, repeatable)",
			description = "At most 5 drawings per demand, each at most 20 MB, of type pdf, png, jpg, dxf, dwg or "
					+ "step/stp, recognised from the content and agreeing with the name's extension; otherwise 400 "
					+ "with an error per file. Only the demand's owner (or an administrator), while it is open.")
	ResponseEntity<List<DemandDrawings.View>> attach(@PathVariable long id,
			@RequestPart(name = "file", required = false) List<MultipartFile> parts) throws IOException {
		return ResponseEntity.created(URI.create("/api/v1/demands/" + id + "/drawings"))
			.body(drawings.attach(id, FileTransfer.uploads(parts)));
	}

	@GetMapping
	@Operation(summary = "The demand's drawings (without content)")
	List<DemandDrawings.View> list(@PathVariable long id) {
		return drawings.list(id);
	}

	@GetMapping("/{drawingId}")
	@Operation(summary = "Download one drawing (audited)")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long drawingId) {
		return response(drawings.download(id, drawingId));
	}

	static ResponseEntity<byte[]> response(DemandDrawings.File f) {
		return FileTransfer.download(f.view().fileName(), f.mediaType(), f.content());
	}

}
