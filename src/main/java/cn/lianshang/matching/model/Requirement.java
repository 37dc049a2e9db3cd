package cn.lianshang.matching.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a demand asks for, in the model's terms.
 *
 * @param processes every process the part needs (codes of {@link Taxonomy#processes()});
 * all are wanted, sharing none is a hard miss
 * @param materials acceptable material grades (any one will do)
 * @param toleranceIt the required IT grade (after converting a width in µm), or null
 * @param quantity how much, in {@code unit}
 * @param maxUnitPrice the buyer's budget per unit, or null
 * @param sizeMm the part's size [x, y, z] in mm, or null
 */
public record Requirement(String id, String ownerUscc, Scenario scenario, Set<String> processes, Set<String> materials,
		String category, Integer toleranceIt, Set<String> certifications, BigDecimal quantity, String unit,
		LocalDate dueDate, BigDecimal maxUnitPrice, Place place, List<Double> sizeMm) {

	public Requirement {
		processes = processes == null ? Set.of() : Set.copyOf(processes);
		materials = materials == null ? Set.of() : Set.copyOf(materials);
		certifications = certifications == null ? Set.of() : Set.copyOf(certifications);
		sizeMm = sizeMm == null ? null : List.copyOf(sizeMm);
	}

	/** A requirement whose part size is not given. */
	public Requirement(String id, String ownerUscc, Scenario scenario, Set<String> processes, Set<String> materials,
			String category, Integer toleranceIt, Set<String> certifications, BigDecimal quantity, String unit,
			LocalDate dueDate, BigDecimal maxUnitPrice, Place place) {
		this(id, ownerUscc, scenario, processes, materials, category, toleranceIt, certifications, quantity, unit,
				dueDate, maxUnitPrice, place, null);
	}

}
