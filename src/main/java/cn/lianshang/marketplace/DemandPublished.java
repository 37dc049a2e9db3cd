package cn.lianshang.marketplace;

import cn.lianshang.matching.model.Scenario;

/**
 * A demand was posted; later: standing-demand search and supplier notification listen to
 * it.
 */
public record DemandPublished(long demandId, Scenario scenario, String enterpriseUscc) {

}
