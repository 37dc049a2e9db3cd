package cn.lianshang.metro.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One number for an indicator, an org unit and a period (unique by the three), with its
 * source, a comment, and who entered it when.
 */
@Entity
@Table(name = "metro_data_value")
class DataValue {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metro_data_value_seq")
	@SequenceGenerator(name = "metro_data_value_seq", sequenceName = "metro_data_value_seq", allocationSize = 50)
	private Long id;

	@Column(name = "indicator_code")
	private String indicator;

	@Column(name = "org_unit")
	private String orgUnit;

	private String period;

	@Column(name = "period_type")
	private String periodType;

	@Column(name = "numeric_value")
	private BigDecimal value;

	private String source;

	private String comment;

	private boolean demo;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private int version;

	protected DataValue() {
	}

	DataValue(String indicator, String orgUnit, Period period, String actor, OffsetDateTime now) {
		this.indicator = indicator;
		this.orgUnit = orgUnit;
		this.period = period.code();
		this.periodType = period.type().name();
		this.createdBy = actor;
		this.createdAt = now;
	}

	void set(BigDecimal value, String source, String comment, boolean demo, String actor, OffsetDateTime now) {
		this.value = value;
		this.source = source;
		this.comment = comment;
		this.demo = demo;
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	String indicator() {
		return indicator;
	}

	String orgUnit() {
		return orgUnit;
	}

	String period() {
		return period;
	}

	BigDecimal value() {
		return value;
	}

	ValueKey key() {
		return new ValueKey(indicator, orgUnit, period);
	}

	DataValueView view() {
		return new DataValueView(indicator, orgUnit, period, periodType, value, source, comment, demo, createdBy,
				createdAt, updatedBy, updatedAt);
	}

}
