package cn.lianshang.metro.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops units with too little data, as COINr's
 * {@code Screen(unit_screen = "byNA", dat_thresh)}: a unit stays if the share of its
 * indicator values that are present is at least the threshold. Run after imputation this
 * measures what imputation could not fill.
 */
public final class Screening {

	private Screening() {
	}

	/** The kept data and the codes of the units removed. */
	public record Screened(Matrix data, List<String> removed) {

	}

	public static Screened byAvailability(Matrix data, double threshold) {
		if (!(threshold >= 0 && threshold <= 1)) {
			throw new IllegalArgumentException("threshold must be between 0 and 1");
		}
		List<String> keep = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		for (int r = 0; r < data.rows(); r++) {
			int present = 0;
			for (int c = 0; c < data.cols(); c++) {
				if (!Double.isNaN(data.get(r, c))) {
					present++;
				}
			}
			double availability = data.cols() == 0 ? 0 : (double) present / data.cols();
			(availability >= threshold ? keep : removed).add(data.units().get(r));
		}
		return new Screened(data.selectUnits(keep), List.copyOf(removed));
	}

}
