package cn.lianshang.metro.targets;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import cn.lianshang.metro.progress.Comparison;

/**
 * The plan targets and progress figures shipped with the platform
 * ({@code metro/targets.csv}, extracted from the five seed documents; see
 * {@code metro/README.md}), read once at start. A broken file stops the start-up with the
 * row that is wrong.
 */
@Component
class PlanFigures {

	static final String RESOURCE = "metro/targets.csv";

	static final Set<String> DIMENSIONS = Set.of("经济质效", "产业发展", "设施联通", "生态共保", "民生服务", "区域协调");

	static final Set<String> SCOPES = Set.of("都市圈", "沈阳市", "鞍山市", "抚顺市", "本溪市", "阜新市", "辽阳市", "铁岭市", "沈抚改革创新示范区", "全省");

	private final Map<String, PlanFigure> byId;

	PlanFigures() {
		this(load(new ClassPathResource(RESOURCE)));
	}

	PlanFigures(List<PlanFigure> figures) {
		Map<String, PlanFigure> map = new LinkedHashMap<>();
		for (PlanFigure f : figures) {
			if (map.putIfAbsent(f.id(), f) != null) {
				throw new IllegalStateException("duplicate plan figure id " + f.id());
			}
		}
		for (PlanFigure f : figures) {
			if (f.measures() != null) {
				PlanFigure target = map.get(f.measures());
				if (f.isTarget() || target == null || !target.isTarget()) {
					throw new IllegalStateException(f.id() + ": measures must name a target, not " + f.measures());
				}
			}
		}
		this.byId = map;
	}

	List<PlanFigure> all() {
		return List.copyOf(byId.values());
	}

	List<PlanFigure> targets() {
		return byId.values().stream().filter(PlanFigure::isTarget).toList();
	}

	List<PlanFigure> progressFigures() {
		return byId.values().stream().filter(f -> !f.isTarget()).toList();
	}

	Optional<PlanFigure> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** The targets linked to an indicator and org unit. */
	List<PlanFigure> linked() {
		return byId.values().stream().filter(PlanFigure::linked).toList();
	}

	/** The progress of a target from the seeds' figures and the values stored for it. */
	TargetProgress.Result progress(PlanFigure target, StoredValues stored) {
		List<StoredValues.Value> values = target.linked() ? stored.yearly(target.indicatorCode(), target.orgUnit())
				: List.of();
		return TargetProgress.of(target, measuring(target), values);
	}

	/** The progress figures that measure this target, oldest first. */
	List<PlanFigure> measuring(PlanFigure target) {
		return byId.values()
			.stream()
			.filter(f -> target.id().equals(f.measures()))
			.sorted((a, b) -> Integer.compare(a.year() == null ? 0 : a.year(), b.year() == null ? 0 : b.year()))
			.toList();
	}

	static List<PlanFigure> load(ClassPathResource resource) {
		try (InputStream in = resource.getInputStream()) {
			return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
	}

	static List<PlanFigure> parse(Reader reader) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		List<PlanFigure> figures = new ArrayList<>();
		for (CSVRecord r : format.parse(reader)) {
			try {
				figures.add(figure(r));
			}
			catch (RuntimeException e) {
				throw new IllegalStateException(RESOURCE + " line " + r.getRecordNumber() + ": " + e.getMessage(), e);
			}
		}
		return figures;
	}

	private static PlanFigure figure(CSVRecord r) {
		String dimension = blankToNull(r.get("dimension"));
		if (dimension != null && !DIMENSIONS.contains(dimension)) {
			throw new IllegalArgumentException("unknown dimension " + dimension);
		}
		String scope = r.get("scope");
		if (!SCOPES.contains(scope)) {
			throw new IllegalArgumentException("unknown scope " + scope);
		}
		String annual = r.get("annual");
		if (!annual.isEmpty() && !annual.equals("Y")) {
			throw new IllegalArgumentException("annual must be Y or empty: " + annual);
		}
		String quote = r.get("quote");
		if (quote.isBlank()) {
			throw new IllegalArgumentException("no quote");
		}
		String indicatorCode = optional(r, "indicatorCode");
		String orgUnit = optional(r, "orgUnit");
		if ((indicatorCode == null) != (orgUnit == null)) {
			throw new IllegalArgumentException("indicatorCode and orgUnit go together");
		}
		if (indicatorCode != null && !r.get("kind").equals("TARGET")) {
			throw new IllegalArgumentException("only a target is linked to an indicator");
		}
		return new PlanFigure(r.get("id"), PlanFigure.Kind.valueOf(r.get("kind")), r.get("sourceFile"), scope,
				r.get("indicator"), r.get("indicatorEn"), r.get("unit"), Comparison.ofSymbol(r.get("comparison")),
				integer(r.get("year")), new BigDecimal(r.get("value")), integer(r.get("baseYear")),
				decimal(r.get("baseValue")), blankToNull(r.get("binding")), dimension, annual.equals("Y"),
				blankToNull(r.get("measures")), indicatorCode, orgUnit, quote);
	}

	private static String optional(CSVRecord r, String column) {
		return r.isMapped(column) ? blankToNull(r.get(column)) : null;
	}

	private static Integer integer(String s) {
		return s.isBlank() ? null : Integer.valueOf(s);
	}

	private static BigDecimal decimal(String s) {
		return s.isBlank() ? null : new BigDecimal(s);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
