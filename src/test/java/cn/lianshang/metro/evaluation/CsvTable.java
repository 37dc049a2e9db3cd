package cn.lianshang.metro.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file from the test resources as header + rows of strings (blank cells are "").
 */
record CsvTable(List<String> header, List<Map<String, String>> rows) {

	static CsvTable load(String resource) {
		try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("missing test resource " + resource);
			}
			CSVParser parser = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord r : parser) {
				rows.add(new LinkedHashMap<>(r.toMap()));
			}
			return new CsvTable(List.copyOf(parser.getHeaderNames()), rows);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A numeric cell; blank means missing (NaN). */
	static double number(String cell) {
		return cell == null || cell.isBlank() || cell.equals("NA") ? Double.NaN : Double.parseDouble(cell);
	}

	/**
	 * The table as a matrix keyed by {@code keyColumn}, with the given numeric columns.
	 */
	Matrix matrix(String keyColumn, List<String> columns) {
		List<String> units = rows.stream().map(r -> r.get(keyColumn)).toList();
		double[][] v = new double[rows.size()][columns.size()];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				v[r][c] = number(rows.get(r).get(columns.get(c)));
			}
		}
		return Matrix.of(units, columns, v);
	}

}
