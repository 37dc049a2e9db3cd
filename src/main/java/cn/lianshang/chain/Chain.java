package cn.lianshang.chain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A chain: code, names, group of the "5+3+7+5" plan and the version of its node set in
 * force.
 */
@Entity
@Table(name = "chain")
class Chain {

	@Id
	private String code;

	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "group_code")
	private String group;

	@Column(name = "sort_order")
	private int sortOrder;

	@Column(name = "current_version")
	private int currentVersion;

	protected Chain() {
	}

	Chain(String code, String name, String nameEn, String group, int sortOrder) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.group = group;
		this.sortOrder = sortOrder;
		this.currentVersion = 1;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String nameEn() {
		return nameEn;
	}

	String group() {
		return group;
	}

	int sortOrder() {
		return sortOrder;
	}

	int currentVersion() {
		return currentVersion;
	}

	/** Puts a new version in force; versions only go up. */
	int nextVersion() {
		currentVersion++;
		return currentVersion;
	}

}
