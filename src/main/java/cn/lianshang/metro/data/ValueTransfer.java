package cn.lianshang.metro.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackInputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * Import and export of data values as CSV (UTF-8) or XLSX, in the manner of the registry
 * import ({@code enterprise/EnterpriseTransfer}): an import is all or nothing, and if any
 * row breaks a rule the 400 answer lists every problem as {@code rows[N].field} (row 1 is
 * the header). Headers may be the English keys or the Chinese names; the name columns of
 * an export are ignored on import, so an export can be edited and imported again.
 */
@Service
public class ValueTransfer {

	static final int MAX_ROWS = 20_000;

	enum Column {

		INDICATOR("indicator", "指标代码", true), INDICATOR_NAME("indicatorName", "指标名称", false),
		ORG_UNIT("orgUnit", "地区代码", true), ORG_UNIT_NAME("orgUnitName", "地区名称", false), PERIOD("period", "期间", true),
		VALUE("value", "数值", true), SOURCE("source", "来源", true), COMMENT("comment", "备注", false);

		final String key;

		final String zh;

		final boolean required;

		Column(String key, String zh, boolean required) {
			this.key = key;
			this.zh = zh;
			this.required = required;
		}

	}

	public enum Format {

		CSV, XLSX;

		public static Format of(String filename) {
			return filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
		}

	}

	private final RecordingValues recording;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits units;

	ValueTransfer(RecordingValues recording, IndicatorCatalogue catalogue, OrgUnits units) {
		this.recording = recording;
		this.catalogue = catalogue;
		this.units = units;
	}

	/**
	 * Reads, checks and (only if every row is sound) stores the rows; returns how many.
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
		List<ValueEntry> entries = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<Column, String> row = rows.get(i);
			BigDecimal value = null;
			String text = text(row, Column.VALUE);
			if (text != null) {
				try {
					value = new BigDecimal(text.replace(",", "").replace("，", ""));
				}
				catch (NumberFormatException e) {
					problems.add(new FieldProblem("rows[" + (i + 2) + "].value", "import.format", text));
					// checked with 0 in its place, so that one answer lists every problem
					// of the file
					value = BigDecimal.ZERO;
				}
			}
			entries.add(new ValueEntry(text(row, Column.INDICATOR), text(row, Column.ORG_UNIT),
					text(row, Column.PERIOD), value, text(row, Column.SOURCE), text(row, Column.COMMENT)));
		}
		if (problems.isEmpty()) {
			return recording.saveAll(entries, false, "rows").size();
		}
		problems.addAll(recording.problems(entries, "rows", 2));
		throw new InvalidInputException(problems);
	}

	/** Writes the values matching the filter, newest period first; returns how many. */
	@Transactional(readOnly = true)
	public long export(String indicator, String orgUnit, String period, Format format, boolean chineseHeaders,
			OutputStream out) throws IOException {
		List<String> header = Arrays.stream(Column.values()).map(c -> chineseHeaders ? c.zh : c.key).toList();
		List<List<String>> rows = new ArrayList<>();
		int page = 0;
		Page<DataValueView> p;
		do {
			p = recording.search(indicator, orgUnit, period, PageRequest.of(page++, 1000));
			p.forEach(v -> rows.add(values(v)));
		}
		while (p.hasNext() && rows.size() < MAX_ROWS * 5);
		if (format == Format.XLSX) {
			Workbook workbook = new Workbook(out, "Lianshang", "1.0");
			Worksheet sheet = workbook.newWorksheet(chineseHeaders ? "指标数据" : "values");
			for (int i = 0; i < header.size(); i++) {
				sheet.value(0, i, header.get(i));
				sheet.style(0, i).bold().set();
			}
			for (int r = 0; r < rows.size(); r++) {
				List<String> row = rows.get(r);
				for (int i = 0; i < row.size(); i++) {
					if (row.get(i) == null) {
						continue;
					}
					if (i == Column.VALUE.ordinal()) {
						sheet.value(r + 1, i, new BigDecimal(row.get(i)));
					}
					else {
						sheet.value(r + 1, i, row.get(i));
					}
				}
			}
			workbook.finish();
			return rows.size();
		}
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
		printer.printRecord(header);
		for (List<String> row : rows) {
			printer.printRecord(row);
		}
		printer.flush();
		return rows.size();
	}

	private List<String> values(DataValueView v) {
		return Arrays.asList(v.indicator(), catalogue.find(v.indicator()).map(MetroIndicator::name).orElse(null),
				v.orgUnit(), units.name(v.orgUnit()), v.period(), v.value().stripTrailingZeros().toPlainString(),
				v.source(), v.comment());
	}

	private static String text(Map<Column, String> row, Column c) {
		String v = row.get(c);
		return v == null || v.isBlank() ? null : v.trim();
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

	private List<Map<Column, String>> readXlsx(InputStream in) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			List<Row> all = workbook.getFirstSheet().read();
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
		catch (InvalidInputException e) {
			throw e;
		}
		catch (RuntimeException | IOException e) {
			throw InvalidInputException.of("file", "import.unreadable", String.valueOf(e.getMessage()));
		}
	}

	private static String cellText(Row r, int i) {
		if (i >= r.getCellCount() || r.getCell(i) == null) {
			return null;
		}
		var cell = r.getCell(i);
		return switch (cell.getType()) {
			case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
			case EMPTY -> null;
			default -> cell.getText();
		};
	}

	private static Map<Integer, Column> columns(List<String> header) {
		Map<String, Column> index = new HashMap<>();
		for (Column c : Column.values()) {
			index.put(c.key.toLowerCase(Locale.ROOT), c);
			index.put(c.zh, c);
		}
		Map<Integer, Column> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String h = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").trim();
			Column c = index.getOrDefault(h.toLowerCase(Locale.ROOT), index.get(h));
			if (c != null) {
				columns.put(i, c);
			}
		}
		List<FieldProblem> missing = new ArrayList<>();
		for (Column c : Column.values()) {
			if (c.required && !columns.containsValue(c)) {
				missing.add(new FieldProblem("file", "import.missing-column", c.key, c.zh));
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		return columns;
	}

	private static InputStream skipBom(InputStream in) throws IOException {
		PushbackInputStream p = new PushbackInputStream(in, 3);
		byte[] bom = new byte[3];
		int n = p.read(bom, 0, 3);
		if (!(n == 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF) && n > 0) {
			p.unread(bom, 0, n);
		}
		return p;
	}

}
