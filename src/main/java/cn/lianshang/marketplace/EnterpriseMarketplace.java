package cn.lianshang.marketplace;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * One enterprise's marketplace activity, for pages that compose several modules (the
 * enterprise's service page, the 360° view): its latest demands with their best offers,
 * its latest offers with the open demands they could serve, and how many it has posted.
 * Postings are public listings; callers decide whose activity may be shown (they check
 * the enterprise through the registry, which applies the caller's scope).
 */
@Service
public class EnterpriseMarketplace {

	/**
	 * A ranked counterpart of a posting: an offer for a demand, or a demand for an offer.
	 */
	public record Counterpart(long id, String enterpriseUscc, String enterpriseName, String title, double score,
			Double distanceKm) {

	}

	/**
	 * A posting of the enterprise; {@code matches} are empty for postings that are not
	 * open.
	 */
	public record Posting(long id, String scenario, String status, String title, OffsetDateTime createdAt,
			List<Counterpart> matches) {

	}

	/** The activity: the latest postings of each kind and the totals. */
	public record Activity(List<Posting> demands, List<Posting> offers, long demandCount, long openDemandCount,
			long offerCount, long openOfferCount) {

	}

	private final EntityManager entityManager;

	private final FindingMatches matches;

	EnterpriseMarketplace(EntityManager entityManager, FindingMatches matches) {
		this.entityManager = entityManager;
		this.matches = matches;
	}

	/**
	 * @param postings how many of the latest demands and of the latest offers
	 * @param perPosting how many matches for each open posting (0 for none)
	 */
	@Transactional(readOnly = true)
	public Activity of(String uscc, int postings, int perPosting) {
		List<Demand> demands = entityManager
			.createQuery("select d from Demand d where d.ownerUscc = :uscc order by d.createdAt desc, d.id desc",
					Demand.class)
			.setParameter("uscc", uscc)
			.setMaxResults(postings)
			.getResultList();
		List<Offer> offers = entityManager
			.createQuery("select o from Offer o where o.ownerUscc = :uscc order by o.createdAt desc, o.id desc",
					Offer.class)
			.setParameter("uscc", uscc)
			.setMaxResults(postings)
			.getResultList();
		List<Posting> demandPostings = demands.stream()
			.map(d -> new Posting(d.id(), d.scenario().name(), d.status().name(), d.title(), d.createdAt(),
					d.status() == PostingStatus.OPEN && perPosting > 0 ? matches.offersFor(d.id(), perPosting)
						.stream()
						.map(m -> new Counterpart(m.offerId(), m.enterpriseUscc(), m.enterpriseName(), m.title(),
								m.score(), m.distanceKm()))
						.toList() : List.of()))
			.toList();
		List<Posting> offerPostings = offers.stream()
			.map(o -> new Posting(o.id(), o.scenario().name(), o.status().name(), o.title(), o.createdAt(),
					o.status() == PostingStatus.OPEN && perPosting > 0 ? matches.demandsFor(o.id(), perPosting)
						.stream()
						.map(m -> new Counterpart(m.demandId(), m.enterpriseUscc(), m.enterpriseName(), m.title(),
								m.score(), m.distanceKm()))
						.toList() : List.of()))
			.toList();
		return new Activity(demandPostings, offerPostings, count("Demand", uscc, false), count("Demand", uscc, true),
				count("Offer", uscc, false), count("Offer", uscc, true));
	}

	private long count(String entity, String uscc, boolean openOnly) {
		var query = entityManager
			.createQuery("select count(p) from " + entity + " p where p.ownerUscc = :uscc"
					+ (openOnly ? " and p.status = :open" : ""), Long.class)
			.setParameter("uscc", uscc);
		if (openOnly) {
			query.setParameter("open", PostingStatus.OPEN);
		}
		return query.getSingleResult();
	}

}
