package cn.lianshang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;

/**
 * The A6 PDF card of the enterprise code: the page size, every font of the page embedded
 * (the CJK font of fonts-noto-cjk, as a subset), the text read back (Chinese included),
 * the QR code decoded from the rendered page to the card URL, and who may download it.
 */
class CodeCardPdfTest extends ApiTestSupport {

	static final float MM = 72f / 25.4f;

	@Autowired
	AccountManagement accounts;

	@Test
	void theCardIsA6WithTheNameTheUsccTheUrlAndAQrCodeThatOpensTheCard() throws Exception {
		String uscc = TestData.validUscc(random, "210106");
		String name = "沈阳" + TestData.uniqueWord(random) + "名片测试机械有限公司";
		register(enterprise(uscc, name, "210106", "3421"));
		String token = tokenOf("ENTERPRISE", null, uscc);

		String url = body(perform(get("/api/v1/enterprises/" + uscc + "/code"), token, null)).get("url").asText();
		MvcResult result = perform(get("/api/v1/enterprises/" + uscc + "/code.pdf"), token, null);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains(uscc + ".pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDRectangle size = document.getPage(0).getMediaBox();
			assertThat(size.getWidth() / MM).isCloseTo(105, org.assertj.core.data.Offset.offset(0.5f));
			assertThat(size.getHeight() / MM).isCloseTo(148, org.assertj.core.data.Offset.offset(0.5f));

			PDResources resources = document.getPage(0).getResources();
			List<String> fonts = new ArrayList<>();
			for (COSName f : resources.getFontNames()) {
				PDFont font = resources.getFont(f);
				fonts.add(font.getName());
				assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
			}
			assertThat(fonts).as("the fonts of the card").isNotEmpty().anyMatch(f -> f.contains("NotoSansCJK"));

			String text = new PDFTextStripper().getText(document);
			String compact = text.replaceAll("\\s", "");
			assertThat(compact).contains(name, uscc, url, "企业码", "统一社会信用代码");

			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200);
			String decoded = new MultiFormatReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
			assertThat(decoded).isEqualTo(url);
		}
		assertThat(pdf.length).as("the font embedded as a subset (about 210 kB), not the whole 16 MB face")
			.isLessThan(400_000);
	}

	@Test
	void onlyTheEnterpriseItselfOrAnAdministratorGetsTheCard() throws Exception {
		String uscc = TestData.validUscc(random, "210106");
		register(enterprise(uscc, "沈阳" + TestData.uniqueWord(random) + "名片权限测试有限公司", "210106", "3421"));
		String other = TestData.validUscc(random, "210106");
		register(enterprise(other, "沈阳" + TestData.uniqueWord(random) + "名片权限他人有限公司", "210106", "3421"));

		String path = "/api/v1/enterprises/" + uscc + "/code.pdf";
		assertThat(perform(get(path), adminToken(), null).getResponse().getStatus()).isEqualTo(200);
		assertThat(perform(get(path), tokenOf("ENTERPRISE", null, other), null).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(perform(get(path), tokenOf("HANDLER", "210100", null), null).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(perform(get(path), null, null).getResponse().getStatus()).isEqualTo(401);

		// the code page offers the card for download (session login)
		String username = createAccount("ENTERPRISE", null, uscc);
		MvcResult page = mvc.perform(get("/my/code").with(user(accounts.loadUserByUsername(username)))).andReturn();
		assertThat(page.getResponse().getContentAsString()).contains("id=\"download-pdf\"", "/my/code.pdf?v=1");
		MvcResult download = mvc.perform(get("/my/code.pdf").with(user(accounts.loadUserByUsername(username))))
			.andReturn();
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(new String(download.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
	}

}
