package cn.lianshang.enterprise;

import java.io.ByteArrayOutputStream;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The printable A6 card (105 × 148 mm) of an enterprise code: the platform's name, the
 * enterprise name, the QR code drawn as vector squares (sharp at any print size), the
 * USCC and the card URL. The text is set in the fonts of {@link CardFonts}: a CJK font
 * embedded as a subset (Noto Sans CJK SC where installed), or else the non-embedded
 * STSong-Light and Helvetica. Pure code.
 */
final class EnterpriseCodeCard {

	/** The QR code's side on the card, in points (70 mm). */
	static final float QR_SIDE = 70f / 25.4f * 72f;

	private EnterpriseCodeCard() {
	}

	static byte[] pdf(CardFonts.Fonts fonts, String enterpriseName, String uscc, String url) {
		try {
			BaseFont cjk = fonts.cjk();
			BaseFont latin = fonts.latin();
			Rectangle page = PageSize.A6;
			Document document = new Document(page, 0, 0, 0, 0);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle(enterpriseName + " 企业码");
			document.addCreator("链上沈阳");
			document.open();
			PdfContentByte canvas = writer.getDirectContent();
			float width = page.getWidth();
			float height = page.getHeight();
			float margin = 18;

			// heading
			text(canvas, new Paragraph(14, "链上沈阳 · 企业码", new Font(cjk, 11)), margin, height - margin - 22,
					width - margin, height - margin);

			// enterprise name, up to two lines (three in a smaller size for long names)
			boolean longName = enterpriseName.length() > 36;
			text(canvas,
					new Paragraph(longName ? 12 : 16, enterpriseName, new Font(cjk, longName ? 9.5f : 13, Font.BOLD)),
					margin, height - 82, width - margin, height - margin - 22);

			// the QR code, centred
			BitMatrix m = EnterpriseCodeImages.matrix(url, 0);
			float module = QR_SIDE / m.getWidth();
			float x0 = (width - QR_SIDE) / 2;
			float y0 = height - 90 - QR_SIDE;
			canvas.saveState();
			canvas.setRGBColorFill(0, 0, 0);
			for (int y = 0; y < m.getHeight(); y++) {
				int x = 0;
				while (x < m.getWidth()) {
					if (!m.get(x, y)) {
						x++;
						continue;
					}
					int start = x;
					while (x < m.getWidth() && m.get(x, y)) {
						x++;
					}
					canvas.rectangle(x0 + start * module, y0 + (m.getHeight() - y - 1) * module, (x - start) * module,
							module);
				}
			}
			canvas.fill();
			canvas.restoreState();

			// USCC and the URL under the code
			float below = y0 - 4;
			text(canvas, new Paragraph(12, "统一社会信用代码 " + uscc, new Font(cjk, 9)), margin, below - 16, width - margin,
					below);
			text(canvas, new Paragraph(10, url, new Font(latin, 7)), margin, below - 46, width - margin, below - 17);
			text(canvas, new Paragraph(11, "扫码查看经平台核验的企业公开名片", new Font(cjk, 8)), margin, margin, width - margin,
					margin + 16);
			document.close();
			return out.toByteArray();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("cannot write the card of " + uscc, e);
		}
	}

	/** Centred text in a box (lower left, upper right); what does not fit is cut. */
	private static void text(PdfContentByte canvas, Phrase phrase, float llx, float lly, float urx, float ury) {
		ColumnText column = new ColumnText(canvas);
		column.setSimpleColumn(phrase, llx, lly, urx, ury, phrase.getLeading() > 0 ? phrase.getLeading() : 14,
				Element.ALIGN_CENTER);
		try {
			column.go();
		}
		catch (DocumentException e) {
			throw new IllegalStateException(e);
		}
	}

}
