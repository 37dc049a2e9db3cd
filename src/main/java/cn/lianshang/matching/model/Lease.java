package cn.lianshang.matching.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One side of a plant or equipment lease in the model's terms: on an offer what is let
 * and the window it is available in, on a demand the minimums and the period wanted.
 *
 * @param units units let or wanted (1 for a plant)
 * @param withOperator let with an operator; on a demand null means either
 * @param price yuan per m² per month (plant) or per unit per day (equipment); on a demand
 * the budget, or null
 * @param from first day available or wanted
 * @param to last day available or wanted, inclusive
 */
public record Lease(String id, String ownerUscc, Scenario scenario, BigDecimal areaM2, BigDecimal clearHeightM,
		BigDecimal craneT, BigDecimal powerKva, BigDecimal floorLoadT, String equipmentType, int units,
		Boolean withOperator, BigDecimal price, LocalDate from, LocalDate to, Place place) {

}
