package cn.lianshang.metro.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Monte-Carlo uncertainty analysis of the index ranks, in the spirit of COINr's
 * {@code get_sensitivity()} with {@code SA_type = "UA"}: each run draws
 * <ul>
 * <li>every node's weight as {@code w · U(1 − δ, 1 + δ)} (δ = 0.25 by default),
 * renormalised to sum 1 among its siblings, and</li>
 * <li>one method from the given list of (normalisation, aggregation) pairs,
 * uniformly,</li>
 * </ul>
 * recomputes normalisation and aggregation from the treated data, and ranks the units on
 * the index. For each unit it reports the nominal rank (no noise, first method), the
 * median rank and the 5 % – 95 % rank interval (R type-7 quantiles of the ranks over all
 * runs). A seed makes a run reproducible.
 */
public final class SensitivityAnalysis {

	/** One method choice for a run. */
	public record Method(Normalisation normalisation, Aggregation aggregation) {

	}

	/**
	 * @param runs number of Monte-Carlo runs (≥ 1)
	 * @param weightNoise δ of the uniform multiplicative noise on the weights, in [0, 1)
	 * @param methods the method choices to sample from; the first is the nominal one
	 */
	public record Settings(int runs, long seed, double weightNoise, List<Method> methods) {

		public Settings {
			methods = List.copyOf(methods);
			if (runs < 1 || methods.isEmpty() || !(weightNoise >= 0 && weightNoise < 1)) {
				throw new IllegalArgumentException("need runs ≥ 1, at least one method and 0 ≤ noise < 1");
			}
		}

		/**
		 * The usual alternatives: min-max [0, 100] with the arithmetic mean, min-max [1,
		 * 100] with the geometric mean (the geometric mean needs positive values),
		 * z-scores and ranks with the arithmetic mean.
		 */
		public static Settings defaults(int runs, long seed) {
			return new Settings(runs, seed, 0.25,
					List.of(new Method(Normalisation.MinMax.percent(), Aggregation.ARITHMETIC),
							new Method(new Normalisation.MinMax(1, 100), Aggregation.GEOMETRIC),
							new Method(Normalisation.ZScore.standard(), Aggregation.ARITHMETIC),
							new Method(new Normalisation.Rank(), Aggregation.ARITHMETIC)));
		}

	}

	/** One unit's rank statistics. */
	public record UnitRanks(String unit, int nominal, double median, double q05, double q95) {

	}

	public record Result(List<UnitRanks> units, int[][] ranksPerRun) {

		public UnitRanks of(String unit) {
			return units.stream()
				.filter(u -> u.unit().equals(unit))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no unit " + unit));
		}

	}

	private SensitivityAnalysis() {
	}

	/**
	 * @param treated the treated (pre-normalisation) indicator data
	 */
	public static Result run(Matrix treated, Framework framework, Settings settings) {
		Random random = new Random(settings.seed());
		String index = framework.index();
		Method nominalMethod = settings.methods().get(0);
		int[] nominal = Ranking.descending(nominalMethod.aggregation()
			.aggregate(nominalMethod.normalisation().apply(treated, framework), framework)
			.column(index));
		int[][] ranks = new int[settings.runs()][];
		for (int run = 0; run < settings.runs(); run++) {
			Map<String, Double> weights = perturbedWeights(framework, settings.weightNoise(), random);
			Method method = settings.methods().get(random.nextInt(settings.methods().size()));
			Matrix aggregated = method.aggregation()
				.aggregate(method.normalisation().apply(treated, framework), framework, weights);
			ranks[run] = Ranking.descending(aggregated.column(index));
		}
		List<UnitRanks> out = new ArrayList<>();
		for (int u = 0; u < treated.rows(); u++) {
			double[] r = new double[settings.runs()];
			for (int run = 0; run < r.length; run++) {
				r[run] = ranks[run][u];
			}
			out.add(new UnitRanks(treated.units().get(u), nominal[u], Statistics.median(r),
					Statistics.quantile(r, 0.05), Statistics.quantile(r, 0.95)));
		}
		return new Result(List.copyOf(out), ranks);
	}

	/**
	 * Each weight times U(1 − δ, 1 + δ), renormalised among siblings (the top node keeps
	 * weight 1).
	 */
	static Map<String, Double> perturbedWeights(Framework framework, double noise, Random random) {
		Map<String, Double> w = new LinkedHashMap<>();
		for (int level = 2; level <= framework.topLevel(); level++) {
			for (Indicator parent : framework.atLevel(level)) {
				List<Indicator> children = framework.childrenOf(parent.code());
				double[] drawn = new double[children.size()];
				double sum = 0;
				for (int k = 0; k < drawn.length; k++) {
					double factor = 1 + noise * (2 * random.nextDouble() - 1);
					drawn[k] = children.get(k).weight() * factor;
					sum += drawn[k];
				}
				for (int k = 0; k < drawn.length; k++) {
					w.put(children.get(k).code(), sum == 0 ? 0 : drawn[k] / sum);
				}
			}
		}
		return w;
	}

}
