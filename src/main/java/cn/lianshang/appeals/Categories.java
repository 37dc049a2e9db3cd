package cn.lianshang.appeals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Categories extends JpaRepository<Category, String> {

	List<Category> findAllByOrderBySortOrder();

}
