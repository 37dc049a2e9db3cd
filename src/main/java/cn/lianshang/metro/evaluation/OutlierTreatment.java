package cn.lianshang.metro.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Outlier treatment exactly as COINr's {@code Treat()} with its default specification
 * (COINr 1.1.14, {@code treat.R}):
 * <ol>
 * <li>{@code check_SkewKurt}: an indicator passes if {@code |skew| < 2} or
 * {@code kurtosis < 3.5}, i.e. it fails only when both {@code |skew| ≥ 2} and
 * {@code kurtosis ≥ 3.5} (type-2 estimators, {@link Statistics}).</li>
 * <li>{@code winsorise}: while it fails and fewer than {@code winmax} points are
 * winsorised, look at the sign of the current skew: if {@code skew ≥ 0} the highest
 * value(s) are set to the next highest value, otherwise the lowest value(s) to the next
 * lowest. Ties are moved together. The count of winsorised points is, as in COINr,
 * {@code length(imax) + length(imin)}: the points moved in the latest step at the top
 * plus those at the bottom — which includes the points clipped in earlier steps on that
 * side, because they had been set equal to the next value and move with it.</li>
 * <li>If winsorising cannot make it pass, {@code log_CT} is applied to the
 * <em>original</em> column (COINr's default {@code combine_treat = FALSE}):
 * {@code log(x − min(x) + 0.01 (max(x) − min(x)))}.</li>
 * </ol>
 * A column whose skew or kurtosis cannot be computed (fewer than 4 values, or no spread)
 * is left untreated — COINr would stop with an error there.
 */
public final class OutlierTreatment {

	/** COINr's defaults: {@code winmax = 5, skew_thresh = 2, kurt_thresh = 3.5}. */
	public static final Settings DEFAULTS = new Settings(5, 2, 3.5);

	/**
	 * @param winmax the most points winsorised per indicator
	 */
	public record Settings(int winmax, double skewThreshold, double kurtosisThreshold) {

		public Settings {
			if (winmax < 0) {
				throw new IllegalArgumentException("winmax must be ≥ 0");
			}
		}

	}

	/** Skew and kurtosis of a column and whether it passes. */
	public record Check(boolean pass, double skew, double kurtosis) {

	}

	/**
	 * What happened to one indicator: the check before, and if it failed the number of
	 * winsorised points and the check after winsorising, whether {@code log_CT} was
	 * applied and the check after that, and the units whose values changed (for
	 * {@code log_CT}: all).
	 */
	public record Record(String indicator, Check before, Integer winsorised, Check afterWinsorising,
			boolean logTransformed, Check afterLog, List<String> winsorisedHigh, List<String> winsorisedLow) {

		public boolean treated() {
			return winsorised != null && winsorised > 0 || logTransformed;
		}

	}

	public record Treated(Matrix data, List<Record> log) {

		public Record of(String indicator) {
			return log.stream()
				.filter(r -> r.indicator().equals(indicator))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no record for " + indicator));
		}

	}

	private OutlierTreatment() {
	}

	public static Treated apply(Matrix data, Settings settings) {
		Map<String, double[]> out = new LinkedHashMap<>();
		List<Record> log = new ArrayList<>();
		for (String code : data.columns()) {
			double[] x = data.column(code);
			Check before = check(x, settings);
			if (before == null || before.pass()) {
				out.put(code, x);
				log.add(new Record(code, before, null, null, false, null, List.of(), List.of()));
				continue;
			}
			Winsorised w = winsorise(x, settings);
			Check afterWin = check(w.values, settings);
			List<String> high = w.high.stream().sorted().map(data.units()::get).toList();
			List<String> low = w.low.stream().sorted().map(data.units()::get).toList();
			if (afterWin.pass()) {
				out.put(code, w.values);
				log.add(new Record(code, before, w.count(), afterWin, false, null, high, low));
				continue;
			}
			double[] logged = logCt(x);
			Check afterLog = check(logged, settings);
			out.put(code, logged);
			log.add(new Record(code, before, w.count(), afterWin, true, afterLog, high, low));
		}
		return new Treated(Matrix.ofColumns(data.units(), out), List.copyOf(log));
	}

	/** COINr {@code check_SkewKurt}; {@code null} when skew or kurtosis is undefined. */
	static Check check(double[] x, Settings s) {
		double sk = Statistics.skew(x);
		double kt = Statistics.kurt(x);
		if (Double.isNaN(sk) || Double.isNaN(kt)) {
			return null;
		}
		return new Check(Math.abs(sk) < s.skewThreshold() || kt < s.kurtosisThreshold(), sk, kt);
	}

	private record Winsorised(double[] values, Set<Integer> high, Set<Integer> low) {

		int count() {
			return high.size() + low.size();
		}

	}

	/** COINr {@code winsorise()}: see the class comment for the rule. */
	static Winsorised winsorise(double[] original, Settings s) {
		double[] x = original.clone();
		Set<Integer> imax = new HashSet<>();
		Set<Integer> imin = new HashSet<>();
		Check c = check(x, s);
		while (c != null && !c.pass() && imax.size() + imin.size() < s.winmax()) {
			if (Statistics.skew(x) >= 0) {
				double max = Statistics.max(x);
				imax = positionsOf(x, max);
				double next = nextBeyond(x, imax, true);
				imax.forEach(i -> x[i] = next);
			}
			else {
				double min = Statistics.min(x);
				imin = positionsOf(x, min);
				double next = nextBeyond(x, imin, false);
				imin.forEach(i -> x[i] = next);
			}
			c = check(x, s);
		}
		return new Winsorised(x, imax, imin);
	}

	private static Set<Integer> positionsOf(double[] x, double value) {
		Set<Integer> at = new HashSet<>();
		for (int i = 0; i < x.length; i++) {
			if (x[i] == value) {
				at.add(i);
			}
		}
		return at;
	}

	/**
	 * {@code max(x[-imax])} or {@code min(x[-imin])}: the extreme of the values not at
	 * the clipped positions.
	 */
	private static double nextBeyond(double[] x, Set<Integer> excluded, boolean highest) {
		double best = Double.NaN;
		for (int i = 0; i < x.length; i++) {
			if (excluded.contains(i) || Double.isNaN(x[i])) {
				continue;
			}
			if (Double.isNaN(best) || (highest ? x[i] > best : x[i] < best)) {
				best = x[i];
			}
		}
		return best;
	}

	/** COINr {@code log_CT}: {@code log(x − min + 0.01 (max − min))}. */
	static double[] logCt(double[] x) {
		double min = Statistics.min(x);
		double max = Statistics.max(x);
		double[] out = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			out[i] = Math.log(x[i] - min + 0.01 * (max - min));
		}
		return out;
	}

}
