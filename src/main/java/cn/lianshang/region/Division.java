package cn.lianshang.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the reference table {@code division}: read-only, loaded by migration V2. */
@Entity
@Table(name = "division")
class Division {

	@Id
	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private Region.Level level;

	@Column(name = "parent_code")
	private String parentCode;

	private String path;

	private Double latitude;

	private Double longitude;

	@Column(name = "centroid_basis")
	private String centroidBasis;

	private String note;

	@Column(name = "sort_order")
	private int sortOrder;

	protected Division() {
	}

	Region toRegion() {
		return new Region(code, name, level, parentCode, path, latitude, longitude);
	}

	String note() {
		return note;
	}

	String centroidBasis() {
		return centroidBasis;
	}

	int sortOrder() {
		return sortOrder;
	}

}
