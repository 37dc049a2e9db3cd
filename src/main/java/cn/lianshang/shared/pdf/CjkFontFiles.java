package cn.lianshang.shared.pdf;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * The CJK font files a PDF of the platform can embed, and how OpenPDF embeds one. The
 * candidates are Debian's {@code fonts-noto-cjk} (of its collection the Simplified
 * Chinese face) and {@code fonts-wqy-zenhei} / {@code fonts-wqy-microhei}; a setting may
 * name another TrueType/OpenType file or collection to try first. Without any of them a
 * PDF falls back to Adobe's STSong-Light, not embedded (the reader must supply it).
 */
public final class CjkFontFiles {

	public static final List<String> CANDIDATES = List.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	private CjkFontFiles() {
	}

	/** The files to try in order: the configured one (if set), then the candidates. */
	public static List<String> inOrder(String configured) {
		List<String> files = new ArrayList<>();
		if (configured != null && !configured.isBlank()) {
			files.add(configured.trim());
		}
		files.addAll(CANDIDATES);
		return files;
	}

	/**
	 * The file as an embedded Identity-H font (written as a subset); of a collection its
	 * Simplified Chinese face, else its first.
	 */
	public static BaseFont embedded(File file) throws IOException, DocumentException {
		String path = file.getAbsolutePath();
		String name = path;
		if (isCollection(path)) {
			String[] faces = BaseFont.enumerateTTCNames(path);
			int index = 0;
			for (int i = 0; i < faces.length; i++) {
				if (faces[i].toLowerCase(Locale.ROOT).contains("cjksc")) {
					index = i;
					break;
				}
			}
			name = path + "," + index;
		}
		return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
	}

	/** Whether the path names a font collection (.ttc). */
	public static boolean isCollection(String path) {
		return path.toLowerCase(Locale.ROOT).endsWith(".ttc");
	}

	/** Adobe's STSong-Light, not embedded: the fallback when no file can be read. */
	public static BaseFont fallback() throws IOException, DocumentException {
		return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
	}

}
