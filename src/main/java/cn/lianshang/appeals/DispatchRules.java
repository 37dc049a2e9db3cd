package cn.lianshang.appeals;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DispatchRules extends JpaRepository<DispatchRule, Long> {

	List<DispatchRule> findByDivisionCodeIn(Collection<String> divisionCodes);

}
