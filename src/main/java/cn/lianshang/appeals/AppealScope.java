package cn.lianshang.appeals;

import cn.lianshang.access.Scope;
import cn.lianshang.region.Regions;

/**
 * A caller's {@link Scope} as parameters of an appeal query: everything (admin); appeals
 * whose lead or co-handling unit lies within the division path (handler); or the
 * enterprise's own appeals. The empty string stands for the branches that do not apply:
 * no path and no USCC is empty, so it matches nothing.
 */
record AppealScope(boolean all, String prefix, String uscc) {

	private static final String NOTHING = "";

	static AppealScope of(Scope scope, Regions regions) {
		return switch (scope.kind()) {
			case ALL -> new AppealScope(true, NOTHING, NOTHING);
			case DIVISION -> new AppealScope(false,
					regions.find(scope.divisionCode()).map(r -> r.path() + "%").orElse(NOTHING), NOTHING);
			case ENTERPRISE -> new AppealScope(false, NOTHING, scope.uscc());
			case NONE -> new AppealScope(false, NOTHING, NOTHING);
		};
	}

}
