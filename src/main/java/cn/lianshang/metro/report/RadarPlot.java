package cn.lianshang.metro.report;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;

/**
 * A JFreeChart radar whose axis labels always fit in the area it is drawn in: long labels
 * (the English dimension names) are wrapped at spaces, and the interior gap is chosen,
 * for the area and font at hand, as the smallest one with which every label lies inside
 * the area and outside the web. {@link SpiderWebPlot} itself places one-line labels with
 * a fixed gap, which clipped the outer labels of the report's small radars.
 */
class RadarPlot extends SpiderWebPlot {

	/** The smallest and largest interior gap tried, and the step. */
	static final double MIN_GAP = 0.10;

	static final double MAX_GAP = 0.80;

	static final double GAP_STEP = 0.01;

	/** A label is wrapped when it is wider than this share of the area's width. */
	static final double WRAP_SHARE = 0.34;

	private transient List<Rectangle2D> labelBounds = new ArrayList<>();

	private transient Rectangle2D web;

	private transient java.awt.Shape labelClip;

	private transient double wrapWidth;

	RadarPlot(CategoryDataset dataset) {
		super(dataset);
	}

	/** The bounds of the labels drawn last, in drawing order. */
	List<Rectangle2D> labelBounds() {
		return List.copyOf(labelBounds);
	}

	/** The square the web was drawn in last (its circle touches the axis ends). */
	Rectangle2D web() {
		return web;
	}

	@Override
	public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
		Rectangle2D inner = (Rectangle2D) area.clone();
		getInsets().trim(inner);
		FontRenderContext frc = g2.getFontRenderContext();
		double fitting = MAX_GAP;
		for (double gap = MIN_GAP; gap <= MAX_GAP + 1e-9; gap += GAP_STEP) {
			if (fits(inner, gap, frc)) {
				fitting = gap;
				break;
			}
		}
		// SpiderWebPlot takes gaps up to 40 %: a larger one is had by drawing the web in
		// a smaller square, with the labels still free to use the whole area
		double used = Math.min(fitting, MAX_INTERIOR_GAP);
		double side = Math.min(inner.getWidth(), inner.getHeight()) * (1 - fitting) / (1 - used);
		Rectangle2D square = new Rectangle2D.Double(inner.getCenterX() - side / 2, inner.getCenterY() - side / 2, side,
				side);
		setInteriorGap(used);
		labelBounds = new ArrayList<>();
		labelClip = g2.getClip();
		wrapWidth = Math.min(inner.getWidth(), inner.getHeight()) * WRAP_SHARE;
		super.draw(g2, getInsets().createOutsetRectangle(square), anchor, parentState, info);
		if (info != null) {
			info.setPlotArea(inner);
			info.setDataArea(inner);
		}
	}

	/** Whether every label lies inside the area with this interior gap. */
	private boolean fits(Rectangle2D area, double gap, FontRenderContext frc) {
		Rectangle2D square = webSquare(area, gap);
		int n = categoryCount();
		for (int cat = 0; cat < n; cat++) {
			Rectangle2D block = block(lines(label(cat), Math.min(area.getWidth(), area.getHeight()) * WRAP_SHARE, frc),
					angle(cat, n), square, frc);
			if (!area.contains(block)) {
				return false;
			}
		}
		return true;
	}

	/** The web's square as {@link SpiderWebPlot#draw} computes it. */
	static Rectangle2D webSquare(Rectangle2D area, double gap) {
		double w = area.getWidth() * (1 - gap);
		double h = area.getHeight() * (1 - gap);
		double half = Math.min(w, h) / 2;
		return new Rectangle2D.Double(area.getCenterX() - half, area.getCenterY() - half, 2 * half, 2 * half);
	}

	@Override
	protected void drawLabel(Graphics2D g2, Rectangle2D plotArea, double value, int cat, double startAngle,
			double extent) {
		web = plotArea;
		FontRenderContext frc = g2.getFontRenderContext();
		List<String> lines = lines(label(cat), wrapWidth, frc);
		Rectangle2D block = block(lines, startAngle, plotArea, frc);
		labelBounds.add(block);
		java.awt.Shape clip = g2.getClip();
		g2.setClip(labelClip);
		Composite saved = g2.getComposite();
		g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 1.0f));
		g2.setPaint(getLabelPaint());
		g2.setFont(getLabelFont());
		double lineHeight = lineHeight(frc);
		double ascent = getLabelFont().getLineMetrics("国A", frc).getAscent();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			double width = getLabelFont().getStringBounds(line, frc).getWidth();
			// each line aligned like the block: to the web on the sides, centred on top
			// and at the bottom
			double x = align(block, width, startAngle);
			g2.drawString(line, (float) x, (float) (block.getY() + i * lineHeight + ascent));
		}
		g2.setComposite(saved);
		g2.setClip(clip);
	}

	/**
	 * The label's box: just outside the axis end (by the axis label gap), on the side of
	 * the web the axis points to, centred where the axis is vertical.
	 */
	private Rectangle2D block(List<String> lines, double angle, Rectangle2D square, FontRenderContext frc) {
		double width = 0;
		for (String line : lines) {
			width = Math.max(width, getLabelFont().getStringBounds(line, frc).getWidth());
		}
		double height = lines.size() * lineHeight(frc);
		double rad = Math.toRadians(angle);
		double cos = Math.cos(rad);
		double sin = Math.sin(rad);
		double reach = (1 + getAxisLabelGap()) * square.getWidth() / 2;
		double px = square.getCenterX() + cos * reach;
		double py = square.getCenterY() - sin * reach;
		double x = Math.abs(cos) < 1e-6 ? px - width / 2 : cos > 0 ? px : px - width;
		double y = Math.abs(sin) < 1e-6 ? py - height / 2 : sin > 0 ? py - height : py;
		return new Rectangle2D.Double(x, y, width, height);
	}

	private double align(Rectangle2D block, double width, double angle) {
		double cos = Math.cos(Math.toRadians(angle));
		if (Math.abs(cos) < 1e-6) {
			return block.getCenterX() - width / 2;
		}
		return cos > 0 ? block.getX() : block.getMaxX() - width;
	}

	private double lineHeight(FontRenderContext frc) {
		return getLabelFont().getLineMetrics("国A", frc).getHeight();
	}

	/** The words of a label on as few lines as fit the width (a word is never broken). */
	List<String> lines(String label, double maxWidth, FontRenderContext frc) {
		Font font = getLabelFont();
		if (font.getStringBounds(label, frc).getWidth() <= maxWidth || !label.contains(" ")) {
			return List.of(label);
		}
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : label.split(" +")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringBounds(candidate, frc).getWidth() > maxWidth) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	private int categoryCount() {
		return getDataset() == null ? 0 : getDataset().getColumnCount();
	}

	private String label(int cat) {
		return getLabelGenerator().generateColumnLabel(getDataset(), cat);
	}

	private double angle(int cat, int count) {
		return getStartAngle() + getDirection().getFactor() * cat * 360.0 / count;
	}

}
