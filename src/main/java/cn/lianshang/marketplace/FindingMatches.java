package cn.lianshang.marketplace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.marketplace.MarketplaceViews.DemandMatch;
import cn.lianshang.marketplace.MarketplaceViews.ExplanationView;
import cn.lianshang.marketplace.MarketplaceViews.NearMissView;
import cn.lianshang.marketplace.MarketplaceViews.OfferMatch;
import cn.lianshang.matching.Matching;
import cn.lianshang.matching.model.Capability;
import cn.lianshang.matching.model.Lease;
import cn.lianshang.matching.model.LeaseRanking;
import cn.lianshang.matching.model.Match;
import cn.lianshang.matching.model.NearMisses;
import cn.lianshang.matching.model.Requirement;
import cn.lianshang.matching.model.Scenario;
import cn.lianshang.matching.model.Taxonomy;
import cn.lianshang.matching.model.Term;
import cn.lianshang.matching.model.Tolerance;
import cn.lianshang.shared.web.NotFoundException;
import jakarta.persistence.EntityManager;

/**
 * Matches in both directions. Retrieval is one index query with the hard filters
 * (scenario, open, not one's own, a shared process or material family) and the demand's
 * text as a relevance hint, nearest first among equals; the top
 * {@link Matching#candidateLimit()} hits are then re-ranked by the model with
 * explanations.
 */
@Service
class FindingMatches {

	/**
	 * Within this radius a candidate gets a retrieval boost, so that local shops survive
	 * the top-K cut.
	 */
	static final double LOCAL_KM = 60;

	private final Demands demands;

	private final Offers offers;

	private final Matching matching;

	private final EntityManager entityManager;

	private final Reputations reputations;

	private final LeaseRanking leaseRanking = new LeaseRanking();

	FindingMatches(Demands demands, Offers offers, Matching matching, EntityManager entityManager,
			Reputations reputations) {
		this.demands = demands;
		this.offers = offers;
		this.matching = matching;
		this.entityManager = entityManager;
		this.reputations = reputations;
	}

	@Transactional(readOnly = true)
	List<OfferMatch> offersFor(long demandId, int limit) {
		Demand d = demands.findById(demandId)
			.orElseThrow(() -> new NotFoundException("demand", String.valueOf(demandId)));
		if (d.scenario().leasing()) {
			return leasesFor(d, limit);
		}
		Requirement requirement = requirement(d);
		List<OfferFacts> candidates = retrieveOfferFacts(d);
		Map<String, OfferFacts> byId = new HashMap<>();
		List<Capability> capabilities = new ArrayList<>(candidates.size());
		Map<String, Double> reputation = reputations
			.supplierScores(candidates.stream().map(OfferFacts::ownerUscc).distinct().toList());
		for (OfferFacts o : candidates) {
			byId.put(String.valueOf(o.id()), o);
			capabilities.add(capability(o, reputation.get(o.ownerUscc())));
		}
		List<Match> ranked = matching.ranking().offersFor(requirement, capabilities, Matching.today(), limit);
		return ranked.stream().map(m -> {
			OfferFacts o = byId.get(m.candidateId());
			return new OfferMatch(o.id(), o.ownerUscc(), o.ownerName(), o.title(), m.score(), m.distanceKm(),
					ExplanationView.of(m.explanation()));
		}).toList();
	}

	/**
	 * The same matches read the old way, from the loaded entities (with their element
	 * collections): kept for the benchmark, which checks that both give the same list.
	 */
	@Transactional(readOnly = true)
	List<OfferMatch> offersForFromEntities(long demandId, int limit) {
		Demand d = demands.findById(demandId)
			.orElseThrow(() -> new NotFoundException("demand", String.valueOf(demandId)));
		Requirement requirement = requirement(d);
		List<Offer> candidates = retrieveOffers(d);
		Map<String, Offer> byId = new HashMap<>();
		List<Capability> capabilities = new ArrayList<>();
		Map<String, Double> reputation = reputations
			.supplierScores(candidates.stream().map(Offer::ownerUscc).distinct().toList());
		for (Offer o : candidates) {
			byId.put(String.valueOf(o.id()), o);
			capabilities.add(capability(o, reputation.get(o.ownerUscc())));
		}
		List<Match> ranked = matching.ranking().offersFor(requirement, capabilities, Matching.today(), limit);
		return ranked.stream().map(m -> {
			Offer o = byId.get(m.candidateId());
			return new OfferMatch(o.id(), o.ownerUscc(), o.ownerName(), o.title(), m.score(), m.distanceKm(),
					ExplanationView.of(m.explanation()));
		}).toList();
	}

	@Transactional(readOnly = true)
	List<DemandMatch> demandsFor(long offerId, int limit) {
		Offer o = offers.findById(offerId).orElseThrow(() -> new NotFoundException("offer", String.valueOf(offerId)));
		if (o.scenario().leasing()) {
			return leaseDemandsFor(o, limit);
		}
		Capability capability = capability(o, reputations.supplierScores(List.of(o.ownerUscc())).get(o.ownerUscc()));
		List<Demand> candidates = retrieveDemands(o);
		Map<String, Demand> byId = new HashMap<>();
		List<Requirement> requirements = new ArrayList<>();
		for (Demand d : candidates) {
			byId.put(String.valueOf(d.id()), d);
			requirements.add(requirement(d));
		}
		List<Match> ranked = matching.ranking().demandsFor(capability, requirements, Matching.today(), limit);
		return ranked.stream().map(m -> {
			Demand d = byId.get(m.candidateId());
			return new DemandMatch(d.id(), d.ownerUscc(), d.ownerName(), d.title(), m.score(), m.distanceKm(),
					ExplanationView.of(m.explanation()));
		}).toList();
	}

	/**
	 * At most this many open demands of the offer's scenario (nearest first) are weighed
	 * for its near misses.
	 */
	static final int NEAR_MISS_DEMANDS = 1000;

	/**
	 * The offer's near misses: one certification, process or material grade that would
	 * make it match more open demands ({@link NearMisses}); none for leases.
	 */
	@Transactional(readOnly = true)
	List<NearMissView> nearMissesFor(long offerId, int limit) {
		Offer o = offers.findById(offerId).orElseThrow(() -> new NotFoundException("offer", String.valueOf(offerId)));
		if (o.scenario().leasing()) {
			return List.of();
		}
		Capability capability = capability(o, reputations.supplierScores(List.of(o.ownerUscc())).get(o.ownerUscc()));
		LocalDate today = Matching.today();
		List<Demand> open = Search.session(entityManager).search(Demand.class).where(f -> {
			BooleanPredicateClausesStep<?> b = f.bool();
			b.must(f.matchAll());
			b.filter(f.match().field("scenario").matching(o.scenario()));
			b.filter(f.match().field("status").matching(PostingStatus.OPEN));
			b.mustNot(f.match().field("ownerUscc").matching(o.ownerUscc()));
			b.filter(f.or(f.range().field("dueDate").atLeast(today), f.not(f.exists().field("dueDate"))));
			return b;
		})
			.sort(f -> o.latitude() == null ? f.score() : f.distance("location", o.latitude(), o.longitude()))
			.fetchHits(NEAR_MISS_DEMANDS);
		List<Requirement> requirements = open.stream().map(this::requirement).toList();
		return new NearMisses(matching.ranking(), matching.taxonomy()).of(capability, requirements, today, limit)
			.stream()
			.map(m -> new NearMissView(m.kind(), m.code(), m.name(), m.demands(), m.advice()))
			.toList();
	}

	/** Plant and equipment: the same retrieval, ranked by {@link LeaseRanking}. */
	private List<OfferMatch> leasesFor(Demand d, int limit) {
		Map<String, Offer> byId = new HashMap<>();
		List<Lease> offered = new ArrayList<>();
		for (Offer o : retrieveOffers(d)) {
			if (o.lease() != null) {
				byId.put(String.valueOf(o.id()), o);
				offered.add(lease(String.valueOf(o.id()), o.ownerUscc(), o.scenario(), o.lease(), o.divisionCode(),
						o.latitude(), o.longitude()));
			}
		}
		if (d.lease() == null) {
			return List.of();
		}
		Lease wanted = lease(String.valueOf(d.id()), d.ownerUscc(), d.scenario(), d.lease(), d.divisionCode(),
				d.latitude(), d.longitude());
		return leaseRanking.offersFor(wanted, offered, limit).stream().map(m -> {
			Offer o = byId.get(m.candidateId());
			return new OfferMatch(o.id(), o.ownerUscc(), o.ownerName(), o.title(), m.score(), m.distanceKm(),
					ExplanationView.of(m.explanation()));
		}).toList();
	}

	private List<DemandMatch> leaseDemandsFor(Offer o, int limit) {
		if (o.lease() == null) {
			return List.of();
		}
		Map<String, Demand> byId = new HashMap<>();
		List<Lease> wanted = new ArrayList<>();
		for (Demand d : retrieveDemands(o)) {
			if (d.lease() != null) {
				byId.put(String.valueOf(d.id()), d);
				wanted.add(lease(String.valueOf(d.id()), d.ownerUscc(), d.scenario(), d.lease(), d.divisionCode(),
						d.latitude(), d.longitude()));
			}
		}
		Lease offered = lease(String.valueOf(o.id()), o.ownerUscc(), o.scenario(), o.lease(), o.divisionCode(),
				o.latitude(), o.longitude());
		return leaseRanking.demandsFor(offered, wanted, limit).stream().map(m -> {
			Demand d = byId.get(m.candidateId());
			return new DemandMatch(d.id(), d.ownerUscc(), d.ownerName(), d.title(), m.score(), m.distanceKm(),
					ExplanationView.of(m.explanation()));
		}).toList();
	}

	Lease lease(String id, String owner, Scenario scenario, LeaseTerms t, String division, Double lat, Double lon) {
		return new Lease(id, owner, scenario, t.areaM2(), t.clearHeightM(), t.craneT(), t.powerKva(), t.floorLoadT(),
				t.equipmentType(), t.unitCount(), t.withOperator(), t.price(), t.from(), t.to(),
				matching.place(division, lat, lon));
	}

	// ---------------------------------------------------------------- retrieval

	private List<Offer> retrieveOffers(Demand d) {
		return Search.session(entityManager)
			.search(Offer.class)
			.where(f -> offerQuery(f, d))
			.sort(f -> d.latitude() == null ? f.score()
					: f.score().then().distance("location", d.latitude(), d.longitude()))
			.fetchHits(matching.candidateLimit());
	}

	/**
	 * The same query as {@link #retrieveOffers}, answered from the index's stored fields
	 * alone.
	 */
	private List<OfferFacts> retrieveOfferFacts(Demand d) {
		return Search.session(entityManager)
			.search(Offer.class)
			.select(OfferFacts.class)
			.where(f -> offerQuery(f, d))
			.sort(f -> d.latitude() == null ? f.score()
					: f.score().then().distance("location", d.latitude(), d.longitude()))
			.fetchHits(matching.candidateLimit());
	}

	private BooleanPredicateClausesStep<?> offerQuery(SearchPredicateFactory f, Demand d) {
		BooleanPredicateClausesStep<?> b = f.bool();
		b.must(f.matchAll());
		b.filter(f.match().field("scenario").matching(d.scenario()));
		b.filter(f.match().field("status").matching(PostingStatus.OPEN));
		b.mustNot(f.match().field("ownerUscc").matching(d.ownerUscc()));
		if (d.scenario() == Scenario.MACHINING && !d.processes().isEmpty()) {
			b.filter(f.terms().field("processes").matchingAny(d.processes()));
		}
		if (d.scenario() == Scenario.MATERIAL) {
			if (!d.materials().isEmpty()) {
				b.filter(f.terms().field("materials").matchingAny(withFamilies(d.materials())));
			}
			else if (d.materialCategory() != null) {
				b.filter(f.match().field("categories").matching(d.materialCategory()));
			}
		}
		if (!d.materials().isEmpty()) {
			b.should(f.terms().field("materials").matchingAny(d.materials()).boost(2));
		}
		textHint(f, b, d.title());
		local(f, b, d.latitude(), d.longitude());
		return b;
	}

	private List<Demand> retrieveDemands(Offer o) {
		LocalDate today = Matching.today();
		return Search.session(entityManager).search(Demand.class).where(f -> {
			BooleanPredicateClausesStep<?> b = f.bool();
			b.must(f.matchAll());
			b.filter(f.match().field("scenario").matching(o.scenario()));
			b.filter(f.match().field("status").matching(PostingStatus.OPEN));
			b.mustNot(f.match().field("ownerUscc").matching(o.ownerUscc()));
			b.filter(f.or(f.range().field("dueDate").atLeast(today), f.not(f.exists().field("dueDate"))));
			if (o.scenario() == Scenario.MACHINING) {
				b.filter(o.processes().isEmpty() ? f.not(f.matchAll())
						: f.terms().field("processes").matchingAny(o.processes()));
			}
			if (o.scenario() == Scenario.MATERIAL) {
				BooleanPredicateClausesStep<?> any = f.bool();
				if (!o.materials().isEmpty()) {
					any.should(f.terms().field("materials").matchingAny(withFamilies(o.materials())));
				}
				if (!o.categories().isEmpty()) {
					any.should(f.terms().field("category").matchingAny(o.categories()));
				}
				b.filter(o.materials().isEmpty() && o.categories().isEmpty() ? f.not(f.matchAll()) : any);
			}
			textHint(f, b, o.title());
			local(f, b, o.latitude(), o.longitude());
			return b;
		})
			.sort(f -> o.latitude() == null ? f.score()
					: f.score().then().distance("location", o.latitude(), o.longitude()))
			.fetchHits(matching.candidateLimit());
	}

	/**
	 * The other side's title as an optional relevance hint: words in common raise a
	 * candidate, none is required.
	 */
	private static void textHint(SearchPredicateFactory f, BooleanPredicateClausesStep<?> b, String title) {
		if (title == null || title.isBlank()) {
			return;
		}
		b.should(f.simpleQueryString()
			.fields("title", "description")
			.matching(escape(title))
			.defaultOperator(BooleanOperator.OR));
	}

	private static void local(SearchPredicateFactory f, BooleanPredicateClausesStep<?> b, Double lat, Double lon) {
		if (lat != null && lon != null) {
			b.should(f.spatial()
				.within()
				.field("location")
				.circle(GeoPoint.of(lat, lon), LOCAL_KM, DistanceUnit.KILOMETERS)
				.boost(3));
		}
	}

	/**
	 * The grades and every other grade of their families: a near fit is still a
	 * candidate.
	 */
	private Set<String> withFamilies(Set<String> materials) {
		Taxonomy.Vocabulary v = matching.taxonomy().materials();
		Set<String> all = new LinkedHashSet<>(materials);
		for (Term t : v.all()) {
			if (materials.stream().anyMatch(m -> v.sameFamily(m, t.code()))) {
				all.add(t.code());
			}
		}
		return all;
	}

	static String escape(String text) {
		StringBuilder sb = new StringBuilder();
		for (char c : text.toCharArray()) {
			if ("+|-\"*()~\\".indexOf(c) >= 0) {
				sb.append('\\');
			}
			sb.append(c);
		}
		return sb.toString();
	}

	// ---------------------------------------------------------------- to the model

	/**
	 * The same capability as {@link #capability(Offer, Double)}, from the stored fields.
	 */
	Capability capability(OfferFacts o, Double reputation) {
		return new Capability(String.valueOf(o.id()), o.ownerUscc(), o.scenario(), Set.copyOf(o.processes()),
				Set.copyOf(o.materials()), Set.copyOf(o.categories()),
				Tolerance.grade(o.toleranceIt(), o.toleranceUm(), null), Set.copyOf(o.certifications()),
				o.monthlyCapacity(), o.unit(), o.leadTimeDays(), o.unitPrice(), reputation,
				matching.place(o.divisionCode(), o.latitude(), o.longitude()), o.envelopeMm());
	}

	Requirement requirement(Demand d) {
		List<Double> size = d.sizeMm();
		Double nominal = size == null ? null : size.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		return new Requirement(String.valueOf(d.id()), d.ownerUscc(), d.scenario(), d.processes(), d.materials(),
				d.materialCategory(), Tolerance.grade(d.toleranceIt(), d.toleranceUm(), nominal), d.certifications(),
				d.quantity(), d.unit(), d.dueDate(), d.maxUnitPrice(),
				matching.place(d.divisionCode(), d.latitude(), d.longitude()), d.sizeMm());
	}

	/**
	 * @param reputation the owner's 0–1 supplier reputation, or null while it has too few
	 * ratings
	 */
	Capability capability(Offer o, Double reputation) {
		// a width in µm held by a shop is read at the standard nominal size, not at its
		// largest envelope
		return new Capability(String.valueOf(o.id()), o.ownerUscc(), o.scenario(), o.processes(), o.materials(),
				o.categories(), Tolerance.grade(o.toleranceIt(), o.toleranceUm(), null), o.certifications(),
				o.monthlyCapacity(), o.unit(), o.leadTimeDays(), o.unitPrice(), reputation,
				matching.place(o.divisionCode(), o.latitude(), o.longitude()), o.envelopeMm());
	}

}
