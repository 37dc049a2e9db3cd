package cn.lianshang.metro;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.lianshang.metro.progress.ProgressStatus;
import cn.lianshang.metro.targets.PlanTargets;

/**
 * The metro monitoring page: the plan targets of the seed documents by dimension, each
 * with its progress status and the seed's own clause, a bar of how many targets are in
 * each status, and the progress figures the seeds report. Filterable by scope. Any
 * signed-in user.
 */
@Controller
class MetroPages {

	/**
	 * Message key suffixes of the scopes and dimensions (their names are the seeds'
	 * Chinese words).
	 */
	static final Map<String, String> SCOPE_KEYS = keys(PlanTargets.SCOPES, "metro", "shenyang", "anshan", "fushun",
			"benxi", "fuxin", "liaoyang", "tieling", "sfz", "province");

	static final Map<String, String> DIMENSION_KEYS = keys(PlanTargets.DIMENSIONS, "economy", "industry",
			"infrastructure", "ecology", "livelihood", "coordination");

	/** The badge class of each status (app.css). */
	static final Map<ProgressStatus, String> BADGES = new EnumMap<>(
			Map.of(ProgressStatus.ACHIEVED, "badge-ok", ProgressStatus.ON_TRACK, "badge-ok",
					ProgressStatus.NEEDS_ACCELERATION, "badge-demo", ProgressStatus.LIMITED_PROGRESS, "badge-demo",
					ProgressStatus.DETERIORATION, "badge-off", ProgressStatus.INSUFFICIENT_DATA, ""));

	/** The colour of each status in the bar (the palette of app.css). */
	static final Map<ProgressStatus, String> COLOURS = new EnumMap<>(
			Map.of(ProgressStatus.ACHIEVED, "var(--green)", ProgressStatus.ON_TRACK, "#5fae80",
					ProgressStatus.NEEDS_ACCELERATION, "#d9a02b", ProgressStatus.LIMITED_PROGRESS, "var(--amber)",
					ProgressStatus.DETERIORATION, "var(--red)", ProgressStatus.INSUFFICIENT_DATA, "#b8c1cc"));

	/** One dimension and its targets. */
	record Group(String key, List<PlanTargets.Target> targets) {

	}

	/** One segment of the status bar. */
	record StatusCount(ProgressStatus status, long count, double percent) {

	}

	private final PlanTargets targets;

	MetroPages(PlanTargets targets) {
		this.targets = targets;
	}

	@GetMapping("/metro")
	String metro(@RequestParam(required = false) String scope, Model model) {
		String selected = scope != null && SCOPE_KEYS.containsKey(scope) ? scope : null;
		List<PlanTargets.Target> all = targets.targets(selected);
		Map<String, List<PlanTargets.Target>> byDimension = new LinkedHashMap<>();
		PlanTargets.DIMENSIONS.forEach(d -> byDimension.put(DIMENSION_KEYS.get(d), new ArrayList<>()));
		Map<ProgressStatus, Long> counts = new EnumMap<>(ProgressStatus.class);
		for (PlanTargets.Target t : all) {
			String key = t.dimension() == null ? "none" : DIMENSION_KEYS.getOrDefault(t.dimension(), "none");
			byDimension.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
			counts.merge(t.status(), 1L, Long::sum);
		}
		List<Group> groups = byDimension.entrySet()
			.stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(e -> new Group(e.getKey(), e.getValue()))
			.toList();
		List<StatusCount> bar = new ArrayList<>();
		for (ProgressStatus s : ProgressStatus.values()) {
			long n = counts.getOrDefault(s, 0L);
			bar.add(new StatusCount(s, n, all.isEmpty() ? 0 : 100.0 * n / all.size()));
		}
		model.addAttribute("scope", selected);
		model.addAttribute("scopeKeys", SCOPE_KEYS);
		model.addAttribute("groups", groups);
		model.addAttribute("total", all.size());
		model.addAttribute("bar", bar);
		model.addAttribute("badges", BADGES);
		model.addAttribute("colours", COLOURS);
		model.addAttribute("figures", targets.progressFigures(selected));
		return "metro/index";
	}

	private static Map<String, String> keys(List<String> names, String... keys) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			map.put(names.get(i), keys[i]);
		}
		return map;
	}

}
