package cn.lianshang.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A qualification an enterprise can hold (高新技术企业, 专精特新 ...): a reference table, editable
 * by migration.
 */
@Entity
@Table(name = "qualification")
class Qualification {

	@Id
	private String code;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "issuer_zh")
	private String issuerZh;

	@Column(name = "sort_order")
	private int sortOrder;

	protected Qualification() {
	}

	QualificationView view() {
		return new QualificationView(code, nameZh, nameEn, issuerZh);
	}

}
