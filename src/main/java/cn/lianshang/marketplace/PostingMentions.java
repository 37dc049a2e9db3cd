package cn.lianshang.marketplace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.matching.Matching;
import cn.lianshang.matching.model.Taxonomy;
import jakarta.persistence.EntityManager;

/**
 * Open postings by what their text says, for modules that place enterprises on their own
 * vocabulary (the industrial chains put an enterprise on a node when its offers name the
 * node's products, and count the open demands for them). A word is looked up through the
 * marketplace index (title and description, Chinese analysis) and through the matching
 * engine's taxonomy (the codes of processes, materials and categories the word names,
 * against the posting's codes). A hit is kept only with a {@link Mention} that can be
 * shown as its reason: the word itself in the title or the description, or a taxonomy
 * term of the word among the posting's codes. Postings are public listings; the caller
 * scopes by division and owner inside the index query.
 */
@Service
public class PostingMentions {

	/** At most this many words are looked up in the index at once. */
	public static final int MAX_WORDS = 32;

	/**
	 * Why a posting was found: the {@code word}, where ({@code title},
	 * {@code description}, {@code process}, {@code material} or {@code category}) and
	 * what it matched there (the word, or the taxonomy term's name).
	 */
	public record Mention(String word, String field, String matched) {

	}

	/**
	 * An open posting that mentions at least one word; {@code kind} is {@code OFFER} or
	 * {@code DEMAND}.
	 */
	public record Posting(String kind, long id, String scenario, String ownerUscc, String ownerName,
			String divisionCode, String title, List<Mention> mentions) {

	}

	private final EntityManager entityManager;

	private final Matching matching;

	PostingMentions(EntityManager entityManager, Matching matching) {
		this.entityManager = entityManager;
		this.matching = matching;
	}

	/**
	 * Open offers that mention any of the words, newest first.
	 * @param divisionCode only offers of enterprises in this division (any level), or
	 * null
	 * @param ownerUscc only this enterprise's offers, or null
	 * @param limit at most this many hits are read from the index
	 */
	@Transactional(readOnly = true)
	public List<Posting> offers(Collection<String> words, String divisionCode, String ownerUscc, int limit) {
		return search(Offer.class, words, divisionCode, ownerUscc, limit);
	}

	/** Open demands that mention any of the words, newest first (as {@link #offers}). */
	@Transactional(readOnly = true)
	public List<Posting> demands(Collection<String> words, String divisionCode, String ownerUscc, int limit) {
		return search(Demand.class, words, divisionCode, ownerUscc, limit);
	}

	/**
	 * One offer, if it is open and mentions any of the words (any number of them: no
	 * index is asked), for a listener of {@link OfferPublished}.
	 */
	@Transactional(readOnly = true)
	public Optional<Posting> offer(long id, Collection<String> words) {
		Offer o = entityManager.find(Offer.class, id);
		if (o == null || o.status() != PostingStatus.OPEN) {
			return Optional.empty();
		}
		return Optional.ofNullable(posting(o, clean(words, Integer.MAX_VALUE)));
	}

	private <T> List<Posting> search(Class<T> type, Collection<String> words, String divisionCode, String ownerUscc,
			int limit) {
		List<String> list = clean(words, MAX_WORDS);
		if (list.isEmpty() || limit <= 0) {
			return List.of();
		}
		Taxonomy taxonomy = matching.taxonomy();
		boolean offer = type == Offer.class;
		List<T> hits = Search.session(entityManager).search(type).where(f -> {
			BooleanPredicateClausesStep<?> b = f.bool();
			b.filter(f.match().field("status").matching(PostingStatus.OPEN));
			if (divisionCode != null && !divisionCode.isBlank()) {
				b.filter(f.match().field("divisions").matching(divisionCode));
			}
			if (ownerUscc != null && !ownerUscc.isBlank()) {
				b.filter(f.match().field("ownerUscc").matching(ownerUscc));
			}
			BooleanPredicateClausesStep<?> any = f.bool();
			for (String w : list) {
				any.should(f.simpleQueryString()
					.field("title")
					.field("description")
					.matching(FindingMatches.escape(w))
					.defaultOperator(BooleanOperator.AND));
				Taxonomy.Normalised codes = taxonomy.normalise(w);
				codes(f, any, "processes", codes.processes());
				codes(f, any, "materials", codes.materials());
				codes(f, any, offer ? "categories" : "category", codes.categories());
			}
			b.must(any);
			return b;
		}).sort(f -> f.field("createdAt").desc()).fetchHits(limit);
		List<Posting> result = new ArrayList<>();
		for (T hit : hits) {
			Posting p = hit instanceof Offer o ? posting(o, list) : posting((Demand) hit, list);
			if (p != null) {
				result.add(p);
			}
		}
		return result;
	}

	private static void codes(SearchPredicateFactory f, BooleanPredicateClausesStep<?> any, String field,
			Set<String> codes) {
		for (String c : codes) {
			any.should(f.match().field(field).matching(c));
		}
	}

	private Posting posting(Offer o, List<String> words) {
		if (o.status() != PostingStatus.OPEN) {
			return null;
		}
		List<Mention> m = mentions(words, o.title(), o.description(), o.processes(), o.materials(), o.categories());
		return m.isEmpty() ? null : new Posting("OFFER", o.id(), o.scenario().name(), o.ownerUscc(), o.ownerName(),
				o.divisionCode(), o.title(), m);
	}

	private Posting posting(Demand d, List<String> words) {
		if (d.status() != PostingStatus.OPEN) {
			return null;
		}
		Set<String> category = d.materialCategory() == null ? Set.of() : Set.of(d.materialCategory());
		List<Mention> m = mentions(words, d.title(), d.description(), d.processes(), d.materials(), category);
		return m.isEmpty() ? null : new Posting("DEMAND", d.id(), d.scenario().name(), d.ownerUscc(), d.ownerName(),
				d.divisionCode(), d.title(), m);
	}

	private List<Mention> mentions(List<String> words, String title, String description, Set<String> processes,
			Set<String> materials, Set<String> categories) {
		Taxonomy taxonomy = matching.taxonomy();
		String t = title == null ? "" : Taxonomy.fold(title);
		String d = description == null ? "" : Taxonomy.fold(description);
		List<Mention> result = new ArrayList<>();
		for (String w : words) {
			String folded = Taxonomy.fold(w);
			if (t.contains(folded)) {
				result.add(new Mention(w, "title", w));
			}
			else if (d.contains(folded)) {
				result.add(new Mention(w, "description", w));
			}
			Taxonomy.Normalised codes = taxonomy.normalise(w);
			codes.processes()
				.stream()
				.filter(processes::contains)
				.forEach(c -> result.add(new Mention(w, "process", taxonomy.processes().nameOf(c))));
			codes.materials()
				.stream()
				.filter(materials::contains)
				.forEach(c -> result.add(new Mention(w, "material", taxonomy.materials().nameOf(c))));
			codes.categories()
				.stream()
				.filter(categories::contains)
				.forEach(c -> result.add(new Mention(w, "category", taxonomy.categories().nameOf(c))));
		}
		return List.copyOf(result);
	}

	private static List<String> clean(Collection<String> words, int max) {
		Set<String> folded = new LinkedHashSet<>();
		List<String> list = new ArrayList<>();
		if (words != null) {
			for (String w : words) {
				if (w != null && !w.isBlank() && list.size() < max && folded.add(Taxonomy.fold(w))) {
					list.add(w.strip());
				}
			}
		}
		return List.copyOf(list);
	}

}
