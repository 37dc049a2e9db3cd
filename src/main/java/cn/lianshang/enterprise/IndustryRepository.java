package cn.lianshang.enterprise;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndustryRepository extends JpaRepository<Industry, String> {

	List<Industry> findAllByOrderByPath();

}
