package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the reference tables from the CSV files shipped in the jar
 * ({@code data/README.md} names their sources): the divisions of the seven cities with
 * their centroids, the 沈抚改革创新示范区 as unit {@code SFZ}, and the GB/T 4754-2017 industry
 * classification. Runs once, on H2 and on PostgreSQL alike.
 */
public class V2__load_reference_data extends BaseJavaMigration {

	static final String SFZ_NOTE = "沈抚改革创新示范区没有 GB/T 2260 代码；其管辖的乡镇街道尚未从可靠来源确定，故暂不列出下级单位。"
			+ " / The zone has no GB/T 2260 code; the townships it administers are not known from a reliable source yet, so none are listed.";

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		loadDivisions(connection);
		loadIndustries(connection);
	}

	private void loadDivisions(Connection connection) throws IOException, SQLException {
		Map<String, double[]> centroids = new HashMap<>();
		for (String[] row : read("data/centroids.csv")) {
			centroids.put(row[0], new double[] { Double.parseDouble(row[1]), Double.parseDouble(row[2]) });
		}
		List<String[]> rows = read("data/divisions-liaoning.csv");
		Map<String, String> paths = new HashMap<>();
		String sql = "insert into division (code, name, level, parent_code, path, latitude, longitude, centroid_basis, note, sort_order)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			int order = 0;
			for (String[] row : rows) {
				String code = row[0];
				String level = row[2].toUpperCase();
				String parent = "CITY".equals(level) ? null : row[3];
				String path = (parent == null ? "" : paths.get(parent)) + code + "/";
				paths.put(code, path);
				double[] centroid = centroids.get(code);
				String basis = "SEAT";
				if (centroid == null) {
					centroid = centroids.get(parent);
					basis = "COUNTY";
				}
				if (centroid == null) {
					throw new IllegalStateException("no centroid for division " + code);
				}
				bind(insert, code, row[1], level, parent, path, centroid, basis, null, order++);
				insert.addBatch();
			}
			bind(insert, "SFZ", "沈抚改革创新示范区", "ZONE", null, "SFZ/", centroids.get("SFZ"), "SEAT", SFZ_NOTE, order);
			insert.addBatch();
			insert.executeBatch();
		}
	}

	private static void bind(PreparedStatement insert, String code, String name, String level, String parent,
			String path, double[] centroid, String basis, String note, int order) throws SQLException {
		insert.setString(1, code);
		insert.setString(2, name);
		insert.setString(3, level);
		if (parent == null) {
			insert.setNull(4, Types.VARCHAR);
		}
		else {
			insert.setString(4, parent);
		}
		insert.setString(5, path);
		insert.setDouble(6, centroid[0]);
		insert.setDouble(7, centroid[1]);
		insert.setString(8, basis);
		if (note == null) {
			insert.setNull(9, Types.VARCHAR);
		}
		else {
			insert.setString(9, note);
		}
		insert.setInt(10, order);
	}

	private void loadIndustries(Connection connection) throws IOException, SQLException {
		Map<String, String> paths = new HashMap<>();
		String sql = "insert into industry (code, name, level, parent_code, path) values (?, ?, ?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (String[] row : read("data/industry-gbt4754-2017.csv")) {
				String code = row[0];
				String parent = row[3].isEmpty() ? null : row[3];
				String path = (parent == null ? "" : paths.get(parent)) + code + "/";
				paths.put(code, path);
				insert.setString(1, code);
				insert.setString(2, row[1]);
				insert.setString(3, row[2].toUpperCase());
				if (parent == null) {
					insert.setNull(4, Types.VARCHAR);
				}
				else {
					insert.setString(4, parent);
				}
				insert.setString(5, path);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/**
	 * Reads a simple CSV shipped with the jar: no field of these files holds a comma or a
	 * quote.
	 */
	static List<String[]> read(String resource) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = V2__load_reference_data.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String header = reader.readLine();
			int columns = header.split(",", -1).length;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				String[] fields = line.split(",", -1);
				if (fields.length != columns) {
					throw new IOException(resource + ": unexpected line " + line);
				}
				rows.add(fields);
			}
		}
		return rows;
	}

}
