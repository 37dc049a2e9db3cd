package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.util.List;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

import cn.lianshang.matching.model.Scenario;

/**
 * What the ranking needs of an offer, read from the stored fields of the offer index (a
 * projection: no entity, no element collection, no database round trip). Every field here
 * is {@code projectable} in the mapping of {@link Offer}; an index written before they
 * were is rebuilt on start ({@link MarketplaceIndex}).
 */
record OfferFacts(Long id, Scenario scenario, String ownerUscc, String ownerName, String title, String divisionCode,
		Double latitude, Double longitude, Integer toleranceIt, Double toleranceUm, Double envelopeX, Double envelopeY,
		Double envelopeZ, BigDecimal monthlyCapacity, String unit, Integer leadTimeDays, BigDecimal unitPrice,
		List<String> processes, List<String> materials, List<String> categories, List<String> certifications) {

	@ProjectionConstructor
	OfferFacts(@IdProjection Long id, @FieldProjection(path = "scenario") Scenario scenario,
			@FieldProjection(path = "ownerUscc") String ownerUscc,
			@FieldProjection(path = "ownerName") String ownerName, @FieldProjection(path = "title") String title,
			@FieldProjection(path = "divisionCode") String divisionCode,
			@FieldProjection(path = "latitude") Double latitude, @FieldProjection(path = "longitude") Double longitude,
			@FieldProjection(path = "toleranceIt") Integer toleranceIt,
			@FieldProjection(path = "toleranceUm") Double toleranceUm,
			@FieldProjection(path = "envelopeX") Double envelopeX,
			@FieldProjection(path = "envelopeY") Double envelopeY,
			@FieldProjection(path = "envelopeZ") Double envelopeZ,
			@FieldProjection(path = "monthlyCapacity") BigDecimal monthlyCapacity,
			@FieldProjection(path = "unit") String unit, @FieldProjection(path = "leadTimeDays") Integer leadTimeDays,
			@FieldProjection(path = "unitPrice") BigDecimal unitPrice,
			@FieldProjection(path = "processes") List<String> processes,
			@FieldProjection(path = "materials") List<String> materials,
			@FieldProjection(path = "categories") List<String> categories,
			@FieldProjection(path = "certifications") List<String> certifications) {
		this.id = id;
		this.scenario = scenario;
		this.ownerUscc = ownerUscc;
		this.ownerName = ownerName;
		this.title = title;
		this.divisionCode = divisionCode;
		this.latitude = latitude;
		this.longitude = longitude;
		this.toleranceIt = toleranceIt;
		this.toleranceUm = toleranceUm;
		this.envelopeX = envelopeX;
		this.envelopeY = envelopeY;
		this.envelopeZ = envelopeZ;
		this.monthlyCapacity = monthlyCapacity;
		this.unit = unit;
		this.leadTimeDays = leadTimeDays;
		this.unitPrice = unitPrice;
		this.processes = processes == null ? List.of() : processes;
		this.materials = materials == null ? List.of() : materials;
		this.categories = categories == null ? List.of() : categories;
		this.certifications = certifications == null ? List.of() : certifications;
	}

	/** The part envelope [x, y, z] as the entity gives it, or null. */
	List<Double> envelopeMm() {
		return envelopeX == null ? null : List.of(envelopeX, envelopeY, envelopeZ);
	}

}
