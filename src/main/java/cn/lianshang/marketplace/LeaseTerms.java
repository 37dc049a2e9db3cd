package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The lease part of a PLANT or EQUIPMENT offer or demand, the same columns on both. On an
 * offer: what is let and the window it is available in; on a demand: the minimums wanted
 * and the period wanted. Also the JSON shape of {@code lease} in posts and views.
 *
 * @param areaM2 plant: floor area, m²
 * @param clearHeightM plant: clear height under the crane hook or roof, m
 * @param craneT plant: crane capacity, t
 * @param powerKva plant: power supply, kVA
 * @param floorLoadT plant: floor load, t/m²
 * @param equipmentType equipment: the kind (数控车床, 叉车, 汽车吊 ...)
 * @param specification equipment: model or size, free text
 * @param units equipment: how many identical units (an offer) or wanted (a demand);
 * plant: 1
 * @param withOperator equipment: let with an operator (null on a demand: either)
 * @param price yuan per m² per month (plant) or per unit per day (equipment); a demand's
 * budget
 * @param address where, as an address line (the owner's division gives the coordinates)
 * @param from first day available (offer) or wanted (demand)
 * @param to last day available or wanted, inclusive
 */
@Embeddable
record LeaseTerms(@Column(name = "lease_area_m2") BigDecimal areaM2,
		@Column(name = "lease_clear_height_m") BigDecimal clearHeightM,
		@Column(name = "lease_crane_t") BigDecimal craneT, @Column(name = "lease_power_kva") BigDecimal powerKva,
		@Column(name = "lease_floor_load_t") BigDecimal floorLoadT,
		@Column(name = "lease_equipment_type") String equipmentType,
		@Column(name = "lease_specification") String specification, @Column(name = "lease_units") Integer units,
		@Column(name = "lease_with_operator") Boolean withOperator, @Column(name = "lease_price") BigDecimal price,
		@Column(name = "lease_address") String address, @Column(name = "lease_from") LocalDate from,
		@Column(name = "lease_to") LocalDate to) {

	/** Units to let or wanted: the given count, else 1. */
	int unitCount() {
		return units == null ? 1 : units;
	}

}
