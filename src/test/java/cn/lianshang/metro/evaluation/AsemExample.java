package cn.lianshang.metro.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * COINr's ASEM example (src/test/resources/coinr-asem, README there) read into the
 * engine's types.
 */
final class AsemExample {

	static final String DIR = "/coinr-asem/";

	private AsemExample() {
	}

	/** iMeta rows of type Indicator and Aggregate, in file order. */
	static Framework framework() {
		CsvTable meta = CsvTable.load(DIR + "asem_iMeta.csv");
		List<Indicator> nodes = new ArrayList<>();
		for (Map<String, String> r : meta.rows()) {
			String type = r.get("Type");
			if (!type.equals("Indicator") && !type.equals("Aggregate")) {
				continue;
			}
			nodes.add(new Indicator(r.get("iCode"), Integer.parseInt(r.get("Level")), blankToNull(r.get("Parent")),
					Integer.parseInt(r.get("Direction")), Double.parseDouble(r.get("Weight")),
					blankToNull(r.get("Denominator"))));
		}
		return new Framework(nodes);
	}

	/**
	 * iData: indicator columns, the denominator columns and the group columns named in
	 * iMeta.
	 */
	static UnitData data(Framework framework) {
		CsvTable meta = CsvTable.load(DIR + "asem_iMeta.csv");
		CsvTable data = CsvTable.load(DIR + "asem_iData.csv");
		List<String> denominators = meta.rows()
			.stream()
			.filter(r -> r.get("Type").equals("Denominator"))
			.map(r -> r.get("iCode"))
			.toList();
		List<String> groupColumns = meta.rows()
			.stream()
			.filter(r -> r.get("Type").equals("Group"))
			.map(r -> r.get("iCode"))
			.toList();
		Map<String, Map<String, String>> groups = new LinkedHashMap<>();
		for (String g : groupColumns) {
			Map<String, String> byUnit = new LinkedHashMap<>();
			data.rows().forEach(r -> byUnit.put(r.get("uCode"), r.get(g)));
			groups.put(g, byUnit);
		}
		return new UnitData(data.matrix("uCode", framework.indicatorCodes()), data.matrix("uCode", denominators),
				groups);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
