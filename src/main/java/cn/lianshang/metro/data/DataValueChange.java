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

/** One step of a value's history: created or changed, from what to what, by whom. */
@Entity
@Table(name = "metro_data_value_change")
class DataValueChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metro_data_value_change_seq")
	@SequenceGenerator(name = "metro_data_value_change_seq", sequenceName = "metro_data_value_change_seq",
			allocationSize = 50)
	private Long id;

	@Column(name = "indicator_code")
	private String indicator;

	@Column(name = "org_unit")
	private String orgUnit;

	private String period;

	private String action;

	@Column(name = "old_value")
	private BigDecimal oldValue;

	@Column(name = "new_value")
	private BigDecimal newValue;

	private String source;

	private String comment;

	private String actor;

	@Column(name = "changed_at")
	private OffsetDateTime changedAt;

	protected DataValueChange() {
	}

	DataValueChange(ValueKey key, String action, BigDecimal oldValue, BigDecimal newValue, String source,
			String comment, String actor, OffsetDateTime at) {
		this.indicator = key.indicator();
		this.orgUnit = key.orgUnit();
		this.period = key.period();
		this.action = action;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.source = source;
		this.comment = comment;
		this.actor = actor;
		this.changedAt = at;
	}

	/** One history step as the API shows it. */
	public record View(String action, BigDecimal oldValue, BigDecimal newValue, String source, String comment,
			String actor, OffsetDateTime at) {

	}

	View view() {
		return new View(action, oldValue, newValue, source, comment, actor, changedAt);
	}

}
