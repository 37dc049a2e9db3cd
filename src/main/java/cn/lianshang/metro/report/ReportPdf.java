package cn.lianshang.metro.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import cn.lianshang.metro.data.CityEvaluation;
import cn.lianshang.metro.projects.KeyProjectView;
import cn.lianshang.metro.targets.PlanTargets;
import cn.lianshang.shared.web.Messages;

/**
 * The annual report as an A4 PDF (OpenPDF): the same sections, tables and chart images as
 * the HTML report, in the CJK font of {@link ReportFonts} (embedded as a subset), with
 * the page number and the demo-data note in every footer.
 */
@Component
class ReportPdf {

	static final Color INK = new Color(0x1f, 0x2d, 0x3d);

	static final Color MUTED = new Color(0x5b, 0x6b, 0x7b);

	static final Color RED = new Color(0xb3, 0x26, 0x1e);

	static final Color HEAD = new Color(0xe8, 0xee, 0xf4);

	private final ReportFonts fonts;

	private final ReportCharts charts;

	private final Messages messages;

	ReportPdf(ReportFonts fonts, ReportCharts charts, Messages messages) {
		this.fonts = fonts;
		this.charts = charts;
		this.messages = messages;
	}

	byte[] render(AnnualReport.Report report) {
		BaseFont base = fonts.pdf();
		Font title = new Font(base, 18, Font.BOLD, INK);
		Font h2 = new Font(base, 13, Font.BOLD, INK);
		Font body = new Font(base, 10, Font.NORMAL, INK);
		Font small = new Font(base, 8.5f, Font.NORMAL, MUTED);
		Font cell = new Font(base, 8.5f, Font.NORMAL, INK);
		Font warn = new Font(base, 10, Font.BOLD, RED);
		boolean en = "en".equals(messages.locale().getLanguage());
		try {
			Document doc = new Document(PageSize.A4, 48, 48, 52, 56);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfWriter writer = PdfWriter.getInstance(doc, out);
			String footer = messages.get("ui.brand") + " · " + report.title()
					+ (report.provenance().synthetic() ? " · " + messages.get("metro.report.footer.demo") : "");
			writer.setPageEvent(new PdfPageEventHelper() {

				@Override
				public void onEndPage(PdfWriter w, Document d) {
					ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT, new Phrase(footer, small),
							d.left(), d.bottom() - 24, 0);
					ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_RIGHT,
							new Phrase(String.valueOf(w.getPageNumber()), small), d.right(), d.bottom() - 24, 0);
				}

			});
			doc.addTitle(report.title());
			doc.addCreator(messages.get("ui.brand"));
			writer.getExtraCatalog()
				.put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(en ? "en" : "zh-CN"));
			doc.open();

			doc.add(paragraph(report.title(), title, 0, 6));
			doc.add(paragraph(messages.get("metro.report.lead"), body, 0, 8));
			if (report.provenance().synthetic()) {
				doc.add(paragraph(messages.get("metro.report.demo-warning", report.provenance().demoValues(),
						report.provenance().values()), warn, 0, 8));
			}
			if (!fonts.embedded()) {
				doc.add(paragraph(messages.get("metro.report.font-fallback"), small, 0, 8));
			}

			if (report.result() == null) {
				doc.add(paragraph(report.problem(), warn, 6, 6));
			}
			else {
				CityEvaluation.Result r = report.result();
				doc.add(paragraph(messages.get("metro.report.scores"), h2, 10, 6));
				ReportCharts.Chart index = charts.index(report);
				doc.add(paragraph(index.title(), small, 0, 2));
				doc.add(image(index, doc));
				ReportCharts.Chart radars = charts.radars(report);
				doc.add(paragraph(radars.title(), small, 6, 2));
				doc.add(image(radars, doc));

				int columns = 3 + r.dimensions().size() + 2;
				PdfPTable ranking = table(columns);
				header(ranking, cell, messages.get("metro.eval.rank"), messages.get("metro.eval.unit"));
				report.dimensionNames().forEach(d -> header(ranking, cell, d));
				header(ranking, cell, messages.get("metro.eval.index"), messages.get("metro.eval.topsis"),
						messages.get("metro.eval.topsis-rank"));
				for (CityEvaluation.Score s : report.ranked()) {
					ranking.addCell(cell(String.valueOf(s.rank()), cell, true));
					ranking.addCell(cell(s.name(), cell, false));
					r.dimensions()
						.forEach(d -> ranking.addCell(cell(ReportPages.fixed(s.dimensions().get(d), 1), cell, true)));
					ranking.addCell(cell(ReportPages.fixed(s.index(), 2), cell, true));
					ranking.addCell(cell(ReportPages.fixed(s.topsis(), 3), cell, true));
					ranking.addCell(cell(String.valueOf(s.topsisRank()), cell, true));
				}
				float[] widths = new float[columns];
				java.util.Arrays.fill(widths, 1f);
				widths[1] = 2.4f;
				ranking.setWidths(widths);
				doc.add(paragraph(messages.get("metro.eval.ranking"), h2, 10, 6));
				doc.add(ranking);

				doc.add(paragraph(messages.get("metro.report.method"), h2, 12, 6));
				for (String m : report.method()) {
					doc.add(paragraph(m, body, 0, 5));
				}
				PdfPTable weights = table(4);
				header(weights, cell, messages.get("metro.field.indicator"), messages.get("metro.eval.dimension"),
						messages.get("metro.eval.direction"), messages.get("metro.eval.weight"));
				for (CityEvaluation.Used u : r.indicators()) {
					weights.addCell(cell((en ? u.nameEn() : u.name()) + " (" + u.unit() + ")", cell, false));
					weights.addCell(cell(messages.get("metro.dimension." + u.dimension()), cell, false));
					weights.addCell(cell(
							messages.get(u.direction() > 0 ? "metro.eval.direction.up" : "metro.eval.direction.down"),
							cell, false));
					weights.addCell(cell(ReportPages.fixed(u.weight(), 4), cell, true));
				}
				weights.setWidths(new float[] { 3.2f, 1.4f, 1.6f, 1 });
				doc.add(weights);
				for (CityEvaluation.Excluded x : r.excluded()) {
					doc.add(paragraph(messages.get("metro.eval.excluded") + ": " + (en ? x.nameEn() : x.name()) + " — "
							+ messages.get("metro.eval.excluded." + x.reason(), x.present()), small, 2, 0));
				}
			}

			doc.add(paragraph(messages.get("metro.report.targets"), h2, 12, 6));
			ReportCharts.Chart statuses = charts.statuses(report);
			doc.add(paragraph(statuses.title(), small, 0, 2));
			doc.add(image(statuses, doc));
			PdfPTable targets = table(5);
			header(targets, cell, messages.get("metro.field.indicator"), messages.get("metro.scope"),
					messages.get("metro.report.targets.target"), messages.get("metro.report.targets.latest"),
					messages.get("metro.report.targets.status"));
			for (PlanTargets.Target t : report.targets()) {
				targets.addCell(cell(en && t.indicatorEn() != null ? t.indicatorEn() : t.indicator(), cell, false));
				targets.addCell(cell(t.scope(), cell, false));
				targets.addCell(cell(ReportPages.target(t), cell, false));
				targets.addCell(cell(ReportPages.latest(t), cell, false));
				targets.addCell(
						cell((en ? t.status().labelEn() : t.status().label()) + (t.demo() ? " *" : ""), cell, false));
			}
			targets.setWidths(new float[] { 3, 1.4f, 1.6f, 1.6f, 1.3f });
			doc.add(targets);
			doc.add(paragraph(messages.get("metro.report.targets.note"), small, 2, 0));

			doc.add(paragraph(messages.get("metro.report.projects", report.projectCount()), h2, 12, 6));
			PdfPTable projects = table(5);
			header(projects, cell, messages.get("metro.projects.name"), messages.get("metro.projects.place"),
					messages.get("metro.projects.sector"), messages.get("metro.projects.status"),
					messages.get("metro.projects.progress"));
			for (KeyProjectView p : report.projects()) {
				projects.addCell(cell((en && p.nameEn() != null ? p.nameEn() : p.name())
						+ (p.demo() ? " [" + messages.get("metro.projects.demo") + "]" : ""), cell, false));
				projects.addCell(cell(p.orgUnitName(), cell, false));
				projects.addCell(cell(messages.get("metro.project.sector." + p.sector()), cell, false));
				projects.addCell(cell(messages.get("metro.project.status." + p.status()), cell, false));
				projects.addCell(
						cell(p.progress() == null ? messages.get("metro.projects.progress.none") : p.progress() + " %",
								cell, true));
			}
			projects.setWidths(new float[] { 3.2f, 1.4f, 1, 1.1f, 0.9f });
			doc.add(projects);

			doc.add(paragraph(messages.get("metro.report.provenance"), h2, 12, 6));
			doc.add(paragraph(messages.get("metro.report.provenance.lead", report.provenance().values(),
					report.provenance().demoValues()), body, 0, 4));
			for (AnnualReport.SourceCount s : report.provenance().sources()) {
				doc.add(paragraph("· " + s.source() + " — " + messages.get("metro.report.provenance.count", s.values()),
						s.demo() ? warn : body, 0, 2));
			}
			doc.add(paragraph(messages.get("metro.report.provenance.targets"), small, 4, 0));
			doc.close();
			return out.toByteArray();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("metro report PDF", e);
		}
	}

	private static Paragraph paragraph(String text, Font font, float before, float after) {
		Paragraph p = new Paragraph(font.getSize() * 1.45f, text, font);
		p.setSpacingBefore(before);
		p.setSpacingAfter(after);
		return p;
	}

	private static Image image(ReportCharts.Chart chart, Document doc) {
		try {
			Image image = Image.getInstance(chart.png());
			float width = Math.min(doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin(), chart.width());
			image.scaleToFit(width, chart.height() * width / chart.width());
			image.setAlignment(Element.ALIGN_CENTER);
			image.setAlt(chart.title());
			return image;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static PdfPTable table(int columns) {
		PdfPTable t = new PdfPTable(columns);
		t.setWidthPercentage(100);
		t.setHeaderRows(1);
		t.setSpacingAfter(4);
		return t;
	}

	private static void header(PdfPTable t, Font font, String... names) {
		for (String n : names) {
			PdfPCell c = new PdfPCell(new Phrase(n, font));
			c.setBackgroundColor(HEAD);
			c.setPadding(3);
			c.setBorderColor(new Color(0xc8, 0xd0, 0xd8));
			t.addCell(c);
		}
	}

	private static PdfPCell cell(String text, Font font, boolean number) {
		PdfPCell c = new PdfPCell(new Phrase(text == null ? "—" : text, font));
		c.setPadding(3);
		c.setBorder(Rectangle.BOTTOM);
		c.setBorderColor(new Color(0xdd, 0xe3, 0xe9));
		c.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
		return c;
	}

}
