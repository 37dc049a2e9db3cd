package cn.lianshang.chain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.lianshang.marketplace.DealCompleted;

/**
 * Records a supply edge for every completed marketplace deal (provenance {@code DEAL},
 * source {@code deal:<id>}, so a redelivered event writes nothing twice).
 * <p>
 * A deal's value band is per deal, in yuan; an edge's band is per year, in 万元. One deal
 * is taken as the edge's yearly value, which undercounts suppliers who deliver often:
 * below 100万 maps to {@link ValueBand#UNDER_1M}, 100–1000万 to {@link ValueBand#M1_10},
 * and 1000万 or more to {@link ValueBand#M10_50} (the lowest band that contains it).
 */
@Component
class DealEdges {

	private final RecordingSupplyEdges recording;

	DealEdges(RecordingSupplyEdges recording) {
		this.recording = recording;
	}

	@ApplicationModuleListener
	void on(DealCompleted deal) {
		recording.recordDeal(deal.supplierUscc(), deal.buyerUscc(), band(deal.valueBand()), "deal:" + deal.dealId());
	}

	static ValueBand band(cn.lianshang.marketplace.ValueBand dealBand) {
		return switch (dealBand) {
			case BELOW_100K, FROM_100K_TO_1M -> ValueBand.UNDER_1M;
			case FROM_1M_TO_10M -> ValueBand.M1_10;
			case FROM_10M -> ValueBand.M10_50;
		};
	}

}
