package cn.lianshang.metro.data;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DataValueChanges extends JpaRepository<DataValueChange, Long> {

	List<DataValueChange> findByIndicatorAndOrgUnitAndPeriodOrderByChangedAtAscIdAsc(String indicator, String orgUnit,
			String period);

}
