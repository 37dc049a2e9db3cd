package cn.lianshang.metro.targets;

import java.math.BigDecimal;
import java.util.List;

/**
 * The yearly values stored for an indicator and an org unit (the indicator data of
 * {@code cn.lianshang.metro.data}, which implements this), read when a plan target is
 * linked to that indicator and org unit ({@code indicatorCode} and {@code orgUnit} in
 * {@code metro/targets.csv}). Declared here so that the targets need not know the data
 * model.
 */
public interface StoredValues {

	/**
	 * One stored yearly value; {@code demo} marks a synthetic demo value, {@code source}
	 * is the source the value was entered with.
	 */
	record Value(int year, BigDecimal value, boolean demo, String source) {

	}

	/** The yearly values of the indicator for the org unit, in any order. */
	List<Value> yearly(String indicator, String orgUnit);

	/** No stored values at all (the seeds' figures alone). */
	StoredValues NONE = (indicator, orgUnit) -> List.of();

}
