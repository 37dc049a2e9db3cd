package cn.lianshang.metro.data;

import java.util.ArrayList;
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
import cn.lianshang.shared.web.Messages;

/**
 * The evaluation page ({@code /metro/evaluation}): for a chosen year, the six dimension
 * scores and the index of every city as radar charts, a bar chart and a map of the seven
 * cities shaded by their index with the zone as a marker (ECharts, drawn by
 * {@code static/js/metro-evaluation.js} from a JSON block), the ranking table with TOPSIS
 * beside it, the indicators used and left out, every stage of the pipeline, and the
 * method. Staff roles.
 */
@Controller
class EvaluationPages {

	static final int DEFAULT_YEAR = 2025;

	private final CityEvaluation evaluation;

	private final Messages messages;

	private final ObjectMapper json;

	private final OrgUnits units;

	EvaluationPages(CityEvaluation evaluation, Messages messages, ObjectMapper json, OrgUnits units) {
		this.evaluation = evaluation;
		this.units = units;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/metro/evaluation")
	@PreAuthorize(MetroDataApi.READ)
	String evaluation(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String normalisation, Model model) throws JsonProcessingException {
		int y = year == null || year < Period.MIN_YEAR || year > Period.MAX_YEAR ? DEFAULT_YEAR : year;
		String n = normalisation == null || !List.of("minmax", "zscore", "rank").contains(normalisation) ? "minmax"
				: normalisation;
		model.addAttribute("year", y);
		model.addAttribute("normalisation", n);
		model.addAttribute("normalisations", List.of("minmax", "zscore", "rank"));
		model.addAttribute("years", List.of(2023, 2024, 2025));
		try {
			CityEvaluation.Result result = evaluation.evaluate(y, n);
			model.addAttribute("result", result);
			model.addAttribute("ranked",
					result.scores().stream().sorted((a, b) -> Integer.compare(a.rank(), b.rank())).toList());
			model.addAttribute("chartData", chartData(result));
		}
		catch (InvalidInputException e) {
			model.addAttribute("problem",
					messages.get("error." + e.problems().get(0).code(), e.problems().get(0).args()));
		}
		return "metro/evaluation";
	}

	/** The data of the charts, as JSON for the page's data block ({@code <} escaped). */
	private String chartData(CityEvaluation.Result result) throws JsonProcessingException {
		Map<String, Object> data = new LinkedHashMap<>();
		List<String> dimensions = result.dimensions().stream().map(d -> messages.get("metro.dimension." + d)).toList();
		data.put("dimensions", dimensions);
		data.put("indexLabel", messages.get("metro.eval.index"));
		data.put("topsisLabel", messages.get("metro.eval.topsis"));
		List<Map<String, Object>> units = new ArrayList<>();
		for (CityEvaluation.Score s : result.scores()) {
			Map<String, Object> u = new LinkedHashMap<>();
			u.put("code", s.unit());
			u.put("name", s.name());
			u.put("dimensions", result.dimensions().stream().map(d -> round(s.dimensions().get(d))).toList());
			u.put("index", round(s.index()));
			u.put("topsis", round(s.topsis()));
			this.units.centroid(s.unit()).ifPresent(c -> u.put("centroid", c));
			units.add(u);
		}
		data.put("units", units);
		data.put("scaleMax", "minmax".equals(result.normalisation()) ? 100 : null);
		data.put("mapLabel", messages.get("metro.eval.map"));
		return json.writeValueAsString(data).replace("<", "\\u003c");
	}

	private static Double round(Double v) {
		return v == null || v.isNaN() ? null : Math.round(v * 1000) / 1000.0;
	}

}
