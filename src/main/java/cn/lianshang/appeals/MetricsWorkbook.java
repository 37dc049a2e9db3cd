package cn.lianshang.appeals;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The metrics report as an XLSX workbook (FastExcel, streaming): one sheet per division,
 * one per responsible unit, and the definitions. Rates are fractions formatted as
 * percentages; an undefined rate (zero denominator) is an empty cell.
 */
final class MetricsWorkbook {

	static final List<String> HEADERS = List.of("受理量 received", "派单 dispatched", "按时签收 accepted on time", "办结 closed",
			"按时办结 closed on time", "解决 resolved", "满意 satisfied", "重办 reopened", "退单 returned", "按时签收率", "办结率", "按时办结率",
			"解决率", "满意率", "重办率", "退单率", "平均办理工作日 mean", "办理工作日中位数 median", "办理工作日P90 p90");

	private MetricsWorkbook() {
	}

	/** The workbook in memory (a report is a few hundred rows at most). */
	static byte[] bytes(MeasuringAppeals.Report report, String definitions) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			write(report, definitions, out);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static void write(MeasuringAppeals.Report report, String definitions, OutputStream out) throws IOException {
		Workbook wb = new Workbook(out, "Lianshang", "1.0");
		Worksheet divisions = wb.newWorksheet("按区域");
		header(divisions, "区划代码 division", "名称 name", report);
		int r = 2;
		for (MeasuringAppeals.Row row : report.divisions()) {
			divisions.value(r, 0, row.division());
			divisions.value(r, 1, row.name());
			figures(divisions, r,
					new Object[] { row.received(), row.dispatched(), row.acceptedOnTime(), row.closed(),
							row.closedOnTime(), row.resolved(), row.satisfied(), row.reopened(), row.returned(),
							row.acceptedOnTimeRate(), row.closedRate(), row.closedOnTimeRate(), row.resolvedRate(),
							row.satisfiedRate(), row.reopenedRate(), row.returnedRate(), row.meanHandlingDays(),
							row.medianHandlingDays(), row.p90HandlingDays() });
			r++;
		}
		Worksheet units = wb.newWorksheet("按承办单位");
		header(units, "单位代码 unit", "单位 name", report);
		r = 2;
		for (MeasuringAppeals.UnitRow row : report.units()) {
			units.value(r, 0, row.unit() == null ? "" : row.unit());
			units.value(r, 1, row.name());
			figures(units, r,
					new Object[] { row.received(), row.dispatched(), row.acceptedOnTime(), row.closed(),
							row.closedOnTime(), row.resolved(), row.satisfied(), row.reopened(), row.returned(),
							row.acceptedOnTimeRate(), row.closedRate(), row.closedOnTimeRate(), row.resolvedRate(),
							row.satisfiedRate(), row.reopenedRate(), row.returnedRate(), row.meanHandlingDays(),
							row.medianHandlingDays(), row.p90HandlingDays() });
			r++;
		}
		Worksheet defs = wb.newWorksheet("口径");
		defs.width(0, 120);
		r = 0;
		for (String line : definitions.split("\n")) {
			defs.value(r++, 0, line);
		}
		wb.finish();
	}

	private static void header(Worksheet ws, String code, String name, MeasuringAppeals.Report report) {
		ws.value(0, 0, "统计期 period");
		ws.value(0, 1, report.from() + " — " + report.to());
		ws.value(1, 0, code);
		ws.value(1, 1, name);
		for (int i = 0; i < HEADERS.size(); i++) {
			ws.value(1, 2 + i, HEADERS.get(i));
		}
		ws.range(1, 0, 1, 1 + HEADERS.size()).style().bold().set();
		ws.freezePane(2, 2);
		ws.width(1, 34);
	}

	private static void figures(Worksheet ws, int r, Object[] values) {
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			int c = 2 + i;
			if (v instanceof Number n) {
				ws.value(r, c, n);
				if (i >= 9 && i <= 15) {
					ws.style(r, c).format("0.0%").set();
				}
			}
		}
	}

}
