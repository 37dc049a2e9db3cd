package cn.lianshang.region;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The division tree, read once from the reference table (it changes only with a
 * migration) and kept in memory: 708 rows. Every module that needs to know whether a code
 * exists, what lies below it, or how far two places are asks here.
 */
@Service
public class Regions {

	static final double EARTH_RADIUS_KM = 6371.0088;

	private final Map<String, Region> byCode;

	private final Map<String, List<Region>> children;

	private final Map<String, String> notes;

	Regions(Divisions divisions) {
		List<Division> all = divisions.findAllByOrderBySortOrder();
		Map<String, Region> codes = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		for (Division d : all) {
			Region r = d.toRegion();
			codes.put(r.code(), r);
			if (d.note() != null) {
				notes.put(r.code(), d.note());
			}
		}
		this.byCode = Collections.unmodifiableMap(codes);
		this.notes = Collections.unmodifiableMap(notes);
		this.children = codes.values()
			.stream()
			.filter(r -> r.parentCode() != null)
			.collect(Collectors.groupingBy(Region::parentCode, LinkedHashMap::new, Collectors.toUnmodifiableList()));
	}

	/** The seven cities and the zone, in code order with {@code SFZ} last. */
	public List<Region> topLevel() {
		return byCode.values().stream().filter(r -> r.level().isTop()).toList();
	}

	public Optional<Region> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
	}

	public boolean exists(String code) {
		return code != null && byCode.containsKey(code);
	}

	public List<Region> childrenOf(String code) {
		return children.getOrDefault(code, List.of());
	}

	/** All units, top-down in reference order. */
	public List<Region> all() {
		return List.copyOf(byCode.values());
	}

	/** The unit and every unit above it, top first: {@code 沈阳市 > 铁西区 > 兴华街道}. */
	public List<Region> lineage(String code) {
		Region r = byCode.get(code);
		if (r == null) {
			return List.of();
		}
		return java.util.Arrays.stream(r.path().split("/")).map(byCode::get).toList();
	}

	/** The full name, e.g. {@code 沈阳市铁西区兴华街道}. */
	public String fullName(String code) {
		return lineage(code).stream().map(Region::name).collect(Collectors.joining());
	}

	/**
	 * A note about the unit's data (only the zone has one: its townships are not known).
	 */
	public Optional<String> note(String code) {
		return Optional.ofNullable(notes.get(code));
	}

	public boolean isWithin(String code, String ancestorCode) {
		Region r = byCode.get(code);
		Region a = byCode.get(ancestorCode);
		return r != null && a != null && r.isWithin(a);
	}

	/** Great-circle distance in kilometres between two points (haversine). */
	public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** Distance between the centroids of two units. */
	public double distanceKm(String codeA, String codeB) {
		Region a = byCode.get(codeA);
		Region b = byCode.get(codeB);
		if (a == null || b == null) {
			throw new IllegalArgumentException("unknown division " + (a == null ? codeA : codeB));
		}
		return distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
	}

	/** Counties by top-level unit, for pickers. */
	public Map<Region, List<Region>> countiesByTop() {
		Map<Region, List<Region>> map = new LinkedHashMap<>();
		for (Region top : topLevel()) {
			map.put(top, childrenOf(top.code()).stream().sorted(Comparator.comparing(Region::code)).toList());
		}
		return map;
	}

}
