package cn.lianshang.marketplace;

import cn.lianshang.matching.model.Scenario;

/**
 * An offer was posted; later: the open demands it serves are matched and their owners
 * notified.
 */
public record OfferPublished(long offerId, Scenario scenario, String enterpriseUscc) {

}
