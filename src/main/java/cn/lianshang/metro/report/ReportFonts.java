package cn.lianshang.metro.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import cn.lianshang.shared.pdf.CjkFontFiles;

/**
 * The CJK font of the report, for the PDF (embedded as a subset, so the file reads the
 * same everywhere) and for the charts (Java2D). It is the first of
 * {@code lianshang.metro.report.font} (a TrueType/OpenType file or collection) and the
 * system fonts of {@link CjkFontFiles#CANDIDATES} that exists: Debian's
 * {@code fonts-noto-cjk} (the Simplified Chinese face of the collection) or
 * {@code fonts-wqy-zenhei}. Without any of them the PDF falls back to Adobe's
 * STSong-Light, not embedded (a reader must supply it), the charts to the logical
 * SansSerif font, and the report says so ({@link #embedded()}). Loaded once, on first
 * use.
 */
@Component
class ReportFonts {

	private static final Logger log = LoggerFactory.getLogger(ReportFonts.class);

	private final String configured;

	private volatile Loaded loaded;

	/** The fonts in use and the file they came from (null: the fallback). */
	record Loaded(BaseFont pdf, Font awt, String file) {

	}

	ReportFonts(@Value("${lianshang.metro.report.font:}") String configured) {
		this.configured = configured;
	}

	BaseFont pdf() {
		return loaded().pdf();
	}

	/** The chart font in the given size. */
	Font awt(float size, int style) {
		return loaded().awt().deriveFont(style, size);
	}

	/** Whether the PDF embeds its CJK font. */
	boolean embedded() {
		return loaded().file() != null;
	}

	/** The font file in use, or null. */
	String file() {
		return loaded().file();
	}

	private Loaded loaded() {
		Loaded l = loaded;
		if (l == null) {
			synchronized (this) {
				if (loaded == null) {
					loaded = load();
				}
				l = loaded;
			}
		}
		return l;
	}

	private Loaded load() {
		List<String> files = CjkFontFiles.inOrder(configured);
		for (String path : files) {
			File file = new File(path);
			if (!file.canRead()) {
				continue;
			}
			try {
				Loaded l = load(file);
				log.info("metro report font: {}", l.pdf().getPostscriptFontName() + " from " + path);
				return l;
			}
			catch (IOException | FontFormatException | RuntimeException e) {
				log.warn("metro report font {} could not be read: {}", path, e.toString());
			}
		}
		log.warn("metro report: no CJK font file found ({}); the PDF uses STSong-Light, not embedded", files);
		try {
			return new Loaded(CjkFontFiles.fallback(), new Font(Font.SANS_SERIF, Font.PLAIN, 12), null);
		}
		catch (DocumentException | IOException e) {
			throw new IllegalStateException("no font for the metro report", e);
		}
	}

	private static Loaded load(File file) throws IOException, DocumentException, FontFormatException {
		String path = file.getAbsolutePath();
		Font awt;
		if (CjkFontFiles.isCollection(path)) {
			// the Simplified Chinese face of a CJK collection, else its first face
			Font[] faces = Font.createFonts(file);
			awt = faces[0];
			for (Font f : faces) {
				if (f.getFamily(Locale.ROOT).endsWith("CJK SC")) {
					awt = f;
					break;
				}
			}
		}
		else {
			awt = Font.createFont(Font.TRUETYPE_FONT, file);
		}
		return new Loaded(CjkFontFiles.embedded(file), awt, path);
	}

}
