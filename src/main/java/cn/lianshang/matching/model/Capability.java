package cn.lianshang.matching.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What an offer can do, in the model's terms.
 *
 * @param bestToleranceIt the finest IT grade the supplier holds, or null when it does not
 * say
 * @param monthlyCapacity spare capacity per month, in {@code unit}, or null
 * @param leadTimeDays days from order to delivery, or null
 * @param reputation 0–1 from completed deals, or null while there are none
 * @param envelopeMm the largest part the supplier can take [x, y, z] in mm, or null
 */
public record Capability(String id, String ownerUscc, Scenario scenario, Set<String> processes, Set<String> materials,
		Set<String> categories, Integer bestToleranceIt, Set<String> certifications, BigDecimal monthlyCapacity,
		String unit, Integer leadTimeDays, BigDecimal unitPrice, Double reputation, Place place,
		List<Double> envelopeMm) {

	public Capability {
		processes = processes == null ? Set.of() : Set.copyOf(processes);
		materials = materials == null ? Set.of() : Set.copyOf(materials);
		categories = categories == null ? Set.of() : Set.copyOf(categories);
		certifications = certifications == null ? Set.of() : Set.copyOf(certifications);
		envelopeMm = envelopeMm == null ? null : List.copyOf(envelopeMm);
	}

	/** A capability whose part envelope is not given. */
	public Capability(String id, String ownerUscc, Scenario scenario, Set<String> processes, Set<String> materials,
			Set<String> categories, Integer bestToleranceIt, Set<String> certifications, BigDecimal monthlyCapacity,
			String unit, Integer leadTimeDays, BigDecimal unitPrice, Double reputation, Place place) {
		this(id, ownerUscc, scenario, processes, materials, categories, bestToleranceIt, certifications,
				monthlyCapacity, unit, leadTimeDays, unitPrice, reputation, place, null);
	}

}
