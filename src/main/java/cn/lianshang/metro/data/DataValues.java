package cn.lianshang.metro.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DataValues extends JpaRepository<DataValue, Long> {

	Optional<DataValue> findByIndicatorAndOrgUnitAndPeriod(String indicator, String orgUnit, String period);

	List<DataValue> findByPeriodIn(Collection<String> periods);

	List<DataValue> findByIndicatorAndPeriod(String indicator, String period);

	List<DataValue> findByIndicatorAndOrgUnitAndPeriodType(String indicator, String orgUnit, String periodType);

	@Query("""
			select v from DataValue v
			where (:indicator is null or v.indicator = :indicator)
			  and (:orgUnit is null or v.orgUnit = :orgUnit)
			  and (:period is null or v.period = :period)
			order by v.period desc, v.indicator, v.orgUnit""")
	Page<DataValue> search(@Param("indicator") String indicator, @Param("orgUnit") String orgUnit,
			@Param("period") String period, Pageable pageable);

	long countByDemoTrue();

	@Query("select distinct v.period from DataValue v where v.periodType = 'YEAR'")
	List<String> yearlyPeriods();

	List<DataValue> findByIndicatorAndPeriodType(String indicator, String periodType);

}
