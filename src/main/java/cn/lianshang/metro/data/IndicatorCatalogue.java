package cn.lianshang.metro.data;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import cn.lianshang.metro.targets.PlanTargets;

/**
 * The indicator catalogue shipped in {@code metro/indicators.csv}, read once: code,
 * names, unit, dimension, direction, kind, additivity, numerator and denominator,
 * 约束性/预期性, source, and the plan target linked to it (the first one, in
 * {@code metro/targets.csv}: {@code indicatorCode}, {@code orgUnit}).
 */
@Component
public class IndicatorCatalogue {

	private final Map<String, MetroIndicator> byCode;

	@org.springframework.beans.factory.annotation.Autowired
	IndicatorCatalogue(PlanTargets targets, OrgUnits units) throws IOException {
		this(new ClassPathResource("metro/indicators.csv"), targets.links(), units);
	}

	/**
	 * Reads the catalogue and checks the links of the plan targets: a known indicator of
	 * the same unit, an org unit that exists (the area for an area-level indicator).
	 */
	IndicatorCatalogue(ClassPathResource resource, List<PlanTargets.Link> links, OrgUnits units) throws IOException {
		Map<String, String> targetOf = new LinkedHashMap<>();
		for (PlanTargets.Link l : links) {
			targetOf.putIfAbsent(l.indicator(), l.target());
		}
		Map<String, MetroIndicator> map = new LinkedHashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord r : format.parse(in)) {
				MetroIndicator i = new MetroIndicator(r.get("code"), r.get("name"), r.get("nameEn"), r.get("unit"),
						r.get("dimension"), Integer.parseInt(r.get("direction")),
						MetroIndicator.Kind.valueOf(r.get("kind")), Boolean.parseBoolean(r.get("additive")),
						r.get("level"), blank(r.get("numerator")), blank(r.get("denominator")), r.get("binding"),
						r.get("source"), targetOf.get(r.get("code")));
				if (!PlanTargets.DIMENSIONS.contains(i.dimension())) {
					throw new IllegalStateException(i.code() + ": unknown dimension " + i.dimension());
				}
				if (map.put(i.code(), i) != null) {
					throw new IllegalStateException("duplicate indicator " + i.code());
				}
			}
		}
		for (PlanTargets.Link l : links) {
			MetroIndicator i = map.get(l.indicator());
			if (i == null) {
				throw new IllegalStateException(l.target() + ": linked to an unknown indicator " + l.indicator());
			}
			if (!i.unit().equals(l.unit())) {
				throw new IllegalStateException(
						l.target() + ": unit " + l.unit() + " is not the unit " + i.unit() + " of " + i.code());
			}
			if (!units.exists(l.orgUnit()) || (!i.cityLevel() && !OrgUnits.AREA.equals(l.orgUnit()))) {
				throw new IllegalStateException(l.target() + ": org unit " + l.orgUnit() + " cannot carry " + i.code());
			}
		}
		this.byCode = Collections.unmodifiableMap(map);
	}

	public List<MetroIndicator> all() {
		return new ArrayList<>(byCode.values());
	}

	public Optional<MetroIndicator> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
	}

	/** The indicators the cities report, in catalogue order. */
	public List<MetroIndicator> cityIndicators() {
		return byCode.values().stream().filter(MetroIndicator::cityLevel).toList();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
