package cn.lianshang.appeals;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DispatchRules extends JpaRepository<DispatchRule, Long>, JpaSpecificationExecutor<DispatchRule> {

	List<DispatchRule> findByDivisionCodeIn(Collection<String> divisionCodes);

	List<DispatchRule> findByDivisionCode(String divisionCode);

}
