package cn.lianshang.matching;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import cn.lianshang.matching.model.Place;
import cn.lianshang.matching.model.Ranking;
import cn.lianshang.matching.model.Taxonomy;
import cn.lianshang.matching.model.Weights;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/** The engine as a bean: one taxonomy and one ranking with the configured weights. */
@Component
public class Matching {

	private final Taxonomy taxonomy;

	private final Weights weights;

	private final Ranking ranking;

	private final int candidateLimit;

	private final Regions regions;

	/** An unknown division code (the cache holds no nulls). */
	private static final Place NOWHERE = new Place(null, null, null, null, null, null);

	private final Map<String, Place> places = new ConcurrentHashMap<>();

	Matching(MatchingSettings settings, Regions regions) {
		this.taxonomy = Taxonomy.fromClasspath();
		this.weights = settings.weights().toWeights();
		this.ranking = new Ranking(taxonomy, weights);
		this.candidateLimit = settings.candidates();
		this.regions = regions;
	}

	public Taxonomy taxonomy() {
		return taxonomy;
	}

	public Ranking ranking() {
		return ranking;
	}

	public Weights weights() {
		return weights;
	}

	public Map<String, Double> weightTable() {
		return weights.asMap();
	}

	/** How many retrieved candidates are re-ranked. */
	public int candidateLimit() {
		return candidateLimit;
	}

	/**
	 * The place of a division (any level) with optional coordinates; the division's
	 * centroid when they are null.
	 */
	public Place place(String divisionCode, Double latitude, Double longitude) {
		Place centroid = divisionCode == null ? null : places.computeIfAbsent(divisionCode, this::centroid);
		if (centroid == null || centroid == NOWHERE) {
			return new Place(null, null, null, null, latitude, longitude);
		}
		if (latitude == null || longitude == null) {
			return centroid;
		}
		return new Place(centroid.countyCode(), centroid.countyName(), centroid.cityCode(), centroid.cityName(),
				latitude, longitude);
	}

	/**
	 * The division's county and top-level unit at its centroid (the division tree is read
	 * once and never changes while running, so this is cached per code).
	 */
	private Place centroid(String divisionCode) {
		Region region = regions.find(divisionCode).orElse(null);
		if (region == null) {
			return NOWHERE;
		}
		Region county = null;
		Region top = null;
		for (Region r : regions.lineage(divisionCode)) {
			if (r.level().isTop()) {
				top = r;
			}
			else if (r.level() == Region.Level.COUNTY) {
				county = r;
			}
		}
		return new Place(county == null ? null : county.code(), county == null ? null : county.name(),
				top == null ? null : top.code(), top == null ? null : top.name(), region.latitude(),
				region.longitude());
	}

	/**
	 * Today in the platform's time zone (due dates and lead times are counted from it).
	 */
	public static LocalDate today() {
		return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
	}

}
