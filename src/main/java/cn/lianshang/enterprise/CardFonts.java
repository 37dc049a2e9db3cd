package cn.lianshang.enterprise;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import cn.lianshang.shared.pdf.CjkFontFiles;

/**
 * The font of the A6 card of the enterprise code, embedded in the PDF as a subset (only
 * the glyphs the card uses), so the card prints the same on any reader and printer. It is
 * the first of {@code lianshang.enterprise.card-font} (a TrueType/OpenType file or
 * collection) and the system fonts of {@link CjkFontFiles#CANDIDATES} that can be read:
 * Debian's {@code fonts-noto-cjk} (the Simplified Chinese face of the collection) or
 * {@code fonts-wqy-zenhei}. Without any of them the card falls back to Adobe's
 * STSong-Light and Helvetica, not embedded (the reader must supply them), and says so in
 * the log. The files and the embedding are the shared kernel's ({@link CjkFontFiles}), as
 * for the metro report. Loaded once, on first use.
 */
@Component
class CardFonts {

	private static final Logger log = LoggerFactory.getLogger(CardFonts.class);

	/**
	 * The fonts of the card: {@code cjk} for the Chinese text, {@code latin} for the URL
	 * (the same embedded font when a file was found), {@code file} the font file (null:
	 * the fallback, nothing embedded).
	 */
	record Fonts(BaseFont cjk, BaseFont latin, String file) {

		boolean embedded() {
			return file != null;
		}

	}

	private final String configured;

	private volatile Fonts fonts;

	CardFonts(@Value("${lianshang.enterprise.card-font:}") String configured) {
		this.configured = configured;
	}

	Fonts get() {
		Fonts f = fonts;
		if (f == null) {
			synchronized (this) {
				if (fonts == null) {
					fonts = load(configured);
				}
				f = fonts;
			}
		}
		return f;
	}

	static Fonts load(String configured) {
		List<String> files = CjkFontFiles.inOrder(configured);
		for (String path : files) {
			File file = new File(path);
			if (!file.canRead()) {
				continue;
			}
			try {
				BaseFont font = CjkFontFiles.embedded(file);
				log.info("enterprise code card font: {} from {}", font.getPostscriptFontName(), path);
				return new Fonts(font, font, file.getAbsolutePath());
			}
			catch (IOException | RuntimeException e) {
				log.warn("enterprise code card font {} could not be read: {}", path, e.toString());
			}
		}
		log.warn("enterprise code card: no CJK font file found ({}); the PDF uses STSong-Light, not embedded", files);
		try {
			return new Fonts(CjkFontFiles.fallback(),
					BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED), null);
		}
		catch (DocumentException | IOException e) {
			throw new IllegalStateException("no font for the enterprise code card", e);
		}
	}

}
