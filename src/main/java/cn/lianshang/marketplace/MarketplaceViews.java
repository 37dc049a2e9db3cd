package cn.lianshang.marketplace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.lianshang.matching.model.Explanation;
import cn.lianshang.matching.model.Scenario;

/** What the API shows of demands, offers and matches. */
final class MarketplaceViews {

	private MarketplaceViews() {
	}

	record DemandView(long id, Scenario scenario, PostingStatus status, String enterpriseUscc, String enterpriseName,
			String title, String description, String divisionCode, List<String> processes, List<String> materials,
			String materialCategory, Integer toleranceIt, Double toleranceUm, List<Double> sizeMm, BigDecimal quantity,
			String unit, LocalDate dueDate, BigDecimal maxUnitPrice, List<String> certifications, String deliveryArea,
			OffsetDateTime createdAt, LeaseTerms lease) {

		static DemandView of(Demand d) {
			return new DemandView(d.id(), d.scenario(), d.status(), d.ownerUscc(), d.ownerName(), d.title(),
					d.description(), d.divisionCode(), List.copyOf(d.processes()), List.copyOf(d.materials()),
					d.materialCategory(), d.toleranceIt(), d.toleranceUm(), d.sizeMm(), d.quantity(), d.unit(),
					d.dueDate(), d.maxUnitPrice(), List.copyOf(d.certifications()), d.deliveryArea(), d.createdAt(),
					d.lease());
		}

	}

	record OfferView(long id, Scenario scenario, PostingStatus status, String enterpriseUscc, String enterpriseName,
			String title, String description, String divisionCode, List<String> processes, List<String> materials,
			List<String> categories, Integer toleranceIt, Double toleranceUm, List<Double> envelopeMm,
			BigDecimal batchMin, BigDecimal batchMax, BigDecimal monthlyCapacity, String unit, Integer leadTimeDays,
			BigDecimal minOrder, BigDecimal unitPrice, List<String> certifications, String deliveryArea,
			OffsetDateTime createdAt, LeaseTerms lease) {

		static OfferView of(Offer o) {
			return new OfferView(o.id(), o.scenario(), o.status(), o.ownerUscc(), o.ownerName(), o.title(),
					o.description(), o.divisionCode(), List.copyOf(o.processes()), List.copyOf(o.materials()),
					List.copyOf(o.categories()), o.toleranceIt(), o.toleranceUm(), o.envelopeMm(), o.batchMin(),
					o.batchMax(), o.monthlyCapacity(), o.unit(), o.leadTimeDays(), o.minOrder(), o.unitPrice(),
					List.copyOf(o.certifications()), o.deliveryArea(), o.createdAt(), o.lease());
		}

	}

	/** One line of an explanation on the wire: {@code outcome} is pass, near or fail. */
	record ExplanationView(String criterion, String outcome, String detail) {

		static List<ExplanationView> of(List<Explanation> explanation) {
			return explanation.stream()
				.map(e -> new ExplanationView(e.criterion(), e.outcome().code(), e.detail()))
				.toList();
		}

	}

	record OfferMatch(long offerId, String enterpriseUscc, String enterpriseName, String title, double score,
			Double distanceKm, List<ExplanationView> explanation) {

	}

	record DemandMatch(long demandId, String enterpriseUscc, String enterpriseName, String title, double score,
			Double distanceKm, List<ExplanationView> explanation) {

	}

	/**
	 * A supplier's near miss: adding {@code code} (a {@code kind} of certification,
	 * process or material) would match {@code demands} more open demands.
	 */
	record NearMissView(String kind, String code, String name, int demands, String advice) {

	}

}
