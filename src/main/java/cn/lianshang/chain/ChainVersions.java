package cn.lianshang.chain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChainVersions extends JpaRepository<ChainVersion, Long> {

	List<ChainVersion> findByChainCodeOrderByVersionDesc(String chainCode);

}
