package cn.lianshang.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.TestData;

/**
 * Drawings of a demand through the API: the owner attaches PDF, DXF and STEP files
 * recognised by their content; a renamed file, an unknown type, an empty file and the
 * sixth file are refused with an error per file in Chinese or English; another enterprise
 * may list and download (audited) but not attach; the content comes back byte for byte
 * with its checksum.
 */
@Tag("database")
class DemandDrawingsTests extends MarketplaceTestSupport {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] DXF = "  0\nSECTION\n  2\nHEADER\n  0\nENDSEC\n  0\nEOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] STEP = "ISO-10303-21;\nHEADER;\nENDSEC;\nEND-ISO-10303-21;\n"
		.getBytes(StandardCharsets.US_ASCII);

	long demand(Party buyer) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scenario", "MACHINING");
		body.put("title", "法兰盘 数控车削 按图加工 " + TestData.uniqueWord(random));
		body.put("processes", List.of("TURNING"));
		body.put("quantity", 200);
		body.put("dueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString());
		MvcResult r = perform(post("/api/v1/demands"), buyer.token(), body);
		assertThat(r.getResponse().getStatus()).as(text(r)).isEqualTo(201);
		return body(r).get("id").asLong();
	}

	MvcResult upload(Party who, long demand, String lang, MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder b = multipart("/api/v1/demands/" + demand + "/drawings");
		for (MockMultipartFile f : files) {
			b.file(f);
		}
		b.header(HttpHeaders.AUTHORIZATION, bearer(who.token()));
		if (lang != null) {
			b.header(HttpHeaders.ACCEPT_LANGUAGE, lang);
		}
		return mvc.perform(b).andReturn();
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	@Test
	void theOwnerAttachesDrawingsThatTheContentRecognisesAndSuppliersDownloadThem() throws Exception {
		Party buyer = party("沈阳图纸测试" + TestData.uniqueWord(random) + "有限公司");
		Party supplier = party("沈阳图纸供应" + TestData.uniqueWord(random) + "机械厂");
		long demand = demand(buyer);

		MvcResult stored = upload(buyer, demand, null, file("法兰盘-总图.pdf", PDF), file("法兰盘.DXF", DXF),
				file("法兰盘.stp", STEP));
		assertThat(stored.getResponse().getStatus()).as(text(stored)).isEqualTo(201);
		assertThat(body(stored)).extracting(n -> n.get("kind").asText()).containsExactly("PDF", "DXF", "STEP");

		// a PDF named .dwg, a text file, an empty one: one error each, nothing stored
		MvcResult bad = upload(buyer, demand, null, file("伪装.dwg", PDF), file("说明.dxf", "只是文字".getBytes()),
				file("空.pdf", new byte[0]));
		JsonNode problem = problem(bad, 400);
		assertThat(errorOn(problem, "file[0]").get("code").asText()).isEqualTo("marketplace.drawing.mismatch");
		assertThat(errorOn(problem, "file[0]").get("message").asText()).contains("内容是 PDF 文件");
		assertThat(errorOn(problem, "file[1]").get("code").asText()).isEqualTo("marketplace.drawing.type");
		assertThat(errorOn(problem, "file[2]").get("code").asText()).isEqualTo("marketplace.drawing.empty");
		MvcResult english = upload(buyer, demand, "en", file("伪装.dwg", PDF));
		assertThat(errorOn(problem(english, 400), "file").get("message").asText())
			.contains("does not match its content");

		// the sixth drawing is one too many
		MvcResult tooMany = upload(buyer, demand, null, file("a.pdf", PDF), file("b.pdf", PDF), file("c.pdf", PDF));
		assertThat(errorOn(problem(tooMany, 400), "file").get("code").asText())
			.isEqualTo("marketplace.drawing.too-many");

		// another enterprise lists and downloads, but does not attach
		MvcResult foreign = upload(supplier, demand, null, file("x.pdf", PDF));
		assertThat(foreign.getResponse().getStatus()).isEqualTo(403);
		JsonNode list = body(perform(get("/api/v1/demands/" + demand + "/drawings"), supplier.token(), null));
		assertThat(list).hasSize(3);
		long pdf = list.get(0).get("id").asLong();
		MvcResult download = perform(get("/api/v1/demands/" + demand + "/drawings/" + pdf), supplier.token(), null);
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(list.get(0).get("sha256").asText()).isEqualTo(DemandDrawings.sha256(PDF));
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'demand.drawing.download'" + " and entity_id = ?",
				Integer.class, String.valueOf(demand)))
			.isEqualTo(1);
		assertThat(perform(get("/api/v1/demands/" + demand + "/drawings/" + (pdf + 100000)), supplier.token(), null)
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void theKindIsTheContentsNotTheNames() {
		assertThat(DrawingKind.sniff(PDF)).contains(DrawingKind.PDF);
		assertThat(DrawingKind.sniff(DXF)).contains(DrawingKind.DXF);
		assertThat(DrawingKind.sniff(STEP)).contains(DrawingKind.STEP);
		assertThat(DrawingKind.sniff("AC1032\0\0\0".getBytes(StandardCharsets.ISO_8859_1))).contains(DrawingKind.DWG);
		assertThat(DrawingKind.sniff("ACxx".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(DrawingKind.sniff("0\nSECTIONS".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(DrawingKind.ofName("零件.STP")).contains(DrawingKind.STEP);
	}

}
