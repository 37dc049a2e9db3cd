package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.util.List;

import cn.lianshang.matching.model.Scenario;

/**
 * The body of {@code POST /api/v1/offers}. Codes may be given as codes ({@code TURNING})
 * or as any synonym of the taxonomy (车削, 数控车); they are stored as codes. Missing
 * processes and materials of a machining offer are read from its title and description.
 *
 * @param enterpriseUscc the supplier; an enterprise account may leave it out (its own)
 * and may not name another
 * @param toleranceIt the finest IT grade held (1–18), or
 * @param toleranceUm the finest tolerance width held, in µm
 * @param envelopeMm the largest part envelope, [x, y, z] in mm
 * @param monthlyCapacity spare capacity per month, in {@code unit} (件 for machining, 吨
 * for materials by default)
 * @param lease the lease terms of a PLANT or EQUIPMENT offer (required there, ignored
 * elsewhere)
 */
record OfferDraft(Scenario scenario, String enterpriseUscc, String title, String description, List<String> processes,
		List<String> materials, List<String> categories, Integer toleranceIt, Double toleranceUm,
		List<Double> envelopeMm, BigDecimal batchMin, BigDecimal batchMax, BigDecimal monthlyCapacity, String unit,
		Integer leadTimeDays, BigDecimal minOrder, BigDecimal unitPrice, List<String> certifications,
		String deliveryArea, LeaseTerms lease) {

	/** A machining or material offer (no lease terms). */
	OfferDraft(Scenario scenario, String enterpriseUscc, String title, String description, List<String> processes,
			List<String> materials, List<String> categories, Integer toleranceIt, Double toleranceUm,
			List<Double> envelopeMm, BigDecimal batchMin, BigDecimal batchMax, BigDecimal monthlyCapacity, String unit,
			Integer leadTimeDays, BigDecimal minOrder, BigDecimal unitPrice, List<String> certifications,
			String deliveryArea) {
		this(scenario, enterpriseUscc, title, description, processes, materials, categories, toleranceIt, toleranceUm,
				envelopeMm, batchMin, batchMax, monthlyCapacity, unit, leadTimeDays, minOrder, unitPrice,
				certifications, deliveryArea, null);
	}

	OfferDraft {
		processes = processes == null ? List.of() : processes;
		materials = materials == null ? List.of() : materials;
		categories = categories == null ? List.of() : categories;
		certifications = certifications == null ? List.of() : certifications;
	}

}
