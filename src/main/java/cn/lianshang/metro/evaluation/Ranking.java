package cn.lianshang.metro.evaluation;

/**
 * Ranks scores with 1 for the highest, ties sharing the best rank
 * ({@code rank(-x, ties.method = "min")}, as COINr's results tables do); a missing score
 * gets rank 0 (no rank).
 */
public final class Ranking {

	private Ranking() {
	}

	public static int[] descending(double[] scores) {
		int[] ranks = new int[scores.length];
		for (int i = 0; i < scores.length; i++) {
			if (Double.isNaN(scores[i])) {
				continue;
			}
			int better = 0;
			for (double s : scores) {
				if (!Double.isNaN(s) && s > scores[i]) {
					better++;
				}
			}
			ranks[i] = better + 1;
		}
		return ranks;
	}

}
