package cn.lianshang.chain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Chains extends JpaRepository<Chain, String> {

	List<Chain> findAllByOrderBySortOrder();

}
