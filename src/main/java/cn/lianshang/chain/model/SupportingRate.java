package cn.lianshang.chain.model;

import java.util.Collection;

/**
 * The local supporting rate (本地配套率) of a set of supply edges: the shares, by count and by
 * value, of edges whose supplier lies inside the metropolitan area.
 *
 * @param byCount inside edges / all edges (0 with no edge)
 * @param byValue Σ value of inside edges / Σ value of all edges (0 with no edge)
 * @param edges the number of edges
 * @param insideValue Σ value of inside edges (万元, band midpoints)
 * @param totalValue Σ value of all edges (万元, band midpoints)
 */
public record SupportingRate(double byCount, double byValue, int edges, double insideValue, double totalValue) {

	/** One edge as the rate sees it: is the supplier inside, and its value in 万元. */
	public record Edge(boolean supplierInside, double value) {

		public Edge {
			if (value < 0 || Double.isNaN(value)) {
				throw new IllegalArgumentException("value must be ≥ 0: " + value);
			}
		}

	}

	public static SupportingRate of(Collection<Edge> edges) {
		int inside = 0;
		double insideValue = 0;
		double total = 0;
		for (Edge e : edges) {
			total += e.value();
			if (e.supplierInside()) {
				inside++;
				insideValue += e.value();
			}
		}
		int n = edges.size();
		return new SupportingRate(n == 0 ? 0 : (double) inside / n, total == 0 ? 0 : insideValue / total, n,
				insideValue, total);
	}

}
