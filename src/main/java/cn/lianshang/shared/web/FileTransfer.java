package cn.lianshang.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files in and out over HTTP, the same for every module that stores files (appeal
 * attachments, demand drawings): the multipart parts as uploads, and a stored file as a
 * download that the browser saves rather than renders.
 */
public final class FileTransfer {

	private FileTransfer() {
	}

	/** One file as sent: the name the browser gave and the bytes. */
	public record Upload(String fileName, byte[] content) {

	}

	/**
	 * The parts as uploads; a part without a file name and content (an empty file input)
	 * is skipped.
	 */
	public static List<Upload> uploads(List<MultipartFile> parts) throws IOException {
		List<Upload> uploads = new ArrayList<>();
		if (parts == null) {
			return uploads;
		}
		for (MultipartFile p : parts) {
			boolean noName = p.getOriginalFilename() == null || p.getOriginalFilename().isBlank();
			if (noName && p.isEmpty()) {
				continue;
			}
			uploads.add(new Upload(p.getOriginalFilename(), p.getBytes()));
		}
		return uploads;
	}

	/**
	 * A stored file as an attachment download: its media type, the file name (UTF-8),
	 * {@code nosniff}, and no caching outside the caller's browser.
	 */
	public static ResponseEntity<byte[]> download(String fileName, String mediaType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content);
	}

}
