package cn.lianshang.chain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChainNodes extends JpaRepository<ChainNode, Long> {

	List<ChainNode> findByChainCodeAndVersionOrderBySortOrder(String chainCode, int version);

}
