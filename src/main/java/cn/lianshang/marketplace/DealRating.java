package cn.lianshang.marketplace;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One side's rating of the other after a completed deal. {@code side} is who is rated:
 * the supplier (by the buyer: on time, quality, communication) or the buyer (by the
 * supplier: payment on time); each 1–5. One per deal and side (a database constraint).
 */
@Entity
@Table(name = "deal_rating")
class DealRating {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deal_rating_seq")
	@SequenceGenerator(name = "deal_rating_seq", sequenceName = "deal_rating_seq", allocationSize = 50)
	private Long id;

	@Column(name = "deal_id")
	private long dealId;

	@Enumerated(EnumType.STRING)
	private DealAction.Side side;

	@Column(name = "rater_uscc")
	private String raterUscc;

	@Column(name = "ratee_uscc")
	private String rateeUscc;

	@Column(name = "on_time")
	private Integer onTime;

	private Integer quality;

	private Integer communication;

	@Column(name = "payment_on_time")
	private Integer paymentOnTime;

	private String comment;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	protected DealRating() {
	}

	DealRating(long dealId, DealAction.Side side, String raterUscc, String rateeUscc, Integer onTime, Integer quality,
			Integer communication, Integer paymentOnTime, String comment, OffsetDateTime now) {
		this.dealId = dealId;
		this.side = side;
		this.raterUscc = raterUscc;
		this.rateeUscc = rateeUscc;
		this.onTime = onTime;
		this.quality = quality;
		this.communication = communication;
		this.paymentOnTime = paymentOnTime;
		this.comment = comment;
		this.createdAt = now;
	}

	Long id() {
		return id;
	}

	long dealId() {
		return dealId;
	}

	DealAction.Side side() {
		return side;
	}

	String raterUscc() {
		return raterUscc;
	}

	String rateeUscc() {
		return rateeUscc;
	}

	Integer onTime() {
		return onTime;
	}

	Integer quality() {
		return quality;
	}

	Integer communication() {
		return communication;
	}

	Integer paymentOnTime() {
		return paymentOnTime;
	}

	String comment() {
		return comment;
	}

	OffsetDateTime createdAt() {
		return createdAt;
	}

}
