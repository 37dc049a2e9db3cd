package cn.lianshang.metro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.access.AccountManagement;
import cn.lianshang.metro.data.RecordingValues;

/**
 * The annual evaluation report with the demo values: the HTML page has the charts (PNG
 * data URIs drawn on the server), the ranking, the method, the targets, the key projects
 * and the demo provenance; the PDF renders — PDFBox turns page 1 into an image that is
 * not blank, its text holds the title and every city, and its CJK font is embedded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetroReportTest extends ApiTestSupport {

	static final String[] CITIES = { "沈阳市", "鞍山市", "抚顺市", "本溪市", "阜新市", "辽阳市", "铁岭市" };

	@Autowired
	AccountManagement accounts;

	@Autowired
	MetroDemo demo;

	@Autowired
	RecordingValues recording;

	@BeforeAll
	void loadDemo() {
		MetroDemoTest.loadDemoOnce(demo, recording);
	}

	@Test
	void theHtmlReportHasChartsRankingMethodTargetsProjectsAndProvenance() throws Exception {
		mvc.perform(get("/metro/report?year=2025").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2025 年沈阳都市圈高质量发展综合评价报告"),
					containsString("id=\"chart-index\""), containsString("src=\"data:image/png;base64,"),
					containsString("id=\"chart-radars\""), containsString("id=\"chart-statuses\""),
					containsString("id=\"report-score-210100\""), containsString("id=\"report-score-SFZ\""),
					containsString("TOPSIS"), containsString("C_i = D⁻_i / (D⁺_i + D⁻_i)"),
					containsString("y = 100 × (x − min) / (max − min)"), containsString("id=\"report-weights\""),
					containsString("id=\"report-targets\""), containsString("id=\"report-projects\""),
					containsString("沈白高铁"), containsString("id=\"report-demo-warning\""), containsString("非官方统计"),
					containsString("/metro/report.pdf?year=2025"))));
		String html = mvc.perform(get("/metro/report?year=2025").with(user(accounts.loadUserByUsername("admin"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// every unit's row shows its six dimension scores, not a dash
		assertThat(
				java.util.regex.Pattern.compile("data-label=\"经济质效\"\\s*>\\d+\\.\\d<").matcher(html).results().count())
			.isEqualTo(8);
		mvc.perform(get("/metro/report?year=2025&lang=en").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2025 evaluation report"),
					containsString("not official statistics"), containsString("Where the data come from"))));
	}

	@Test
	void thePdfRendersWithTheTitleTheCitiesAndAnEmbeddedFont() throws Exception {
		byte[] pdf = mvc.perform(get("/metro/report.pdf?year=2025").with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("metro-report-2025.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", "metro-report-2025.pdf"), pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
			ImageIO.write(page, "png", Path.of("target", "screenshots", "metro-report-page1.png").toFile());
			long dark = 0;
			long coloured = 0;
			for (int y = 0; y < page.getHeight(); y++) {
				for (int x = 0; x < page.getWidth(); x++) {
					int rgb = page.getRGB(x, y);
					int r = (rgb >> 16) & 0xff;
					int g = (rgb >> 8) & 0xff;
					int b = rgb & 0xff;
					if (r + g + b < 600) {
						dark++;
					}
					if (b > r + 60) {
						coloured++; // the blue of the bars and radars
					}
				}
			}
			long pixels = (long) page.getWidth() * page.getHeight();
			assertThat(dark).as("inked pixels on page 1").isGreaterThan(pixels / 100);
			assertThat(coloured).as("chart pixels on page 1").isGreaterThan(pixels / 500);
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("2025 年沈阳都市圈高质量发展综合评价报告").contains(CITIES).contains("沈抚");
			assertThat(text).contains("TOPSIS").contains("演示");
			PDFont font = doc.getPage(0)
				.getResources()
				.getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
		}
	}

	@Test
	void residentsCannotReadTheReport() throws Exception {
		String resident = createAccount("RESIDENT", null, null);
		mvc.perform(get("/metro/report.pdf").with(user(accounts.loadUserByUsername(resident))))
			.andExpect(status().isForbidden());
	}

}
