package cn.lianshang.marketplace;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;

import cn.lianshang.matching.Matching;
import cn.lianshang.matching.model.Taxonomy;

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

	/**
	 * The activity: the latest postings of each kind and the totals;
	 * {@code matchesComputedAt} is when the oldest of the shown match lists was computed
	 * (null when none is shown), {@code matchesMaxAgeSeconds} how old a list may be.
	 */
	public record Activity(List<Posting> demands, List<Posting> offers, long demandCount, long openDemandCount,
			long offerCount, long openOfferCount, OffsetDateTime matchesComputedAt, long matchesMaxAgeSeconds) {

	}

	/** A posting's match list: demand ('D') or offer ('O'), id, version, how many. */
	private record PreviewKey(char kind, long id, int version, int limit) {

	}

	private record Preview(List<Counterpart> matches, OffsetDateTime computedAt) {

	}

	/**
	 * An open offer as the public card behind the enterprise code shows it: what is
	 * offered, never prices or the owner's contact; taxonomy codes given by their names.
	 */
	public record PublicOffer(long id, String scenario, String title, List<String> processes, List<String> materials,
			List<String> certifications, Integer leadTimeDays, String deliveryArea, OffsetDateTime createdAt) {

	}

	/**
	 * What an enterprise offers on the marketplace, for its public card: its newest open
	 * offers and its capabilities (the scenarios, processes, materials and certifications
	 * named by its open offers, the newest {@link #CAPABILITY_OFFERS} of them).
	 */
	public record PublicListing(List<PublicOffer> offers, long openOfferCount, List<String> scenarios,
			List<String> processes, List<String> materials, List<String> certifications) {

	}

	/** How many of the newest open offers the capabilities of a public listing sum up. */
	public static final int CAPABILITY_OFFERS = 50;

	private final EntityManager entityManager;

	private final FindingMatches matches;

	private final Matching matching;

	/**
	 * The match lists of the composed pages, kept for a short time: keyed by the
	 * posting's version, so a changed demand or offer is matched again at once; new or
	 * changed counterparts show up when the entry expires.
	 */
	private final Cache<PreviewKey, Preview> previews;

	private final Duration previewTtl;

	EnterpriseMarketplace(EntityManager entityManager, FindingMatches matches, Matching matching,
			@Value("${lianshang.marketplace.preview-cache-ttl:PT60S}") Duration previewTtl) {
		this.entityManager = entityManager;
		this.matches = matches;
		this.matching = matching;
		this.previewTtl = previewTtl;
		this.previews = Caffeine.newBuilder().expireAfterWrite(previewTtl).maximumSize(10_000).build();
	}

	private Preview offersFor(Demand d, int limit) {
		return previews.get(new PreviewKey('D', d.id(), d.version(), limit),
				k -> new Preview(matches.offersFor(d.id(), limit)
					.stream()
					.map(m -> new Counterpart(m.offerId(), m.enterpriseUscc(), m.enterpriseName(), m.title(), m.score(),
							m.distanceKm()))
					.toList(), OffsetDateTime.now()));
	}

	private Preview demandsFor(Offer o, int limit) {
		return previews.get(new PreviewKey('O', o.id(), o.version(), limit),
				k -> new Preview(matches.demandsFor(o.id(), limit)
					.stream()
					.map(m -> new Counterpart(m.demandId(), m.enterpriseUscc(), m.enterpriseName(), m.title(),
							m.score(), m.distanceKm()))
					.toList(), OffsetDateTime.now()));
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
		List<Preview> used = new ArrayList<>();
		List<Posting> demandPostings = demands.stream().map(d -> {
			List<Counterpart> list = List.of();
			if (d.status() == PostingStatus.OPEN && perPosting > 0) {
				Preview p = offersFor(d, perPosting);
				used.add(p);
				list = p.matches();
			}
			return new Posting(d.id(), d.scenario().name(), d.status().name(), d.title(), d.createdAt(), list);
		}).toList();
		List<Posting> offerPostings = offers.stream().map(o -> {
			List<Counterpart> list = List.of();
			if (o.status() == PostingStatus.OPEN && perPosting > 0) {
				Preview p = demandsFor(o, perPosting);
				used.add(p);
				list = p.matches();
			}
			return new Posting(o.id(), o.scenario().name(), o.status().name(), o.title(), o.createdAt(), list);
		}).toList();
		OffsetDateTime oldest = used.stream().map(Preview::computedAt).min(Comparator.naturalOrder()).orElse(null);
		return new Activity(demandPostings, offerPostings, count("Demand", uscc, false), count("Demand", uscc, true),
				count("Offer", uscc, false), count("Offer", uscc, true), oldest, previewTtl.toSeconds());
	}

	/**
	 * The enterprise's open offers and capabilities, for anyone (offers are public
	 * listings): read only, nothing private of the offer (prices, quantities) leaves.
	 * @param limit how many of the newest open offers to list
	 */
	@Transactional(readOnly = true)
	public PublicListing publicListingOf(String uscc, int limit) {
		List<Offer> open = entityManager
			.createQuery("select o from Offer o where o.ownerUscc = :uscc and o.status = :open "
					+ "order by o.createdAt desc, o.id desc", Offer.class)
			.setParameter("uscc", uscc)
			.setParameter("open", PostingStatus.OPEN)
			.setMaxResults(Math.max(CAPABILITY_OFFERS, limit))
			.getResultList();
		Taxonomy taxonomy = matching.taxonomy();
		Set<String> scenarios = new LinkedHashSet<>();
		Set<String> processes = new LinkedHashSet<>();
		Set<String> materials = new LinkedHashSet<>();
		Set<String> certifications = new LinkedHashSet<>();
		List<PublicOffer> shown = new ArrayList<>();
		for (Offer o : open) {
			List<String> p = o.processes().stream().map(taxonomy.processes()::nameOf).toList();
			List<String> m = new ArrayList<>();
			o.materials().stream().map(taxonomy.materials()::nameOf).forEach(m::add);
			o.categories().stream().map(taxonomy.categories()::nameOf).forEach(m::add);
			List<String> c = o.certifications().stream().map(taxonomy.certifications()::nameOf).toList();
			scenarios.add(o.scenario().name());
			processes.addAll(p);
			materials.addAll(m);
			certifications.addAll(c);
			if (shown.size() < limit) {
				shown.add(new PublicOffer(o.id(), o.scenario().name(), o.title(), p, List.copyOf(m), c,
						o.leadTimeDays(), o.deliveryArea(), o.createdAt()));
			}
		}
		return new PublicListing(shown, count("Offer", uscc, true), List.copyOf(scenarios), List.copyOf(processes),
				List.copyOf(materials), List.copyOf(certifications));
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
