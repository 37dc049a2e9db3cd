package cn.lianshang.chain.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks a chain's nodes for investment attraction (招商). A node is a gap when local
 * presence is weak — fewer than {@value #WEAK_BELOW} confirmed local enterprises — or
 * when more than half of what local buyers take on it (by value) comes from outside the
 * area. Need = weight × (1 + lead firms buying on the node) × demand × presence factor
 * ({@value #NONE_FACTOR} with no local enterprise, {@value #WEAK_FACTOR} with one or two,
 * {@value #OUTSIDE_FACTOR} with more but mostly bought outside), where demand = 1 + ln(1
 * + outside value in 百万元) + ln(1 + open local demands): the area's demand on the node is
 * what its buyers already take from outside and what they ask for on the marketplace now
 * (open demands of enterprises inside the jurisdiction whose text names the node; one
 * open demand weighs as much as 100万元 bought outside). Ties go to the node listed first.
 */
public final class GapRanking {

	public static final int WEAK_BELOW = 3;

	public static final double NONE_FACTOR = 1.0;

	public static final double WEAK_FACTOR = 0.6;

	public static final double OUTSIDE_FACTOR = 0.3;

	private GapRanking() {
	}

	/**
	 * What is known about one node.
	 *
	 * @param localEnterprises confirmed enterprises on the node inside the jurisdiction
	 * @param insideValue value (万元) local buyers take from inside suppliers on the node
	 * @param outsideValue value (万元) local buyers take from outside suppliers
	 * @param outsideEdges edges to outside suppliers
	 * @param leadFirmBuyers distinct lead firms buying on the node
	 * @param weight strategic weight 1–5
	 * @param openDemands open marketplace demands of enterprises inside the jurisdiction
	 * for the node's products
	 */
	public record NodeFacts(String nodeCode, int order, int localEnterprises, double insideValue, double outsideValue,
			int outsideEdges, int leadFirmBuyers, int weight, int openDemands) {

		/** Facts with no open demand. */
		public NodeFacts(String nodeCode, int order, int localEnterprises, double insideValue, double outsideValue,
				int outsideEdges, int leadFirmBuyers, int weight) {
			this(nodeCode, order, localEnterprises, insideValue, outsideValue, outsideEdges, leadFirmBuyers, weight, 0);
		}

	}

	public enum Presence {

		NONE, WEAK, BOUGHT_OUTSIDE

	}

	/** A gap with its score and the parts the score is made of (for the reason shown). */
	public record Gap(NodeFacts facts, Presence presence, double presenceFactor, double demandFactor, double score) {

	}

	public static List<Gap> rank(Collection<NodeFacts> nodes) {
		return nodes.stream()
			.map(GapRanking::assess)
			.filter(g -> g != null)
			.sorted(Comparator.comparingDouble(Gap::score).reversed().thenComparingInt(g -> g.facts().order()))
			.toList();
	}

	static Gap assess(NodeFacts n) {
		Presence presence;
		double factor;
		double bought = n.insideValue() + n.outsideValue();
		if (n.localEnterprises() == 0) {
			presence = Presence.NONE;
			factor = NONE_FACTOR;
		}
		else if (n.localEnterprises() < WEAK_BELOW) {
			presence = Presence.WEAK;
			factor = WEAK_FACTOR;
		}
		else if (bought > 0 && n.outsideValue() / bought > 0.5) {
			presence = Presence.BOUGHT_OUTSIDE;
			factor = OUTSIDE_FACTOR;
		}
		else {
			return null;
		}
		double demand = 1 + Math.log1p(n.outsideValue() / 100.0) + Math.log1p(Math.max(0, n.openDemands()));
		double score = n.weight() * (1 + n.leadFirmBuyers()) * demand * factor;
		return new Gap(n, presence, factor, demand, Math.round(score * 100) / 100.0);
	}

}
