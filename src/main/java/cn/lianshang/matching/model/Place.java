package cn.lianshang.matching.model;

/**
 * Where a demand or an offer is, as far as matching cares: its county-level division and
 * city (codes and names) and coordinates. The caller fills it from the region module; the
 * model only compares.
 *
 * @param countyCode the county-level division (区/县/县级市), or null when only the city is
 * known
 * @param cityCode the top-level unit (a city or {@code SFZ}); null when outside the
 * metropolitan area
 */
public record Place(String countyCode, String countyName, String cityCode, String cityName, Double latitude,
		Double longitude) {

	public boolean inMetropolitanArea() {
		return cityCode != null;
	}

	public boolean hasCoordinates() {
		return latitude != null && longitude != null;
	}

	/**
	 * Great-circle distance in km (haversine), or null when either side lacks
	 * coordinates.
	 */
	public Double distanceKm(Place other) {
		if (!hasCoordinates() || other == null || !other.hasCoordinates()) {
			return null;
		}
		double r = 6371.0;
		double dLat = Math.toRadians(other.latitude - latitude);
		double dLon = Math.toRadians(other.longitude - longitude);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
