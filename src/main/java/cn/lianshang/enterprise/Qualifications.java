package cn.lianshang.enterprise;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Qualifications extends JpaRepository<Qualification, String> {

	List<Qualification> findAllByOrderBySortOrder();

}
