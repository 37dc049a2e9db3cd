package cn.lianshang.chain;

import cn.lianshang.access.Scope;
import cn.lianshang.region.Regions;

/**
 * A caller's {@link Scope} as query parameters: all rows; rows whose division path starts
 * with the scope's division path (a chain officer bound to a city sees that city); or an
 * enterprise's own rows. Values that match nothing stand in for the branches that do not
 * apply, so NONE matches no row.
 */
record ChainScope(boolean all, String prefix, String own) {

	private static final String NOTHING = "";

	static ChainScope of(Scope scope, Regions regions) {
		return switch (scope.kind()) {
			case ALL -> new ChainScope(true, NOTHING, NOTHING);
			case DIVISION -> new ChainScope(false,
					regions.find(scope.divisionCode()).map(r -> r.path() + "%").orElse(NOTHING), NOTHING);
			case ENTERPRISE -> new ChainScope(false, NOTHING, scope.uscc());
			case NONE -> new ChainScope(false, NOTHING, NOTHING);
		};
	}

}
