package cn.lianshang.chain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Enterprises on nodes. Every read of jurisdiction data takes the caller's
 * {@link ChainScope} as parameters of the query.
 */
interface Assignments extends JpaRepository<Assignment, Long> {

	String IN_SCOPE = " (:all = true or a.divisionPath like :prefix or a.uscc = :own) ";

	boolean existsByChainCodeAndNodeCodeAndUscc(String chainCode, String nodeCode, String uscc);

	Optional<Assignment> findByChainCodeAndNodeCodeAndUscc(String chainCode, String nodeCode, String uscc);

	@Query("select a.nodeCode, a.divisionPath, count(a) from Assignment a where a.chainCode = :chain"
			+ " and a.status = cn.lianshang.chain.Assignment.Status.CONFIRMED and a.enterpriseActive = true and"
			+ IN_SCOPE + " group by a.nodeCode, a.divisionPath")
	List<Object[]> confirmedCounts(@Param("chain") String chain, @Param("all") boolean all,
			@Param("prefix") String prefix, @Param("own") String own);

	@Query("select a from Assignment a where a.chainCode = :chain and a.nodeCode = :node"
			+ " and (:status is null or a.status = :status) and" + IN_SCOPE
			+ " order by a.leadFirm desc, a.status, a.enterpriseName, a.id")
	Page<Assignment> onNode(@Param("chain") String chain, @Param("node") String node,
			@Param("status") Assignment.Status status, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("own") String own, Pageable pageable);

	@Query("select a from Assignment a where a.chainCode = :chain and a.leadFirm = true and a.enterpriseActive = true"
			+ " and" + IN_SCOPE + " order by a.enterpriseName")
	List<Assignment> leadFirms(@Param("chain") String chain, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("own") String own);

	@Query("select a from Assignment a where a.id = :id and" + IN_SCOPE)
	Optional<Assignment> findInScope(@Param("id") Long id, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("own") String own);

	/** {@code node/uscc} of every record of the chain (demo loading). */
	@Query("select concat(a.nodeCode, '/', a.uscc) from Assignment a where a.chainCode = :chain")
	List<String> keysOf(@Param("chain") String chain);

	@Query("select distinct a.uscc from Assignment a where a.chainCode = :chain and a.leadFirm = true"
			+ " and a.enterpriseActive = true")
	List<String> leadFirmUscc(@Param("chain") String chain);

	/** Every record of the enterprise, whatever its status (following the registry). */
	List<Assignment> findByUscc(String uscc);

	/** The enterprise's records that are not rejected, in the caller's scope. */
	@Query("select a from Assignment a where a.uscc = :uscc"
			+ " and a.status <> cn.lianshang.chain.Assignment.Status.REJECTED and" + IN_SCOPE
			+ " order by a.leadFirm desc, a.chainCode, a.nodeCode")
	List<Assignment> ofEnterprise(@Param("uscc") String uscc, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("own") String own);

}
