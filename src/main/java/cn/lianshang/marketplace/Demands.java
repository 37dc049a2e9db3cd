package cn.lianshang.marketplace;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import cn.lianshang.matching.model.Scenario;

interface Demands extends JpaRepository<Demand, Long> {

	Page<Demand> findByStatus(PostingStatus status, Pageable pageable);

	Page<Demand> findByStatusAndScenario(PostingStatus status, Scenario scenario, Pageable pageable);

}
