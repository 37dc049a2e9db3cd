package cn.lianshang.matching.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A supplier's near misses: what one addition to its capability — a certification, a
 * process or a material grade that open demands ask for — would make it match how many
 * more of them ("增加 ISO 9001 认证可匹配另外 14 条需求"). A demand matches a capability when it
 * passes the hard filters and no criterion fails; a demand counts for an addition when it
 * does not match now and matches with that one addition alone.
 */
public final class NearMisses {

	/** What to add, and how many more open demands it would match. */
	public record NearMiss(String kind, String code, String name, int demands, String advice) {

	}

	public static final String CERTIFICATION = "certification";

	public static final String PROCESS = "process";

	public static final String MATERIAL = "material";

	private final Ranking ranking;

	private final Taxonomy taxonomy;

	public NearMisses(Ranking ranking, Taxonomy taxonomy) {
		this.ranking = ranking;
		this.taxonomy = taxonomy;
	}

	/** Whether the pair passes the hard filters and no criterion fails. */
	public boolean matches(Requirement r, Capability c, LocalDate today) {
		return ranking.score(r, c, today)
			.map(s -> s.explanation().stream().noneMatch(e -> e.outcome() == Outcome.FAIL))
			.orElse(false);
	}

	/** The additions worth most, most demands first, at most {@code limit}. */
	public List<NearMiss> of(Capability c, Collection<Requirement> open, LocalDate today, int limit) {
		Map<String, Set<String>> gained = new LinkedHashMap<>();
		for (Requirement r : open) {
			if (r.scenario() != c.scenario() || matches(r, c, today)) {
				continue;
			}
			for (String[] addition : additions(r, c)) {
				if (matches(r, with(c, addition[0], addition[1]), today)) {
					gained.computeIfAbsent(addition[0] + ":" + addition[1], k -> new HashSet<>()).add(r.id());
				}
			}
		}
		List<NearMiss> result = new ArrayList<>();
		gained.forEach((key, ids) -> {
			String kind = key.substring(0, key.indexOf(':'));
			String code = key.substring(key.indexOf(':') + 1);
			String name = vocabulary(kind).nameOf(code);
			result.add(new NearMiss(kind, code, name, ids.size(), advice(kind, name, ids.size())));
		});
		result.sort(Comparator.comparingInt(NearMiss::demands)
			.reversed()
			.thenComparing(NearMiss::kind)
			.thenComparing(NearMiss::code));
		return List.copyOf(result.subList(0, Math.min(Math.max(0, limit), result.size())));
	}

	/**
	 * The single additions that could turn a demand: what it asks and the supplier lacks.
	 */
	private static List<String[]> additions(Requirement r, Capability c) {
		List<String[]> out = new ArrayList<>();
		r.certifications()
			.stream()
			.filter(x -> !c.certifications().contains(x))
			.forEach(x -> out.add(new String[] { CERTIFICATION, x }));
		r.processes()
			.stream()
			.filter(x -> !c.processes().contains(x))
			.forEach(x -> out.add(new String[] { PROCESS, x }));
		if (r.materials().stream().noneMatch(c.materials()::contains)) {
			r.materials().forEach(x -> out.add(new String[] { MATERIAL, x }));
		}
		return out;
	}

	private static Capability with(Capability c, String kind, String code) {
		Set<String> certifications = new HashSet<>(c.certifications());
		Set<String> processes = new HashSet<>(c.processes());
		Set<String> materials = new HashSet<>(c.materials());
		switch (kind) {
			case CERTIFICATION -> certifications.add(code);
			case PROCESS -> processes.add(code);
			default -> materials.add(code);
		}
		return new Capability(c.id(), c.ownerUscc(), c.scenario(), processes, materials, c.categories(),
				c.bestToleranceIt(), certifications, c.monthlyCapacity(), c.unit(), c.leadTimeDays(), c.unitPrice(),
				c.reputation(), c.place(), c.envelopeMm());
	}

	private Taxonomy.Vocabulary vocabulary(String kind) {
		return switch (kind) {
			case CERTIFICATION -> taxonomy.certifications();
			case PROCESS -> taxonomy.processes();
			default -> taxonomy.materials();
		};
	}

	private static String advice(String kind, String name, int n) {
		return switch (kind) {
			case CERTIFICATION -> "增加 " + name + " 认证可匹配另外 " + n + " 条需求";
			case PROCESS -> "增加" + name + "工艺可匹配另外 " + n + " 条需求";
			default -> "增加材料 " + name + " 可匹配另外 " + n + " 条需求";
		};
	}

}
