package cn.lianshang.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.TestData;
import cn.lianshang.access.AccountManagement;

/**
 * Attachments: kinds sniffed from the content (a renamed file is refused), the size
 * limit, 400 with zh/en messages, download only within the appeal's scope, audited;
 * filing with files through the web form.
 */
class AppealAttachmentTests extends AppealsTestSupport {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	AccountManagement accounts;

	static byte[] zip(String... entries) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(out)) {
			for (String e : entries) {
				z.putNextEntry(new ZipEntry(e));
				z.write("<x/>".getBytes(StandardCharsets.UTF_8));
				z.closeEntry();
			}
		}
		return out.toByteArray();
	}

	MvcResult upload(String token, long id, String lang, MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder b = multipart("/api/v1/appeals/" + id + "/attachments");
		for (MockMultipartFile f : files) {
			b.file(f);
		}
		b.header(HttpHeaders.AUTHORIZATION, bearer(token));
		if (lang != null) {
			b.header(HttpHeaders.ACCEPT_LANGUAGE, lang);
		}
		return mvc.perform(b).andReturn();
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	@Test
	void theContentDecidesTheTypeAndOnlyThoseWhoSeeTheAppealDownload() throws Exception {
		Filer filer = enterpriseIn("210106", "3421");
		JsonNode appeal = filed(filer, "OTHER", "210106");
		long id = appeal.get("id").asLong();

		MvcResult ok = upload(filer.token(), id, null, file("营业执照.pdf", PDF), file("现场.png", PNG),
				file("清单.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")),
				file("说明.docx", zip("[Content_Types].xml", "word/document.xml")));
		assertThat(ok.getResponse().getStatus()).as(text(ok)).isEqualTo(201);
		JsonNode stored = body(ok);
		assertThat(stored.findValuesAsText("kind")).containsExactly("PDF", "PNG", "XLSX", "DOCX");
		assertThat(stored.get(0).get("sha256").asText()).isEqualTo(AttachingFiles.sha256(PDF));
		long pdf = stored.get(0).get("id").asLong();

		// a PNG renamed .pdf, a text file named .pdf, an executable, an empty file, a zip
		// that is no Office file
		MvcResult bad = upload(filer.token(), id, null, file("伪装.pdf", PNG), file("a.pdf", "hello".getBytes()),
				file("run.exe", PDF), file("empty.png", new byte[0]), file("x.docx", zip("a.txt")));
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		String zh = text(bad);
		assertThat(zh).contains("扩展名与内容不符", "内容是 png 文件", "类型不受支持", "是空的", "file[0]", "file[4]");
		MvcResult tooLarge = upload(filer.token(), id, "en",
				file("big.pdf", java.util.Arrays.copyOf(PDF, AttachingFiles.MAX_BYTES + 1)));
		assertThat(tooLarge.getResponse().getStatus()).isEqualTo(400);
		assertThat(text(tooLarge)).contains("larger than 10 MB");
		assertThat(jdbc.queryForObject("select count(*) from appeal_attachment where appeal_id = ?", Long.class, id))
			.isEqualTo(4);

		// download: the enterprise and the district's handler; not another city, not
		// another enterprise
		MvcResult mine = perform(get("/api/v1/appeals/" + id + "/attachments/" + pdf), filer.token(), null);
		assertThat(mine.getResponse().getStatus()).isEqualTo(200);
		assertThat(mine.getResponse().getContentAsByteArray()).isEqualTo(PDF);
		assertThat(mine.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(mine.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(mine.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		String handler = tokenOf("HANDLER", "210106", null);
		assertThat(
				perform(get("/api/v1/appeals/" + id + "/attachments/" + pdf), handler, null).getResponse().getStatus())
			.isEqualTo(200);
		assertThat(body(perform(get("/api/v1/appeals/" + id + "/attachments"), handler, null))
			.findValuesAsText("fileName")).containsExactly("营业执照.pdf", "现场.png", "清单.xlsx", "说明.docx");
		String anshan = tokenOf("HANDLER", "210300", null);
		assertThat(
				perform(get("/api/v1/appeals/" + id + "/attachments/" + pdf), anshan, null).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(body(perform(get("/api/v1/appeals/" + id + "/attachments"), anshan, null))).isEmpty();
		Filer stranger = enterpriseIn("210106", "3421");
		assertThat(perform(get("/api/v1/appeals/" + id + "/attachments/" + pdf), stranger.token(), null).getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(upload(stranger.token(), id, null, file("x.pdf", PDF)).getResponse().getStatus()).isEqualTo(404);
		// the right appeal id is part of the key: another appeal's id does not reach it
		long otherAppeal = filed(filer, "OTHER", "210106").get("id").asLong();
		assertThat(perform(get("/api/v1/appeals/" + otherAppeal + "/attachments/" + pdf), filer.token(), null)
			.getResponse()
			.getStatus()).isEqualTo(404);

		// audited: four uploads and the two downloads
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'appeal' and entity_id = ? and action = 'appeal.attachment.add'",
				Long.class, Long.toString(id)))
			.isEqualTo(4);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'appeal' and entity_id = ? and action = 'appeal.attachment.download'",
				Long.class, Long.toString(id)))
			.isEqualTo(2);
	}

	@Test
	void theWebFormFilesWithAttachmentsAndRefusesABadFileWith400() throws Exception {
		String uscc = TestData.validUscc(random, "210106");
		register(enterprise(uscc, "附件表单" + TestData.uniqueWord(random) + "有限公司", "210106", "3421"));
		UserDetails enterprise = accounts.loadUserByUsername(createAccount("ENTERPRISE", null, uscc));
		String description = "附件诉求 " + TestData.uniqueWord(random);

		MvcResult refused = mvc
			.perform(multipart("/appeals").file(new MockMultipartFile("attachments", "伪装.jpg", "image/jpeg", PDF))
				.param("category", "OTHER")
				.param("divisionCode", "210106")
				.param("description", description)
				.param("idempotencyKey", UUID.randomUUID().toString())
				.with(user(enterprise))
				.with(csrf()))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("attachments-error",
				"内容是 pdf 文件");
		assertThat(jdbc.queryForObject("select count(*) from appeal where uscc = ?", Long.class, uscc)).isZero();

		MvcResult filedForm = mvc
			.perform(
					multipart("/appeals").file(new MockMultipartFile("attachments", "营业执照.pdf", "application/pdf", PDF))
						.param("category", "OTHER")
						.param("divisionCode", "210106")
						.param("description", description)
						.param("idempotencyKey", UUID.randomUUID().toString())
						.with(user(enterprise))
						.with(csrf()))
			.andReturn();
		assertThat(filedForm.getResponse().getStatus()).isEqualTo(302);
		String location = filedForm.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring("/appeals/".length()));
		String detail = mvc.perform(get(location).with(user(enterprise)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(detail).contains("appeal-attachments", "营业执照.pdf", "attach-form");
		long attachment = jdbc.queryForObject("select id from appeal_attachment where appeal_id = ?", Long.class, id);
		MvcResult download = mvc.perform(get(location + "/attachments/" + attachment).with(user(enterprise)))
			.andReturn();
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
	}

}
