package cn.lianshang.enterprise;

import cn.lianshang.access.Scope;
import cn.lianshang.region.Regions;

/**
 * A {@link Scope} as the parameters of a registry query: all rows; rows whose division
 * path starts with the scope division's path; or the one enterprise of an enterprise
 * account. Values that can match nothing stand in for the branches that do not apply, so
 * NONE matches no row.
 */
record ScopeCondition(boolean all, String pathPrefix, String ownUscc) {

	/**
	 * Matches no division path and no USCC (none is empty). Not a NUL character:
	 * PostgreSQL refuses 0x00 in text parameters.
	 */
	private static final String NOTHING = "";

	static ScopeCondition of(Scope scope, Regions regions) {
		return switch (scope.kind()) {
			case ALL -> new ScopeCondition(true, NOTHING, NOTHING);
			case DIVISION -> new ScopeCondition(false,
					regions.find(scope.divisionCode()).map(r -> r.path() + "%").orElse(NOTHING), NOTHING);
			case ENTERPRISE -> new ScopeCondition(false, NOTHING, scope.uscc());
			case NONE -> new ScopeCondition(false, NOTHING, NOTHING);
		};
	}

}
