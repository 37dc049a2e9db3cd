package cn.lianshang.marketplace;

import cn.lianshang.ApiTestSupport;
import cn.lianshang.TestData;

/**
 * What the marketplace's API tests share, in the one context of {@link ApiTestSupport}:
 * an enterprise of 铁西区 registered for the test, with its account's token.
 */
abstract class MarketplaceTestSupport extends ApiTestSupport {

	static final String TIEXI = "210106";

	/** A registered enterprise and the API token of its account. */
	record Party(String uscc, String token) {
	}

	/**
	 * Registers an enterprise named {@code name} in 铁西区 (industry 3484) with an account.
	 */
	Party party(String name) throws Exception {
		String uscc = TestData.validUscc(random, TIEXI);
		register(enterprise(uscc, name, TIEXI, "3484"));
		return new Party(uscc, tokenOf("ENTERPRISE", null, uscc));
	}

}
