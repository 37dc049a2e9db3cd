package cn.lianshang.appeals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Jurisdiction × category (null = any) × industry prefix (null = any) → responsible unit.
 */
@Entity
@Table(name = "dispatch_rule")
class DispatchRule {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispatch_rule_seq")
	@SequenceGenerator(name = "dispatch_rule_seq", sequenceName = "dispatch_rule_seq", allocationSize = 50)
	private Long id;

	@Column(name = "division_code")
	private String divisionCode;

	@Column(name = "category_code")
	private String categoryCode;

	@Column(name = "industry_prefix")
	private String industryPrefix;

	@Column(name = "unit_code")
	private String unitCode;

	private int priority;

	protected DispatchRule() {
	}

	/** A rule as read by a plain query (not managed). */
	DispatchRule(long id, String divisionCode, String categoryCode, String industryPrefix, String unitCode,
			int priority) {
		this(divisionCode, categoryCode, industryPrefix, unitCode, priority);
		this.id = id;
	}

	DispatchRule(String divisionCode, String categoryCode, String industryPrefix, String unitCode, int priority) {
		this.divisionCode = divisionCode;
		this.categoryCode = categoryCode;
		this.industryPrefix = industryPrefix;
		this.unitCode = unitCode;
		this.priority = priority;
	}

	Long id() {
		return id;
	}

	String divisionCode() {
		return divisionCode;
	}

	String categoryCode() {
		return categoryCode;
	}

	String industryPrefix() {
		return industryPrefix;
	}

	String unitCode() {
		return unitCode;
	}

	int priority() {
		return priority;
	}

	boolean matches(String category, String industryCode) {
		return (categoryCode == null || categoryCode.equals(category))
				&& (industryPrefix == null || (industryCode != null && industryCode.startsWith(industryPrefix)));
	}

}
