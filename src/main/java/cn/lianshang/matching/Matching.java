package cn.lianshang.matching;

import java.time.LocalDate;
import java.util.Map;

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
		Region region = divisionCode == null ? null : regions.find(divisionCode).orElse(null);
		if (region == null) {
			return new Place(null, null, null, null, latitude, longitude);
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
		double lat = latitude == null ? region.latitude() : latitude;
		double lon = longitude == null ? region.longitude() : longitude;
		return new Place(county == null ? null : county.code(), county == null ? null : county.name(),
				top == null ? null : top.code(), top == null ? null : top.name(), lat, lon);
	}

	/**
	 * Today in the platform's time zone (due dates and lead times are counted from it).
	 */
	public static LocalDate today() {
		return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
	}

}
