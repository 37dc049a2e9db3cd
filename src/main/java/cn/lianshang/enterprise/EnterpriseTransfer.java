package cn.lianshang.enterprise;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * Import and export of the registry as CSV (UTF-8) or XLSX. An import is all or nothing:
 * every row is checked first, and if any row breaks a rule nothing is stored and the
 * report lists every broken rule by row and column.
 */
@Service
class EnterpriseTransfer {

	static final int MAX_ROWS = 100_000;

	/**
	 * The columns, their Chinese headers (accepted on import, written on a Chinese
	 * export).
	 */
	enum Column {

		USCC("uscc", "统一社会信用代码"), NAME("name", "企业名称"), DIVISION("divisionCode", "行政区划代码"),
		INDUSTRY("industryCode", "行业代码"), ADDRESS("address", "地址"), LATITUDE("latitude", "纬度"),
		LONGITUDE("longitude", "经度"), SCALE("scale", "规模"), EMPLOYEES("employees", "从业人数"),
		REVENUE("revenueBand", "营收区间"), FOUNDED("foundedOn", "成立日期"), STATUS("status", "登记状态"),
		QUALIFICATIONS("qualifications", "资质");

		final String key;

		final String zh;

		Column(String key, String zh) {
			this.key = key;
			this.zh = zh;
		}

	}

	enum Format {

		CSV, XLSX;

		static Format of(String filename, String requested) {
			String f = requested != null ? requested : filename;
			if (f == null) {
				return CSV;
			}
			return f.toLowerCase(Locale.ROOT).endsWith("xlsx") ? XLSX : CSV;
		}

	}

	private final EnterpriseRegistry registry;

	private final Enterprises enterprises;

	EnterpriseTransfer(EnterpriseRegistry registry, Enterprises enterprises) {
		this.registry = registry;
		this.enterprises = enterprises;
	}

	/**
	 * Reads, checks and (only if every row is sound) stores the rows; returns how many
	 * were stored.
	 */
	@Transactional
	public int importRows(InputStream in, Format format) throws IOException {
		List<Map<Column, String>> rows = format == Format.XLSX ? readXlsx(in) : readCsv(in);
		if (rows.size() > MAX_ROWS) {
			throw InvalidInputException.of("file", "import.too-many-rows", MAX_ROWS);
		}
		if (rows.isEmpty()) {
			throw InvalidInputException.of("file", "import.empty");
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<EnterpriseDraft> drafts = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			int rowNumber = i + 2; // the header is row 1
			String prefix = "rows[" + rowNumber + "].";
			List<FieldProblem> rowProblems = new ArrayList<>();
			EnterpriseDraft draft = parse(rows.get(i), rowProblems);
			rowProblems.addAll(registry.validate(draft));
			if (draft.uscc() != null && seen.putIfAbsent(draft.uscc(), rowNumber) != null) {
				rowProblems.add(new FieldProblem("uscc", "import.duplicate-in-file", seen.get(draft.uscc())));
			}
			rowProblems.forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.code(), p.args())));
			drafts.add(draft);
		}
		Set<String> existing = new HashSet<>();
		List<String> codes = new ArrayList<>(seen.keySet());
		for (int from = 0; from < codes.size(); from += 1000) {
			existing.addAll(enterprises.findExistingUsccs(codes.subList(from, Math.min(codes.size(), from + 1000))));
		}
		for (int i = 0; i < drafts.size(); i++) {
			if (existing.contains(drafts.get(i).uscc())) {
				problems
					.add(new FieldProblem("rows[" + (i + 2) + "].uscc", "enterprise.duplicate", drafts.get(i).uscc()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		registry.registerAll(drafts, false, "enterprise.import");
		return drafts.size();
	}

	private EnterpriseDraft parse(Map<Column, String> row, List<FieldProblem> problems) {
		String quals = row.get(Column.QUALIFICATIONS);
		List<String> qualifications = quals == null || quals.isBlank() ? List.of()
				: Arrays.stream(quals.split("[;；,，\\s]+")).filter(s -> !s.isBlank()).map(String::trim).toList();
		return new EnterpriseDraft(text(row, Column.USCC), text(row, Column.NAME), text(row, Column.DIVISION),
				text(row, Column.INDUSTRY), text(row, Column.ADDRESS),
				parse(row, Column.LATITUDE, Double::valueOf, problems),
				parse(row, Column.LONGITUDE, Double::valueOf, problems),
				parse(row, Column.SCALE, s -> Scale.valueOf(s.toUpperCase(Locale.ROOT)), problems),
				parse(row, Column.EMPLOYEES, Integer::valueOf, problems),
				parse(row, Column.REVENUE, s -> RevenueBand.valueOf(s.toUpperCase(Locale.ROOT)), problems),
				parse(row, Column.FOUNDED, LocalDate::parse, problems),
				parse(row, Column.STATUS, s -> EnterpriseStatus.valueOf(s.toUpperCase(Locale.ROOT)), problems),
				qualifications);
	}

	private static String text(Map<Column, String> row, Column c) {
		String v = row.get(c);
		return v == null || v.isBlank() ? null : v.trim();
	}

	private static <T> T parse(Map<Column, String> row, Column c, Function<String, T> parser,
			List<FieldProblem> problems) {
		String v = text(row, c);
		if (v == null) {
			return null;
		}
		try {
			return parser.apply(v);
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			problems.add(new FieldProblem(c.key, "import.format", v));
			return null;
		}
	}

	private static Map<String, Column> headerIndex() {
		Map<String, Column> index = new HashMap<>();
		for (Column c : Column.values()) {
			index.put(c.key.toLowerCase(Locale.ROOT), c);
			index.put(c.zh, c);
		}
		return index;
	}

	private List<Map<Column, String>> readCsv(InputStream in) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new InputStreamReader(skipBom(in), StandardCharsets.UTF_8), format)) {
			Map<Integer, Column> columns = columns(parser.getHeaderNames());
			List<Map<Column, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (rows.size() > MAX_ROWS) {
					break;
				}
				Map<Column, String> row = new LinkedHashMap<>();
				columns.forEach((i, c) -> row.put(c, i < record.size() ? record.get(i) : null));
				rows.add(row);
			}
			return rows;
		}
		catch (IllegalArgumentException | java.io.UncheckedIOException e) {
			throw InvalidInputException.of("file", "import.unreadable", String.valueOf(e.getMessage()));
		}
	}

	private List<Map<Column, String>> readXlsx(InputStream in) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			Sheet sheet = workbook.getFirstSheet();
			List<Row> all = sheet.read();
			if (all.isEmpty()) {
				return List.of();
			}
			List<String> header = new ArrayList<>();
			Row first = all.get(0);
			for (int i = 0; i < first.getCellCount(); i++) {
				header.add(first.getCellAsString(i).orElse(""));
			}
			Map<Integer, Column> columns = columns(header);
			List<Map<Column, String>> rows = new ArrayList<>();
			for (Row r : all.subList(1, all.size())) {
				Map<Column, String> row = new LinkedHashMap<>();
				boolean empty = true;
				for (var entry : columns.entrySet()) {
					String value = cellText(r, entry.getKey());
					empty &= value == null || value.isBlank();
					row.put(entry.getValue(), value);
				}
				if (!empty) {
					rows.add(row);
				}
			}
			return rows;
		}
		catch (RuntimeException e) {
			if (e instanceof InvalidInputException iie) {
				throw iie;
			}
			throw InvalidInputException.of("file", "import.unreadable", String.valueOf(e.getMessage()));
		}
		catch (IOException e) {
			throw InvalidInputException.of("file", "import.unreadable", String.valueOf(e.getMessage()));
		}
	}

	private static String cellText(Row r, int i) {
		if (i >= r.getCellCount() || r.getCell(i) == null) {
			return null;
		}
		var cell = r.getCell(i);
		return switch (cell.getType()) {
			case NUMBER -> {
				var n = cell.asNumber();
				yield n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
			}
			case EMPTY -> null;
			default -> cell.getText();
		};
	}

	private static Map<Integer, Column> columns(List<String> header) {
		Map<String, Column> index = headerIndex();
		Map<Integer, Column> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String h = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").trim();
			Column c = index.get(h.toLowerCase(Locale.ROOT));
			if (c == null) {
				c = index.get(h);
			}
			if (c != null) {
				columns.put(i, c);
			}
		}
		List<FieldProblem> missing = new ArrayList<>();
		for (Column required : List.of(Column.USCC, Column.NAME, Column.DIVISION, Column.INDUSTRY)) {
			if (!columns.containsValue(required)) {
				missing.add(new FieldProblem("file", "import.missing-column", required.key, required.zh));
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		return columns;
	}

	private static InputStream skipBom(InputStream in) throws IOException {
		java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
		byte[] bom = new byte[3];
		int n = p.read(bom, 0, 3);
		if (!(n == 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF) && n > 0) {
			p.unread(bom, 0, n);
		}
		return p;
	}

	// ---------------------------------------------------------------- export

	public long export(EnterpriseQuery query, Format format, boolean chineseHeaders, OutputStream out)
			throws IOException {
		List<String> header = Arrays.stream(Column.values()).map(c -> chineseHeaders ? c.zh : c.key).toList();
		if (format == Format.XLSX) {
			Workbook workbook = new Workbook(out, "Lianshang", "1.0");
			Worksheet sheet = workbook.newWorksheet(chineseHeaders ? "企业" : "enterprises");
			for (int i = 0; i < header.size(); i++) {
				sheet.value(0, i, header.get(i));
				sheet.style(0, i).bold().set();
			}
			int[] r = { 1 };
			long count = registry.forEach(query, e -> {
				List<String> values = values(e);
				for (int i = 0; i < values.size(); i++) {
					if (values.get(i) != null) {
						sheet.value(r[0], i, values.get(i));
					}
				}
				r[0]++;
			});
			workbook.finish();
			return count;
		}
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF'); // so that spreadsheet programs read the UTF-8 correctly
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
		printer.printRecord(header);
		long count = registry.forEach(query, e -> {
			try {
				printer.printRecord(values(e));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		printer.flush();
		return count;
	}

	private static List<String> values(EnterpriseView e) {
		return Arrays.asList(e.uscc(), e.name(), e.divisionCode(), e.industryCode(), e.address(), str(e.latitude()),
				str(e.longitude()), str(e.scale()), str(e.employees()), str(e.revenueBand()), str(e.foundedOn()),
				str(e.status()), String.join(";", e.qualifications()));
	}

	private static String str(Object o) {
		return o == null ? null : o.toString();
	}

}
