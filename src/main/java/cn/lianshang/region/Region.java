package cn.lianshang.region;

/**
 * One administrative unit of the metropolitan area.
 *
 * @param code GB/T 2260 code (cities and counties, 6 digits), NBS statistical code
 * (townships, 9 digits), or {@code SFZ}
 * @param path the codes from the top-level unit down to this one, each followed by
 * {@code /}: a unit lies within another iff its path starts with the other's
 */
public record Region(String code, String name, Level level, String parentCode, String path, double latitude,
		double longitude) {

	public enum Level {

		CITY, ZONE, COUNTY, TOWNSHIP;

		/** Cities and the zone are the top-level units of the metropolitan area. */
		public boolean isTop() {
			return this == CITY || this == ZONE;
		}

	}

	/** The code of the top-level unit (a city or {@code SFZ}) this unit belongs to. */
	public String topCode() {
		return path.substring(0, path.indexOf('/'));
	}

	public boolean isWithin(Region other) {
		return path.startsWith(other.path);
	}

}
