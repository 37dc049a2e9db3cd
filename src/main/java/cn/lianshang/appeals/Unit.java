package cn.lianshang.appeals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A responsible unit (承办单位): a city department, a county office, a business-environment
 * centre.
 */
@Entity
@Table(name = "appeal_unit")
class Unit {

	@Id
	private String code;

	private String name;

	@Column(name = "division_code")
	private String divisionCode;

	protected Unit() {
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String divisionCode() {
		return divisionCode;
	}

}
