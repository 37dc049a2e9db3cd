package cn.lianshang.marketplace;

import java.time.OffsetDateTime;

import cn.lianshang.matching.model.Scenario;

/**
 * A deal was completed (the buyer confirmed receipt): a supply edge from the supplier to
 * the buyer, for the chains module's local supporting rate (本地配套率).
 *
 * @param dealId the deal (the awarded response's id)
 * @param valueBand the size of the deal, from the awarded quote
 */
public record DealCompleted(long dealId, String supplierUscc, String buyerUscc, Scenario scenario, ValueBand valueBand,
		OffsetDateTime completedAt) {

}
