package cn.lianshang.matching.model;

/**
 * Dimensional tolerance as an ISO 286 IT grade, or as a width in µm converted to the
 * finest IT grade whose width at the part's nominal size does not exceed it. Grades run
 * from IT1 to IT18; a smaller grade is finer.
 */
public final class Tolerance {

	public static final int FINEST = 1;

	public static final int COARSEST = 18;

	/**
	 * Nominal size assumed when a part's size is unknown: the 30–50 mm step of ISO 286.
	 */
	public static final double DEFAULT_NOMINAL_MM = 40;

	/**
	 * ISO 286-1 multiples of the standard tolerance factor i for IT5..IT18 (IT1–IT4 are
	 * extrapolated).
	 */
	private static final double[] FACTOR = { 0, 1.0, 1.6, 2.5, 4, 7, 10, 16, 25, 40, 64, 100, 160, 250, 400, 640, 1000,
			1600, 2500 };

	private Tolerance() {
	}

	/**
	 * The width in µm of grade {@code it} at nominal size {@code mm} (i = 0.45·∛D +
	 * 0.001·D).
	 */
	public static double widthUm(int it, double mm) {
		double d = Math.max(1, Math.min(3150, mm));
		double i = 0.45 * Math.cbrt(d) + 0.001 * d;
		return FACTOR[it] * i;
	}

	/**
	 * The coarsest grade whose width at {@code mm} is still within {@code um}: what a
	 * width of {@code um} demands.
	 */
	public static int gradeFor(double um, double mm) {
		for (int it = COARSEST; it >= FINEST; it--) {
			if (widthUm(it, mm) <= um + 1e-9) {
				return it;
			}
		}
		return FINEST;
	}

	/** A grade given directly, else derived from a width, else null. */
	public static Integer grade(Integer it, Double um, Double nominalMm) {
		if (it != null) {
			return it;
		}
		if (um != null) {
			return gradeFor(um, nominalMm == null ? DEFAULT_NOMINAL_MM : nominalMm);
		}
		return null;
	}

}
