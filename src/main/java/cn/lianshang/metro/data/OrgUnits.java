package cn.lianshang.metro.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * The organisation units of metro data, as DHIS2's hierarchy: the metropolitan area
 * ({@link #AREA}) at the top, the seven cities and the zone ({@code SFZ}) below it, and
 * their counties below them. Taken from {@link Regions}; townships carry no metro data.
 */
@Component
public class OrgUnits {

	/** The code of the whole metropolitan area. */
	public static final String AREA = "METRO";

	/** One unit, with its level and the unit above it ({@code null} for the area). */
	public record OrgUnit(String code, String name, String level, String parent) {

	}

	private final Regions regions;

	OrgUnits(Regions regions) {
		this.regions = regions;
	}

	public boolean exists(String code) {
		return find(code).isPresent();
	}

	public Optional<OrgUnit> find(String code) {
		if (AREA.equals(code)) {
			return Optional.of(new OrgUnit(AREA, "沈阳都市圈", "AREA", null));
		}
		return regions.find(code).filter(r -> r.level() != Region.Level.TOWNSHIP).map(OrgUnits::unit);
	}

	/**
	 * The unit directly above: the area for a city or the zone, the city for a county.
	 */
	public Optional<String> parentOf(String code) {
		return find(code).map(OrgUnit::parent);
	}

	/**
	 * The approximate centroid of a city, the zone or a county as {@code [longitude,
	 * latitude]} (the reference data's {@code centroids.csv}), for placing it on a map.
	 */
	public Optional<double[]> centroid(String code) {
		return regions.find(code)
			.filter(r -> r.level() != Region.Level.TOWNSHIP)
			.map(r -> new double[] { r.longitude(), r.latitude() });
	}

	public String name(String code) {
		return find(code).map(OrgUnit::name).orElse(code);
	}

	/** The seven cities and the zone, in reference order. */
	public List<OrgUnit> cities() {
		return regions.topLevel().stream().map(OrgUnits::unit).toList();
	}

	/** The area, the cities and the zone, then every county. */
	public List<OrgUnit> all() {
		List<OrgUnit> all = new ArrayList<>();
		all.add(find(AREA).orElseThrow());
		all.addAll(cities());
		for (Region top : regions.topLevel()) {
			regions.childrenOf(top.code())
				.stream()
				.filter(r -> r.level() == Region.Level.COUNTY)
				.map(OrgUnits::unit)
				.forEach(all::add);
		}
		return all;
	}

	private static OrgUnit unit(Region r) {
		String parent = r.level().isTop() ? AREA : r.parentCode();
		return new OrgUnit(r.code(), r.name(), r.level().isTop() ? "CITY" : r.level().name(), parent);
	}

}
