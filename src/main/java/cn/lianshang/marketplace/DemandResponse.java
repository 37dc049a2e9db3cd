package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import cn.lianshang.matching.model.Scenario;
import cn.lianshang.shared.web.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 报价响应: a supplier's answer to a demand (quote, lead time, message). It guards its own
 * state machine ({@link DealAction}); once awarded it is the deal, with the same id.
 */
@Entity
@Table(name = "demand_response")
class DemandResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "demand_response_seq")
	@SequenceGenerator(name = "demand_response_seq", sequenceName = "demand_response_seq", allocationSize = 50)
	private Long id;

	@Column(name = "demand_id")
	private long demandId;

	@Enumerated(EnumType.STRING)
	private Scenario scenario;

	@Column(name = "demand_title")
	private String demandTitle;

	@Column(name = "buyer_uscc")
	private String buyerUscc;

	@Column(name = "buyer_name")
	private String buyerName;

	@Column(name = "supplier_uscc")
	private String supplierUscc;

	@Column(name = "supplier_name")
	private String supplierName;

	@Column(name = "quote_yuan")
	private BigDecimal quoteYuan;

	@Column(name = "lead_time_days")
	private int leadTimeDays;

	private String message;

	@Enumerated(EnumType.STRING)
	private ResponseStatus status;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Column(name = "awarded_at")
	private OffsetDateTime awardedAt;

	@Column(name = "delivered_at")
	private OffsetDateTime deliveredAt;

	@Column(name = "completed_at")
	private OffsetDateTime completedAt;

	@Version
	private int version;

	protected DemandResponse() {
	}

	DemandResponse(long demandId, Scenario scenario, String demandTitle, String buyerUscc, String buyerName,
			String supplierUscc, String supplierName, BigDecimal quoteYuan, int leadTimeDays, String message,
			OffsetDateTime now) {
		this.demandId = demandId;
		this.scenario = scenario;
		this.demandTitle = demandTitle;
		this.buyerUscc = buyerUscc;
		this.buyerName = buyerName;
		this.supplierUscc = supplierUscc;
		this.supplierName = supplierName;
		this.quoteYuan = quoteYuan;
		this.leadTimeDays = leadTimeDays;
		this.message = message;
		this.status = ResponseStatus.SUBMITTED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Makes the move or refuses it: 409 when the current state does not allow it.
	 */
	void apply(DealAction action, OffsetDateTime now) {
		if (!action.allowedFrom(status)) {
			throw new ConflictException("marketplace.deal.transition", id, status.name(), action.code());
		}
		status = action.target();
		updatedAt = now;
		switch (action) {
			case AWARD -> awardedAt = now;
			case DELIVER -> deliveredAt = now;
			case CONFIRM -> completedAt = now;
			default -> {
			}
		}
	}

	/** The enterprise that plays this side. */
	String party(DealAction.Side side) {
		return side == DealAction.Side.BUYER ? buyerUscc : supplierUscc;
	}

	Long id() {
		return id;
	}

	long demandId() {
		return demandId;
	}

	Scenario scenario() {
		return scenario;
	}

	String demandTitle() {
		return demandTitle;
	}

	String buyerUscc() {
		return buyerUscc;
	}

	String buyerName() {
		return buyerName;
	}

	String supplierUscc() {
		return supplierUscc;
	}

	String supplierName() {
		return supplierName;
	}

	BigDecimal quoteYuan() {
		return quoteYuan;
	}

	int leadTimeDays() {
		return leadTimeDays;
	}

	String message() {
		return message;
	}

	ResponseStatus status() {
		return status;
	}

	OffsetDateTime createdAt() {
		return createdAt;
	}

	OffsetDateTime awardedAt() {
		return awardedAt;
	}

	OffsetDateTime deliveredAt() {
		return deliveredAt;
	}

	OffsetDateTime completedAt() {
		return completedAt;
	}

	int version() {
		return version;
	}

}
