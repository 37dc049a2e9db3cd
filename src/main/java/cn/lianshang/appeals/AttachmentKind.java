package cn.lianshang.appeals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file types an appeal may carry, recognised by their content (magic bytes; for the
 * two Office formats the ZIP central directory's entry names), not by the name the
 * browser sent: PDF ({@code %PDF-}), JPEG ({@code FF D8 FF}), PNG (its 8-byte signature),
 * DOCX (a ZIP with {@code [Content_Types].xml} and {@code word/document.xml}) and XLSX
 * (with {@code xl/workbook.xml}). The central directory is read without inflating any
 * entry, so a ZIP bomb costs nothing.
 */
enum AttachmentKind {

	PDF("application/pdf", List.of("pdf")), JPEG("image/jpeg", List.of("jpg", "jpeg")),
	PNG("image/png", List.of("png")),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));

	/** The extensions accepted, as the messages list them. */
	static final String ALLOWED = "pdf、jpg、png、docx、xlsx";

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final int MAX_ENTRIES = 20_000;

	final String mediaType;

	final List<String> extensions;

	AttachmentKind(String mediaType, List<String> extensions) {
		this.mediaType = mediaType;
		this.extensions = extensions;
	}

	/** The kind a file name's extension claims, if it is one of ours. */
	static Optional<AttachmentKind> ofName(String fileName) {
		int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		for (AttachmentKind k : values()) {
			if (k.extensions.contains(ext)) {
				return Optional.of(k);
			}
		}
		return Optional.empty();
	}

	/** The kind the content is, if it is one of ours. */
	static Optional<AttachmentKind> sniff(byte[] b) {
		if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (startsWith(b, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(b, new byte[] { 'P', 'K', 3, 4 })) {
			Set<String> names = zipEntryNames(b);
			if (names.contains("[Content_Types].xml")) {
				if (names.contains("word/document.xml")) {
					return Optional.of(DOCX);
				}
				if (names.contains("xl/workbook.xml")) {
					return Optional.of(XLSX);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The entry names of a ZIP's central directory (empty when there is none or it is
	 * malformed; ZIP64 is not read).
	 */
	static Set<String> zipEntryNames(byte[] b) {
		Set<String> names = new HashSet<>();
		int eocd = -1;
		for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
			if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
				eocd = i;
				break;
			}
		}
		if (eocd < 0) {
			return names;
		}
		int entries = u16(b, eocd + 10);
		long offset = u32(b, eocd + 16);
		if (entries > MAX_ENTRIES || offset >= b.length) {
			return names;
		}
		int p = (int) offset;
		for (int n = 0; n < entries; n++) {
			if (p + 46 > b.length || !(b[p] == 'P' && b[p + 1] == 'K' && b[p + 2] == 1 && b[p + 3] == 2)) {
				return names;
			}
			int nameLength = u16(b, p + 28);
			int extra = u16(b, p + 30);
			int comment = u16(b, p + 32);
			if (p + 46 + nameLength > b.length) {
				return names;
			}
			names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
			p += 46 + nameLength + extra + comment;
		}
		return names;
	}

	private static boolean startsWith(byte[] b, byte[] prefix) {
		if (b.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (b[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int u16(byte[] b, int i) {
		return i + 2 > b.length ? 0 : (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
	}

	private static long u32(byte[] b, int i) {
		return i + 4 > b.length ? Long.MAX_VALUE
				: (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
	}

}
