package cn.lianshang.matching.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ranks candidates in both directions: offers for a demand, and open demands for an
 * offer. First the hard filters (same scenario, not one's own post, and the must-haves:
 * at least one required process for machining, a grade or family or category in common
 * for materials); then every soft {@link Criterion} that applies is scored and the
 * weighted mean is the match score. Ties go to the nearer candidate, then to the smaller
 * id.
 */
public final class Ranking {

	private final Taxonomy taxonomy;

	private final Weights weights;

	private final List<Criterion> criteria;

	public Ranking(Taxonomy taxonomy, Weights weights) {
		this(taxonomy, weights, Criteria.all());
	}

	Ranking(Taxonomy taxonomy, Weights weights, List<Criterion> criteria) {
		this.taxonomy = taxonomy;
		this.weights = weights;
		this.criteria = List.copyOf(criteria);
	}

	/** The best {@code limit} capabilities for a requirement. */
	public List<Match> offersFor(Requirement requirement, Collection<Capability> candidates, LocalDate today,
			int limit) {
		List<Match> matches = new ArrayList<>();
		for (Capability c : candidates) {
			score(requirement, c, today).ifPresent(
					s -> matches.add(new Match(c.id(), c.ownerUscc(), s.score(), s.distanceKm(), s.explanation())));
		}
		return top(matches, limit);
	}

	/** The best {@code limit} requirements a capability serves. */
	public List<Match> demandsFor(Capability capability, Collection<Requirement> candidates, LocalDate today,
			int limit) {
		List<Match> matches = new ArrayList<>();
		for (Requirement r : candidates) {
			score(r, capability, today).ifPresent(
					s -> matches.add(new Match(r.id(), r.ownerUscc(), s.score(), s.distanceKm(), s.explanation())));
		}
		return top(matches, limit);
	}

	private static List<Match> top(List<Match> matches, int limit) {
		matches.sort(Comparator.comparingDouble(Match::score)
			.reversed()
			.thenComparing(Match::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Match::candidateId, Ranking::compareIds));
		return List.copyOf(matches.subList(0, Math.min(Math.max(0, limit), matches.size())));
	}

	/** Numeric ids in numeric order (so 9 comes before 10), others as text. */
	static int compareIds(String a, String b) {
		boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit) && a.length() < 19;
		boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit) && b.length() < 19;
		return na && nb ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
	}

	/** Whether the pair passes the hard filters at all. */
	public boolean admissible(Requirement r, Capability c) {
		if (r.scenario() != c.scenario()) {
			return false;
		}
		if (r.ownerUscc() != null && r.ownerUscc().equals(c.ownerUscc())) {
			return false;
		}
		return switch (r.scenario()) {
			case MACHINING -> r.processes().isEmpty() || r.processes().stream().anyMatch(c.processes()::contains);
			case MATERIAL -> sharesMaterial(r, c);
			default -> false;
		};
	}

	private boolean sharesMaterial(Requirement r, Capability c) {
		Taxonomy.Vocabulary v = taxonomy.materials();
		if (r.materials().isEmpty()) {
			return r.category() == null || c.categories().contains(r.category());
		}
		return r.materials()
			.stream()
			.anyMatch(m -> c.materials().contains(m) || c.materials().stream().anyMatch(o -> v.sameFamily(m, o)));
	}

	/** The scored pair, or empty when a hard filter excludes it. */
	public Optional<Scored> score(Requirement r, Capability c, LocalDate today) {
		if (!admissible(r, c)) {
			return Optional.empty();
		}
		Criterion.Context ctx = new Criterion.Context(taxonomy, today);
		List<Explanation> explanation = new ArrayList<>();
		double sum = 0;
		double total = 0;
		for (Criterion criterion : criteria) {
			Optional<Criterion.Assessment> a = criterion.assess(r, c, ctx);
			if (a.isEmpty()) {
				continue;
			}
			double w = weights.of(criterion.code());
			sum += w * a.get().score();
			total += w;
			explanation.add(new Explanation(criterion.code(), a.get().outcome(), a.get().detail()));
		}
		double score = total == 0 ? 0 : Math.round(sum / total * 1000) / 1000.0;
		Double km = r.place() == null ? null : r.place().distanceKm(c.place());
		return Optional.of(new Scored(score, km == null ? null : Math.round(km * 10) / 10.0, explanation));
	}

	public record Scored(double score, Double distanceKm, List<Explanation> explanation) {

	}

}
