package cn.lianshang.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of GB/T 4754-2017 (reference table {@code industry}, loaded by migration V2). */
@Entity
@Table(name = "industry")
class Industry {

	@Id
	private String code;

	private String name;

	private String level;

	@Column(name = "parent_code")
	private String parentCode;

	private String path;

	protected Industry() {
	}

	IndustryClass toClass() {
		return new IndustryClass(code, name, IndustryClass.Level.valueOf(level), parentCode, path);
	}

}
