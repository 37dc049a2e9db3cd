package cn.lianshang.appeals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An appeal category (an Open311 service) with its deadlines in working days. */
@Entity
@Table(name = "appeal_category")
class Category {

	@Id
	private String code;

	private String name;

	private String description;

	/** Working days from dispatch to 签收. */
	@Column(name = "accept_days")
	private int acceptDays;

	/** Working days from 签收 to 答复. */
	@Column(name = "answer_days")
	private int answerDays;

	@Column(name = "sort_order")
	private int sortOrder;

	protected Category() {
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String description() {
		return description;
	}

	int acceptDays() {
		return acceptDays;
	}

	int answerDays() {
		return answerDays;
	}

	CategoryView view() {
		return new CategoryView(code, name, description, acceptDays, answerDays);
	}

	record CategoryView(String code, String name, String description, int acceptDays, int answerDays) {
	}

}
