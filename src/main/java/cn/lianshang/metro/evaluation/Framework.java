package cn.lianshang.metro.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hierarchy of an index (COINr's {@code iMeta} without the group and denominator
 * rows): indicators at level 1, aggregates above, each node pointing at its parent.
 * Checked on construction: unique codes, parents exist one level up, a single top node,
 * every aggregate has children.
 */
public record Framework(List<Indicator> nodes) {

	public Framework {
		nodes = List.copyOf(nodes);
		Map<String, Indicator> byCode = new HashMap<>();
		for (Indicator n : nodes) {
			if (byCode.put(n.code(), n) != null) {
				throw new IllegalArgumentException("duplicate code " + n.code());
			}
		}
		int top = nodes.stream()
			.mapToInt(Indicator::level)
			.max()
			.orElseThrow(() -> new IllegalArgumentException("a framework needs at least one indicator"));
		for (Indicator n : nodes) {
			if (n.level() == top) {
				continue;
			}
			Indicator p = n.parent() == null ? null : byCode.get(n.parent());
			if (p == null || p.level() != n.level() + 1) {
				throw new IllegalArgumentException(
						n.code() + ": parent " + n.parent() + " is not a level " + (n.level() + 1) + " aggregate");
			}
		}
		for (Indicator n : nodes) {
			if (n.level() > 1 && nodes.stream().noneMatch(c -> n.code().equals(c.parent()))) {
				throw new IllegalArgumentException(n.code() + ": aggregate without children");
			}
		}
		if (nodes.stream().filter(n -> n.level() == top).count() != 1 && top > 1) {
			throw new IllegalArgumentException("the top level must hold exactly one index");
		}
	}

	public int topLevel() {
		return nodes.stream().mapToInt(Indicator::level).max().orElseThrow();
	}

	/** The level-1 indicators, in framework order. */
	public List<Indicator> indicators() {
		return atLevel(1);
	}

	public List<String> indicatorCodes() {
		return indicators().stream().map(Indicator::code).toList();
	}

	public List<Indicator> atLevel(int level) {
		return nodes.stream().filter(n -> n.level() == level).toList();
	}

	public List<Indicator> childrenOf(String code) {
		return nodes.stream().filter(n -> code.equals(n.parent())).toList();
	}

	public Indicator node(String code) {
		return nodes.stream()
			.filter(n -> n.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no node " + code));
	}

	/** The top node's code (the index). */
	public String index() {
		return atLevel(topLevel()).get(0).code();
	}

	/** Weights by code, as given in the framework. */
	public Map<String, Double> weights() {
		Map<String, Double> w = new LinkedHashMap<>();
		nodes.forEach(n -> w.put(n.code(), n.weight()));
		return w;
	}

	/**
	 * The same framework with the named nodes' weights replaced (codes not named keep
	 * theirs).
	 */
	public Framework withWeights(Map<String, Double> weights) {
		List<Indicator> out = new ArrayList<>();
		for (Indicator n : nodes) {
			Double w = weights.get(n.code());
			out.add(w == null ? n : new Indicator(n.code(), n.level(), n.parent(), n.direction(), w, n.denominator()));
		}
		return new Framework(out);
	}

}
