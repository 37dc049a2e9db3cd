package cn.lianshang.appeals;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A co-handling unit (协办单位) of a matter that spans divisions, with the division path that
 * scopes it.
 */
@Embeddable
record CoHandler(@Column(name = "unit_code") String unitCode, @Column(name = "unit_name") String unitName,
		@Column(name = "unit_path") String unitPath) {
}
