package cn.lianshang.metro.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

import cn.lianshang.metro.data.CityEvaluation;
import cn.lianshang.metro.progress.ProgressStatus;
import cn.lianshang.shared.web.Messages;

/**
 * The charts of the annual report, drawn on the server with JFreeChart into PNG images
 * (twice the logical size, so they stay sharp in print): the composite index of every
 * unit as a bar chart, one radar per unit over the six dimensions (on the 0–100 scale of
 * the min-max normalisation), and the number of plan targets in each progress status. The
 * same images go into the HTML report (as data URIs) and into the PDF.
 */
@Component
class ReportCharts {

	/** Logical sizes in pixels (points in the PDF). */
	static final int BAR_WIDTH = 720;

	static final int RADAR_COLUMNS = 4;

	static final int RADAR_CELL = 180;

	static final int STATUS_HEIGHT = 220;

	static final double SCALE = 2;

	static final Color INK = new Color(0x1f, 0x2d, 0x3d);

	static final Color BLUE = new Color(0x1d, 0x5f, 0xa8);

	static final Map<ProgressStatus, Color> STATUS_COLOURS = new EnumMap<>(
			Map.of(ProgressStatus.ACHIEVED, new Color(0x2e, 0x7d, 0x4f), ProgressStatus.ON_TRACK,
					new Color(0x5f, 0xae, 0x80), ProgressStatus.NEEDS_ACCELERATION, new Color(0xd9, 0xa0, 0x2b),
					ProgressStatus.LIMITED_PROGRESS, new Color(0xc2, 0x6a, 0x1b), ProgressStatus.DETERIORATION,
					new Color(0xb3, 0x26, 0x1e), ProgressStatus.INSUFFICIENT_DATA, new Color(0xb8, 0xc1, 0xcc)));

	/** A drawn chart: PNG bytes and its logical size. */
	record Chart(byte[] png, int width, int height, String title) {

		public String dataUri() {
			return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
		}

	}

	private final ReportFonts fonts;

	private final Messages messages;

	ReportCharts(ReportFonts fonts, Messages messages) {
		this.fonts = fonts;
		this.messages = messages;
	}

	/** The composite index of every unit, highest first. */
	Chart index(AnnualReport.Report report) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String series = messages.get("metro.eval.index");
		report.ranked().forEach(s -> data.addValue(round(s.index()), series, s.name()));
		JFreeChart chart = new JFreeChart(null, fonts.awt(13, Font.PLAIN), categoryPlot(data), false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		NumberAxis values = (NumberAxis) plot.getRangeAxis();
		// Room to the right of a full bar for its value, which stands beside the bar's
		// end
		// (JFreeChart's default places it across the bar's edge in a horizontal chart).
		values.setRange(0, 110);
		values.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setSeriesPaint(0, BLUE);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new java.text.DecimalFormat(
				"0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))));
		renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
				org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
		renderer.setItemLabelAnchorOffset(4);
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(fonts.awt(12, Font.PLAIN));
		String title = messages.get("metro.report.chart.index", String.valueOf(report.year()));
		int height = 40 + 34 * report.ranked().size();
		return new Chart(png(chart, BAR_WIDTH, height), BAR_WIDTH, height, title);
	}

	/** One radar per unit over the dimensions, four to a row. */
	Chart radars(AnnualReport.Report report) {
		List<CityEvaluation.Score> scores = report.ranked();
		int rows = (scores.size() + RADAR_COLUMNS - 1) / RADAR_COLUMNS;
		int width = RADAR_COLUMNS * RADAR_CELL;
		int height = rows * RADAR_CELL;
		BufferedImage image = new BufferedImage((int) (width * SCALE), (int) (height * SCALE),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = graphics(image);
		for (int i = 0; i < scores.size(); i++) {
			CityEvaluation.Score s = scores.get(i);
			DefaultCategoryDataset data = new DefaultCategoryDataset();
			for (int d = 0; d < report.result().dimensions().size(); d++) {
				Double v = s.dimensions().get(report.result().dimensions().get(d));
				data.addValue(v == null || v.isNaN() ? 0 : v, s.name(), report.dimensionNames().get(d));
			}
			JFreeChart chart = radar(data, s.rank() + ". " + s.name(), fonts.awt(9, Font.PLAIN),
					fonts.awt(12, Font.BOLD));
			int x = (i % RADAR_COLUMNS) * RADAR_CELL;
			int y = (i / RADAR_COLUMNS) * RADAR_CELL;
			chart.draw(g, new Rectangle2D.Double(x, y, RADAR_CELL, RADAR_CELL));
		}
		g.dispose();
		return new Chart(encode(image), width, height, messages.get("metro.eval.radar"));
	}

	/**
	 * One unit's radar on the 0–100 scale; its labels are fitted to the area it is drawn
	 * in ({@link RadarPlot}).
	 */
	static JFreeChart radar(DefaultCategoryDataset data, String title, Font labelFont, Font titleFont) {
		RadarPlot plot = new RadarPlot(data);
		plot.setMaxValue(100);
		plot.setStartAngle(90);
		plot.setAxisLabelGap(0.06);
		plot.setLabelFont(labelFont);
		plot.setLabelPaint(INK);
		plot.setSeriesPaint(0, BLUE);
		plot.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
		plot.setWebFilled(true);
		plot.setOutlineVisible(false);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setInsets(new org.jfree.chart.ui.RectangleInsets(2, 4, 4, 4));
		JFreeChart chart = new JFreeChart(null, titleFont, plot, false);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setTitle(new TextTitle(title, titleFont));
		chart.getTitle().setPaint(INK);
		return chart;
	}

	/** How many plan targets are in each progress status. */
	Chart statuses(AnnualReport.Report report) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String series = messages.get("metro.report.targets.count");
		boolean en = "en".equals(messages.locale().getLanguage());
		report.statuses()
			.forEach(s -> data.addValue(s.count(), series, en ? s.status().labelEn() : s.status().label()));
		JFreeChart chart = new JFreeChart(null, fonts.awt(13, Font.PLAIN), categoryPlot(data), false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		NumberAxis values = (NumberAxis) plot.getRangeAxis();
		values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		BarRenderer renderer = new BarRenderer() {

			@Override
			public java.awt.Paint getItemPaint(int row, int column) {
				return STATUS_COLOURS.get(report.statuses().get(column).status());
			}

		};
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(fonts.awt(12, Font.PLAIN));
		plot.setRenderer(renderer);
		return new Chart(png(chart, BAR_WIDTH, STATUS_HEIGHT), BAR_WIDTH, STATUS_HEIGHT,
				messages.get("metro.report.chart.targets"));
	}

	private CategoryPlot categoryPlot(DefaultCategoryDataset data) {
		CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(), new BarRenderer());
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xd0, 0xd7, 0xde));
		plot.setOutlineVisible(false);
		return plot;
	}

	/** A plain theme in the report's font. */
	private StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("report");
		theme.setExtraLargeFont(fonts.awt(15, Font.BOLD));
		theme.setLargeFont(fonts.awt(13, Font.PLAIN));
		theme.setRegularFont(fonts.awt(12, Font.PLAIN));
		theme.setSmallFont(fonts.awt(10, Font.PLAIN));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setRangeGridlinePaint(new Color(0xd0, 0xd7, 0xde));
		theme.setAxisLabelPaint(INK);
		theme.setTickLabelPaint(INK);
		theme.setItemLabelPaint(INK);
		return theme;
	}

	private static byte[] png(JFreeChart chart, int width, int height) {
		BufferedImage image = new BufferedImage((int) (width * SCALE), (int) (height * SCALE),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = graphics(image);
		chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
		g.dispose();
		return encode(image);
	}

	private static Graphics2D graphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.scale(SCALE, SCALE);
		return g;
	}

	private static byte[] encode(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

}
