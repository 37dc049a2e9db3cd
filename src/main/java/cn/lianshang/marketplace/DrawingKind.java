package cn.lianshang.marketplace;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of drawing a demand may carry, recognised by their content, not by the name
 * the browser sent: PDF ({@code %PDF-}), PNG (its signature), JPEG ({@code FF D8 FF}),
 * DWG (AutoCAD's {@code AC10nn} version string), DXF (ASCII: a first group code 0 then
 * {@code SECTION}, or binary: {@code AutoCAD Binary DXF}) and STEP (ISO 10303-21:
 * {@code ISO-10303-21;}).
 */
enum DrawingKind {

	PDF("application/pdf", List.of("pdf")), PNG("image/png", List.of("png")),
	JPEG("image/jpeg", List.of("jpg", "jpeg")), DXF("image/vnd.dxf", List.of("dxf")),
	DWG("image/vnd.dwg", List.of("dwg")), STEP("model/step", List.of("step", "stp"));

	/** The extensions accepted, as the messages list them. */
	static final String ALLOWED = "pdf、png、jpg、dxf、dwg、step/stp";

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	final String mediaType;

	final List<String> extensions;

	DrawingKind(String mediaType, List<String> extensions) {
		this.mediaType = mediaType;
		this.extensions = extensions;
	}

	static Optional<DrawingKind> ofName(String fileName) {
		int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		for (DrawingKind k : values()) {
			if (k.extensions.contains(ext)) {
				return Optional.of(k);
			}
		}
		return Optional.empty();
	}

	static Optional<DrawingKind> sniff(byte[] b) {
		if (startsWith(b, "%PDF-")) {
			return Optional.of(PDF);
		}
		if (b.length >= PNG_SIGNATURE.length
				&& java.util.Arrays.equals(java.util.Arrays.copyOf(b, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (startsWith(b, "AC10") && b.length >= 6 && Character.isDigit(b[4]) && Character.isDigit(b[5])) {
			return Optional.of(DWG);
		}
		if (startsWith(b, "ISO-10303-21;")) {
			return Optional.of(STEP);
		}
		if (startsWith(b, "AutoCAD Binary DXF")) {
			return Optional.of(DXF);
		}
		String head = new String(b, 0, Math.min(b.length, 64), StandardCharsets.US_ASCII).stripLeading();
		String[] lines = head.split("\\r?\\n", 3);
		if (lines.length >= 2 && lines[0].strip().equals("0") && lines[1].strip().equals("SECTION")) {
			return Optional.of(DXF);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] b, String prefix) {
		byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
		return b.length >= p.length && java.util.Arrays.equals(java.util.Arrays.copyOf(b, p.length), p);
	}

}
