package cn.lianshang.appeals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianshang.appeals.model.AppealMetrics;
import cn.lianshang.shared.web.Messages;

/**
 * {@code /appeals/dashboard}: the metrics of the caller's jurisdiction (handlers: their
 * division, in the query; administrators: the whole metropolitan area) as charts and
 * rankings. The chart data goes to the page as a JSON block that
 * {@code static/js/appeals-dashboard.js} draws with ECharts (no inline script: CSP).
 */
@Controller
class AppealDashboardPages {

	private final MeasuringAppeals measuring;

	private final ObjectMapper json;

	private final Messages messages;

	AppealDashboardPages(MeasuringAppeals measuring, ObjectMapper json, Messages messages) {
		this.measuring = measuring;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/appeals/dashboard")
	@PreAuthorize("hasAnyRole('ADMIN', 'HANDLER')")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model)
			throws JsonProcessingException {
		LocalDate end = to == null ? LocalDate.now(AppealMetrics.ZONE) : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		MeasuringAppeals.Dashboard d = measuring.dashboard(start, end);
		model.addAttribute("report", d.report());
		model.addAttribute("months", d.months());
		model.addAttribute("chartData", chartData(d));
		return "appeals/dashboard";
	}

	/**
	 * What the charts draw, with their labels in the page's language; {@code <} escaped
	 * so that no text can close the script block.
	 */
	String chartData(MeasuringAppeals.Dashboard d) throws JsonProcessingException {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("months", d.months().stream().map(m -> m.month().toString()).toList());
		data.put("received", d.months().stream().map(MeasuringAppeals.MonthRow::received).toList());
		data.put("closed", d.months().stream().map(MeasuringAppeals.MonthRow::closed).toList());
		data.put("returned", d.months().stream().map(MeasuringAppeals.MonthRow::returned).toList());
		data.put("reopened", d.months().stream().map(MeasuringAppeals.MonthRow::reopened).toList());
		data.put("closedOnTimeRate", d.months().stream().map(m -> percent(m.closedOnTimeRate())).toList());
		data.put("satisfiedRate", d.months().stream().map(m -> percent(m.satisfiedRate())).toList());
		List<MeasuringAppeals.UnitRow> ranked = d.report()
			.units()
			.stream()
			.filter(u -> u.p90HandlingDays() != null)
			.sorted((a, b) -> Integer.compare(b.p90HandlingDays(), a.p90HandlingDays()))
			.limit(15)
			.toList();
		data.put("unitNames", ranked.stream().map(MeasuringAppeals.UnitRow::name).toList());
		data.put("unitP90", ranked.stream().map(MeasuringAppeals.UnitRow::p90HandlingDays).toList());
		data.put("unitMedian", ranked.stream().map(MeasuringAppeals.UnitRow::medianHandlingDays).toList());
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : List.of("received", "closed", "returned", "reopened", "closedOnTimeRate", "satisfiedRate",
				"p90", "median")) {
			labels.put(key, messages.get("appeals.dashboard.series." + key));
		}
		data.put("labels", labels);
		return json.writeValueAsString(data).replace("<", "\\u003c");
	}

	private static Double percent(Double rate) {
		return rate == null ? null : Math.round(rate * 1000) / 10.0;
	}

}
