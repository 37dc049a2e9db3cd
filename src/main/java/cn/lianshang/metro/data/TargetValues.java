package cn.lianshang.metro.data;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.metro.targets.StoredValues;

/**
 * The stored yearly values of an indicator and org unit, for the progress of the plan
 * targets linked to them ({@code cn.lianshang.metro.targets}). Only year periods count (a
 * quarter or a month is not a year's value).
 */
@Component
class TargetValues implements StoredValues {

	private final DataValues values;

	TargetValues(DataValues values) {
		this.values = values;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Value> yearly(String indicator, String orgUnit) {
		return values.findByIndicatorAndOrgUnitAndPeriodType(indicator, orgUnit, Period.Type.YEAR.name())
			.stream()
			.map(v -> {
				DataValueView view = v.view();
				return new Value(Integer.parseInt(v.period()), v.value(), view.demo(), view.source());
			})
			.toList();
	}

}
