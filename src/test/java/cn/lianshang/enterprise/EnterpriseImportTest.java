package cn.lianshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/** Import (all rows or none) and scoped export, as CSV and XLSX. */
class EnterpriseImportTest extends ApiTestSupport {

	static final String HEADER = "uscc,name,divisionCode,industryCode,employees,qualifications";

	MvcResult upload(String filename, byte[] content, String token) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", filename, "application/octet-stream", content);
		return mvc
			.perform(
					multipart("/api/v1/enterprises/import").file(file).header(HttpHeaders.AUTHORIZATION, bearer(token)))
			.andReturn();
	}

	MvcResult uploadCsv(String csv) throws Exception {
		return upload("enterprises.csv", csv.getBytes(StandardCharsets.UTF_8), adminToken());
	}

	String row(String uscc, String name, String division, String industry) {
		return String.join(",", uscc, name, division, industry, "50", "HNTE");
	}

	int status(String uscc) throws Exception {
		return perform(get("/api/v1/enterprises/" + uscc), adminToken(), null).getResponse().getStatus();
	}

	@Test
	void importsEveryRowOfASoundCsvAndMakesThemSearchable() throws Exception {
		String word = TestData.uniqueWord(random);
		List<String> codes = List.of(TestData.validUscc(random), TestData.validUscc(random),
				TestData.validUscc(random));
		String csv = HEADER + "\n" + row(codes.get(0), "沈阳" + word + "一厂", "210106", "3421") + "\n"
				+ row(codes.get(1), "\"沈阳" + word + "二厂, 有限公司\"", "210112", "C3422") + "\n"
				+ row(codes.get(2), "鞍山" + word + "三厂", "210302", "3311") + "\n";
		MvcResult result = uploadCsv(csv);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		assertThat(body(result).get("imported").asInt()).isEqualTo(3);
		JsonNode page = search(adminToken(), "q=" + word);
		assertThat(EnterpriseApiTest.usccs(page)).containsExactlyInAnyOrderElementsOf(codes);
		JsonNode second = body(perform(get("/api/v1/enterprises/" + codes.get(1)), adminToken(), null));
		assertThat(second.get("name").asText()).isEqualTo("沈阳" + word + "二厂, 有限公司");
		assertThat(second.get("industryCode").asText()).isEqualTo("3422");
		assertThat(second.get("employees").asInt()).isEqualTo(50);
		assertThat(second.get("qualifications").get(0).asText()).isEqualTo("HNTE");
		JsonNode audit = body(
				perform(get("/api/v1/audit?entityType=enterprise&entityId=" + codes.get(0)), adminToken(), null));
		assertThat(audit.get("content").get(0).get("action").asText()).isEqualTo("enterprise.import");
	}

	@Test
	void storesNothingWhenAnyRowIsBrokenAndNamesEveryBrokenCell() throws Exception {
		String good1 = TestData.validUscc(random);
		String good2 = TestData.validUscc(random);
		String valid = TestData.validUscc(random);
		String badUscc = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		String unknownDivision = TestData.validUscc(random);
		String csv = HEADER + "\n" + row(good1, "好企业一", "210106", "3421") + "\n" + row(badUscc, "坏代码", "210106", "3421")
				+ "\n" + row(good2, "好企业二", "210106", "3421") + "\n" + row(unknownDivision, "坏区划", "219999", "3421")
				+ "\n";
		long before = enterpriseCount();
		JsonNode problem = problem(uploadCsv(csv), 400);
		assertThat(errorOn(problem, "rows[3].uscc").get("code").asText()).isEqualTo("uscc.check-character");
		assertThat(errorOn(problem, "rows[5].divisionCode").get("code").asText()).isEqualTo("division.unknown");
		assertThat(problem.get("errors")).hasSize(2);
		assertThat(enterpriseCount()).isEqualTo(before);
		for (String code : List.of(good1, good2, unknownDivision)) {
			assertThat(status(code)).as(code).isEqualTo(404);
		}
	}

	@Test
	void refusesACodeTwiceInOneFileOrAlreadyRegistered() throws Exception {
		String twice = TestData.validUscc(random);
		String other = TestData.validUscc(random);
		long before = enterpriseCount();
		JsonNode problem = problem(uploadCsv(HEADER + "\n" + row(twice, "甲", "210106", "3421") + "\n"
				+ row(other, "乙", "210106", "3421") + "\n" + row(twice, "丙", "210106", "3421") + "\n"), 400);
		JsonNode duplicate = errorOn(problem, "rows[4].uscc");
		assertThat(duplicate.get("code").asText()).isEqualTo("import.duplicate-in-file");
		assertThat(duplicate.get("message").asText()).contains("2");
		assertThat(enterpriseCount()).isEqualTo(before);

		String registered = register("沈阳" + TestData.uniqueWord(random) + "有限公司", "210106", "3421").get("uscc")
			.asText();
		problem = problem(uploadCsv(HEADER + "\n" + row(other, "乙", "210106", "3421") + "\n"
				+ row(registered, "丁", "210106", "3421") + "\n"), 400);
		assertThat(errorOn(problem, "rows[3].uscc").get("code").asText()).isEqualTo("enterprise.duplicate");
		assertThat(status(other)).isEqualTo(404);
	}

	@Test
	void importsAnXlsxWorkbook() throws Exception {
		String word = TestData.uniqueWord(random);
		List<String> codes = List.of(TestData.validUscc(random), TestData.validUscc(random));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("企业");
		String[] header = { "统一社会信用代码", "企业名称", "行政区划代码", "行业代码", "从业人数" };
		for (int i = 0; i < header.length; i++) {
			sheet.value(0, i, header[i]);
		}
		for (int r = 0; r < 2; r++) {
			sheet.value(r + 1, 0, codes.get(r));
			sheet.value(r + 1, 1, "本溪" + word + "药业" + r);
			sheet.value(r + 1, 2, 210502); // a number cell, as spreadsheet users type it
			sheet.value(r + 1, 3, "2720");
			sheet.value(r + 1, 4, 10 + r);
		}
		workbook.finish();
		MvcResult result = upload("企业.xlsx", out.toByteArray(), adminToken());
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		assertThat(body(result).get("imported").asInt()).isEqualTo(2);
		JsonNode page = search(adminToken(), "q=" + word + "&sort=employees");
		assertThat(EnterpriseApiTest.usccs(page)).containsExactlyElementsOf(codes);
		assertThat(page.get("content").get(1).get("employees").asInt()).isEqualTo(11);
		assertThat(page.get("content").get(0).get("divisionCode").asText()).isEqualTo("210502");
	}

	@Test
	void acceptsChineseHeadersAndABom() throws Exception {
		String word = TestData.uniqueWord(random);
		String code = TestData.validUscc(random);
		String csv = "\uFEFF统一社会信用代码,企业名称,行政区划代码,行业代码,资质\n" + code + ",辽阳" + word + "石化有限公司,211002,2511,HNTE;TSME\n";
		MvcResult result = uploadCsv(csv);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		JsonNode e = body(perform(get("/api/v1/enterprises/" + code), adminToken(), null));
		assertThat(e.get("name").asText()).isEqualTo("辽阳" + word + "石化有限公司");
		assertThat(e.get("qualifications")).hasSize(2);
	}

	@Test
	void refusesAFileWithoutARequiredColumn() throws Exception {
		String code = TestData.validUscc(random);
		JsonNode problem = problem(uploadCsv("uscc,name,divisionCode\n" + code + ",甲,210106\n"), 400);
		JsonNode missing = errorOn(problem, "file");
		assertThat(missing.get("code").asText()).isEqualTo("import.missing-column");
		assertThat(missing.get("message").asText()).contains("industryCode");
		assertThat(status(code)).isEqualTo(404);
		assertThat(errorOn(problem(uploadCsv(HEADER + "\n"), 400), "file").get("code").asText())
			.isEqualTo("import.empty");
	}

	@Test
	void reportsUnreadableValuesByRowAndColumn() throws Exception {
		String code = TestData.validUscc(random);
		JsonNode problem = problem(uploadCsv(
				"uscc,name,divisionCode,industryCode,employees,foundedOn\n" + code + ",甲,210106,3421,many,yesterday\n"),
				400);
		assertThat(errorOn(problem, "rows[2].employees").get("code").asText()).isEqualTo("import.format");
		assertThat(errorOn(problem, "rows[2].foundedOn").get("code").asText()).isEqualTo("import.format");
		assertThat(status(code)).isEqualTo(404);
	}

	@Test
	void onlyAnAdministratorImports() throws Exception {
		String code = TestData.validUscc(random);
		byte[] csv = (HEADER + "\n" + row(code, "甲", "210106", "3421") + "\n").getBytes(StandardCharsets.UTF_8);
		problem(upload("a.csv", csv, tokenOf("HANDLER", "210106", null)), 403);
		assertThat(status(code)).isEqualTo(404);
	}

	@Test
	void exportsExactlyTheCallersRowsAsCsvAndXlsx() throws Exception {
		String word = TestData.uniqueWord(random);
		String tiexi = register("沈阳" + word + "有限公司", "210106", "3421").get("uscc").asText();
		String hunnan = register("沈阳" + word + "浑南有限公司", "210112", "3421").get("uscc").asText();
		String anshan = register("鞍山" + word + "有限公司", "210302", "3421").get("uscc").asText();
		String handler = tokenOf("HANDLER", "210106", null);

		MvcResult csv = performStreaming(get("/api/v1/enterprises/export?format=csv&q=" + word)
			.header(HttpHeaders.AUTHORIZATION, bearer(handler)));
		assertThat(csv.getResponse().getStatus()).isEqualTo(200);
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment");
		String text = text(csv);
		assertThat(text).startsWith("\uFEFF统一社会信用代码,企业名称");
		assertThat(csvCodes(text)).containsExactly(tiexi);

		MvcResult xlsx = performStreaming(get("/api/v1/enterprises/export?format=xlsx&q=" + word)
			.header(HttpHeaders.AUTHORIZATION, bearer(adminToken())));
		assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
		assertThat(xlsxCodes(xlsx.getResponse().getContentAsByteArray())).containsExactlyInAnyOrder(tiexi, hunnan,
				anshan);

		MvcResult english = performStreaming(get("/api/v1/enterprises/export?format=csv&q=" + word)
			.header(HttpHeaders.AUTHORIZATION, bearer(adminToken()))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
		assertThat(text(english)).startsWith("\uFEFFuscc,name,divisionCode,industryCode");
		assertThat(csvCodes(text(english))).containsExactlyInAnyOrder(tiexi, hunnan, anshan);
	}

	@Test
	void anExportImportsBackUnchanged() throws Exception {
		String word = TestData.uniqueWord(random);
		String code = register("沈阳" + word + "有限公司", "210106", "3421").get("uscc").asText();
		MvcResult csv = performStreaming(get("/api/v1/enterprises/export?format=csv&q=" + word)
			.header(HttpHeaders.AUTHORIZATION, bearer(adminToken())));
		// the same file again is refused as a whole: every code is already registered
		JsonNode problem = problem(upload("again.csv", csv.getResponse().getContentAsByteArray(), adminToken()), 400);
		assertThat(errorOn(problem, "rows[2].uscc").get("code").asText()).isEqualTo("enterprise.duplicate");
		assertThat(problem.get("errors")).hasSize(1);
		assertThat(status(code)).isEqualTo(200);
	}

	/** The first column of every data row of an exported CSV (BOM and header skipped). */
	static List<String> csvCodes(String csv) throws Exception {
		List<String> codes = new ArrayList<>();
		String content = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(content)).getRecords();
		for (CSVRecord r : records.subList(1, records.size())) {
			codes.add(r.get(0));
		}
		return codes;
	}

	/**
	 * The first column of every data row of an exported workbook, read back with
	 * fastexcel-reader.
	 */
	static List<String> xlsxCodes(byte[] xlsx) throws Exception {
		List<String> codes = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).isNotEmpty();
			for (Row r : rows.subList(1, rows.size())) {
				codes.add(r.getCellAsString(0).orElseThrow());
			}
		}
		return codes;
	}

}
