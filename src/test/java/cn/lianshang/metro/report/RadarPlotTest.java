package cn.lianshang.metro.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report's radars in a cell of the report's size: every axis label, Chinese or
 * English, lies inside the cell (nothing clipped) and outside the web (nothing drawn over
 * it), and the labels do not overlap one another. (SpiderWebPlot with the report's former
 * fixed gap of 0.28 clipped the outer labels of the PDF's radars.) Images in
 * {@code target/screenshots}.
 */
class RadarPlotTest {

	static final List<String> ZH = List.of("经济质效", "产业发展", "设施联通", "生态共保", "民生服务", "区域协调");

	static final List<String> EN = List.of("Economic quality", "Industrial development", "Infrastructure connectivity",
			"Shared ecological protection", "Public services", "Regional coordination");

	@ParameterizedTest
	@ValueSource(strings = { "zh", "en" })
	void everyLabelFitsTheCellOutsideTheWeb(String language) throws Exception {
		List<String> names = "zh".equals(language) ? ZH : EN;
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int d = 0; d < names.size(); d++) {
			data.addValue(100 - 15 * d, "沈阳市", names.get(d));
		}
		ReportFonts fonts = new ReportFonts("");
		JFreeChart chart = ReportCharts.radar(data, "1. 沈抚改革创新示范区", fonts.awt(9, Font.PLAIN), fonts.awt(12, Font.BOLD));
		int cell = ReportCharts.RADAR_CELL;
		BufferedImage image = new BufferedImage(cell * 2, cell * 2, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.scale(2, 2);
		org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
		chart.draw(g, new Rectangle2D.Double(0, 0, cell, cell), info);
		g.dispose();
		Files.createDirectories(Path.of("target", "screenshots"));
		ImageIO.write(image, "png", Path.of("target", "screenshots", "metro-radar-" + language + ".png").toFile());

		RadarPlot plot = (RadarPlot) chart.getPlot();
		Rectangle2D plotArea = info.getPlotInfo().getPlotArea();
		List<Rectangle2D> labels = plot.labelBounds();
		assertThat(labels).hasSize(names.size());
		Rectangle2D web = plot.web();
		double radius = web.getWidth() / 2;
		assertThat(radius).as("the web keeps a readable size").isGreaterThan(cell * 0.15);
		for (int i = 0; i < labels.size(); i++) {
			Rectangle2D label = labels.get(i);
			assertThat(plotArea.contains(label)).as("label %s %s inside %s", names.get(i), label, plotArea).isTrue();
			double nx = Math.max(label.getMinX(), Math.min(web.getCenterX(), label.getMaxX()));
			double ny = Math.max(label.getMinY(), Math.min(web.getCenterY(), label.getMaxY()));
			assertThat(Math.hypot(nx - web.getCenterX(), ny - web.getCenterY()))
				.as("label %s off the web", names.get(i))
				.isGreaterThanOrEqualTo(radius);
			for (int j = i + 1; j < labels.size(); j++) {
				assertThat(label.intersects(labels.get(j))).as("%s overlaps %s", names.get(i), names.get(j)).isFalse();
			}
		}
	}

}
