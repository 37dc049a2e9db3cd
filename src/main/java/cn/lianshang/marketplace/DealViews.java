package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.lianshang.matching.model.Scenario;

/** What the API shows of responses, deals and ratings, and what it accepts. */
final class DealViews {

	private DealViews() {
	}

	/**
	 * The body of {@code POST /api/v1/demands/{id}/responses}.
	 *
	 * @param enterpriseUscc the responding supplier; may be left out (the caller's own
	 * enterprise), naming another is refused (403)
	 * @param quoteYuan the total price quoted for the whole demand, in yuan
	 * @param leadTimeDays days from award to delivery
	 */
	record ResponseDraft(String enterpriseUscc, BigDecimal quoteYuan, Integer leadTimeDays, String message) {

	}

	/**
	 * The body of every move: the version the caller read (a stale one gives 409).
	 */
	record Move(Integer version) {

	}

	/**
	 * The body of {@code POST /api/v1/deals/{id}/ratings}. The buyer rates the supplier
	 * ({@code onTime}, {@code quality}, {@code communication}); the supplier rates the
	 * buyer ({@code paymentOnTime}). Each 1–5.
	 */
	record RatingDraft(Integer onTime, Integer quality, Integer communication, Integer paymentOnTime, String comment) {

	}

	record RatingView(DealAction.Side rated, String raterUscc, String rateeUscc, Integer onTime, Integer quality,
			Integer communication, Integer paymentOnTime, String comment, OffsetDateTime createdAt) {

		static RatingView of(DealRating r) {
			return new RatingView(r.side(), r.raterUscc(), r.rateeUscc(), r.onTime(), r.quality(), r.communication(),
					r.paymentOnTime(), r.comment(), r.createdAt());
		}

	}

	/**
	 * A response, and once awarded the deal (same id).
	 *
	 * @param valueBand the deal's size, from the quote; null until awarded
	 * @param ratings the ratings given on a completed deal
	 */
	record DealView(long id, int version, long demandId, String demandTitle, Scenario scenario, ResponseStatus status,
			String buyerUscc, String buyerName, String supplierUscc, String supplierName, BigDecimal quoteYuan,
			int leadTimeDays, String message, ValueBand valueBand, OffsetDateTime createdAt, OffsetDateTime awardedAt,
			OffsetDateTime deliveredAt, OffsetDateTime completedAt, List<RatingView> ratings) {

		static DealView of(DemandResponse r, List<DealRating> ratings) {
			return new DealView(r.id(), r.version(), r.demandId(), r.demandTitle(), r.scenario(), r.status(),
					r.buyerUscc(), r.buyerName(), r.supplierUscc(), r.supplierName(), r.quoteYuan(), r.leadTimeDays(),
					r.message(), r.status().isDeal() ? ValueBand.of(r.quoteYuan()) : null, r.createdAt(), r.awardedAt(),
					r.deliveredAt(), r.completedAt(), ratings.stream().map(RatingView::of).toList());
		}

	}

}
