package cn.lianshang.region;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Divisions extends JpaRepository<Division, String> {

	List<Division> findAllByOrderBySortOrder();

}
