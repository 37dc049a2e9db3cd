package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.lianshang.matching.model.Scenario;

/**
 * The body of {@code POST /api/v1/demands}. Codes may be given as codes or synonyms;
 * missing processes and materials are read from the title and description ("数控车加工 45号钢"
 * gives {@code TURNING} and {@code C45}).
 *
 * @param enterpriseUscc the buyer; an enterprise account may leave it out (its own) and
 * may not name another
 * @param processes every process the part needs
 * @param materials acceptable grades (any one)
 * @param materialCategory for raw materials without a grade: the category (钢材, 型材 ...)
 * @param toleranceIt the required IT grade (1–18), or
 * @param toleranceUm the required tolerance width in µm
 * @param sizeMm the part's size [x, y, z] in mm
 * @param deliveryArea where to deliver (a division code); the buyer's own division when
 * left out
 * @param lease for PLANT or EQUIPMENT: the minimums and the period wanted (required
 * there)
 */
record DemandDraft(Scenario scenario, String enterpriseUscc, String title, String description, List<String> processes,
		List<String> materials, String materialCategory, Integer toleranceIt, Double toleranceUm, List<Double> sizeMm,
		BigDecimal quantity, String unit, LocalDate dueDate, BigDecimal maxUnitPrice, List<String> certifications,
		String deliveryArea, LeaseTerms lease) {

	/** A machining or material demand (no lease terms). */
	DemandDraft(Scenario scenario, String enterpriseUscc, String title, String description, List<String> processes,
			List<String> materials, String materialCategory, Integer toleranceIt, Double toleranceUm,
			List<Double> sizeMm, BigDecimal quantity, String unit, LocalDate dueDate, BigDecimal maxUnitPrice,
			List<String> certifications, String deliveryArea) {
		this(scenario, enterpriseUscc, title, description, processes, materials, materialCategory, toleranceIt,
				toleranceUm, sizeMm, quantity, unit, dueDate, maxUnitPrice, certifications, deliveryArea, null);
	}

	DemandDraft {
		processes = processes == null ? List.of() : processes;
		materials = materials == null ? List.of() : materials;
		certifications = certifications == null ? List.of() : certifications;
	}

}
