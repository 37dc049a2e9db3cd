package cn.lianshang.metro.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianshang.shared.web.InvalidInputException;

/**
 * The trends page ({@code /metro/trends}): one line per city and the zone over the years,
 * of one indicator's stored yearly values or of the composite index (the evaluation of
 * every year that has values, min-max normalised, so that a year's index compares the
 * units within that year). Drawn by ECharts ({@code static/js/metro-trends.js}) from a
 * JSON block; the same numbers are in the table below it. Staff roles.
 */
@Controller
class TrendPages {

	static final String INDEX = "index";

	/** How many years are shown by default, up to the latest year with values. */
	static final int DEFAULT_SPAN = 10;

	private final RecordingValues recording;

	private final IndicatorCatalogue catalogue;

	private final OrgUnits units;

	private final CityEvaluation evaluation;

	private final ObjectMapper json;

	TrendPages(RecordingValues recording, IndicatorCatalogue catalogue, OrgUnits units, CityEvaluation evaluation,
			ObjectMapper json) {
		this.recording = recording;
		this.catalogue = catalogue;
		this.units = units;
		this.evaluation = evaluation;
		this.json = json;
	}

	/** One unit's line: a value (or null) per year of the page. */
	public record Line(String code, String name, List<Double> values) {

	}

	@GetMapping("/metro/trends")
	@PreAuthorize(MetroDataApi.READ)
	String trends(@RequestParam(required = false) String indicator, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) throws JsonProcessingException {
		String selected = indicator != null && catalogue.find(indicator).filter(MetroIndicator::cityLevel).isPresent()
				? indicator : INDEX;
		List<Integer> all = recording.years();
		int latest = all.isEmpty() ? EvaluationPages.DEFAULT_YEAR : all.get(all.size() - 1);
		int end = to == null || to < Period.MIN_YEAR || to > Period.MAX_YEAR ? latest : to;
		int start = from == null || from < Period.MIN_YEAR || from > end
				? Math.max(Period.MIN_YEAR, end - DEFAULT_SPAN + 1) : from;
		List<Integer> years = all.stream().filter(y -> y >= start && y <= end).toList();
		List<OrgUnits.OrgUnit> cities = units.cities();
		Map<String, Map<Integer, Double>> byUnit = new HashMap<>();
		if (INDEX.equals(selected)) {
			for (int y : years) {
				try {
					evaluation.evaluate(y, "minmax")
						.scores()
						.forEach(s -> byUnit.computeIfAbsent(s.unit(), k -> new HashMap<>()).put(y, round(s.index())));
				}
				catch (InvalidInputException e) {
					// a year without enough values for an evaluation: no points
				}
			}
		}
		else {
			for (DataValueView v : recording.yearly(selected)) {
				int y = Integer.parseInt(v.period());
				if (y >= start && y <= end) {
					byUnit.computeIfAbsent(v.orgUnit(), k -> new HashMap<>()).put(y, v.value().doubleValue());
				}
			}
		}
		List<Line> lines = new ArrayList<>();
		for (OrgUnits.OrgUnit c : cities) {
			Map<Integer, Double> points = byUnit.getOrDefault(c.code(), Map.of());
			List<Double> values = new ArrayList<>();
			years.forEach(y -> values.add(points.get(y)));
			lines.add(new Line(c.code(), c.name(), values));
		}
		List<Integer> shown = years;
		model.addAttribute("indicators", catalogue.cityIndicators());
		model.addAttribute("selected", selected);
		model.addAttribute("indicator", catalogue.find(selected).orElse(null));
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("years", shown);
		model.addAttribute("lines", lines);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("years", shown.stream().map(String::valueOf).toList());
		data.put("lines", lines);
		data.put("unit", catalogue.find(selected).map(MetroIndicator::unit).orElse(""));
		model.addAttribute("chartData", json.writeValueAsString(data).replace("<", "\\u003c"));
		return "metro/trends";
	}

	private static Double round(double v) {
		return Double.isNaN(v) ? null : Math.round(v * 100) / 100.0;
	}

}
