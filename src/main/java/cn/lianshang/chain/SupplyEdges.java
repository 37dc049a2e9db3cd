package cn.lianshang.chain;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Supply edges. The rates read the edges whose <em>buyer</em> lies in the caller's scope
 * (and in the asked city) and whose two sides are 存续; the edge list also shows the edges
 * whose supplier does, and edges with an enterprise that is no longer 存续.
 */
interface SupplyEdges extends JpaRepository<SupplyEdge, Long> {

	@Query("select e from SupplyEdge e where e.chainCode = :chain"
			+ " and (:all = true or e.buyerDivisionPath like :prefix or e.buyerUscc = :own or e.supplierUscc = :own)"
			+ " and e.buyerDivisionPath like :city and e.supplierActive = true and e.buyerActive = true")
	List<SupplyEdge> bought(@Param("chain") String chain, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("own") String own, @Param("city") String cityPrefix);

	@Query("select e from SupplyEdge e where e.chainCode = :chain and (:node is null or e.nodeCode = :node)"
			+ " and (:all = true or e.buyerDivisionPath like :prefix or e.supplierDivisionPath like :prefix"
			+ " or e.buyerUscc = :own or e.supplierUscc = :own) order by e.createdAt desc, e.id desc")
	Page<SupplyEdge> visible(@Param("chain") String chain, @Param("node") String node, @Param("all") boolean all,
			@Param("prefix") String prefix, @Param("own") String own, Pageable pageable);

	/** Every edge the enterprise is on, as supplier or buyer (following the registry). */
	@Query("select e from SupplyEdge e where e.supplierUscc = :uscc or e.buyerUscc = :uscc")
	List<SupplyEdge> involving(@Param("uscc") String uscc);

	boolean existsByChainCodeAndProvenanceAndSourceRef(String chain, SupplyEdge.Provenance provenance,
			String sourceRef);

	long countByProvenance(SupplyEdge.Provenance provenance);

	String VISIBLE = " (:all = true or e.buyerDivisionPath like :prefix or e.supplierDivisionPath like :prefix"
			+ " or e.buyerUscc = :own or e.supplierUscc = :own) ";

	/**
	 * The enterprise's edges as supplier or buyer, newest first, in the caller's scope.
	 */
	@Query(value = "select e from SupplyEdge e where (e.supplierUscc = :uscc or e.buyerUscc = :uscc) and" + VISIBLE
			+ " order by e.createdAt desc, e.id desc",
			countQuery = "select count(e) from SupplyEdge e where (e.supplierUscc = :uscc or e.buyerUscc = :uscc)"
					+ " and" + VISIBLE)
	Page<SupplyEdge> ofEnterprise(@Param("uscc") String uscc, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("own") String own, Pageable pageable);

	/**
	 * The enterprise's edges as supplier, newest first, in the caller's scope: one side
	 * of {@link #ofEnterprise}, a condition on one indexed column (an OR of the two
	 * columns is a table scan on H2).
	 */
	@Query("select e from SupplyEdge e where e.supplierUscc = :uscc and" + VISIBLE
			+ " order by e.createdAt desc, e.id desc")
	List<SupplyEdge> latestAsSupplier(@Param("uscc") String uscc, @Param("all") boolean all,
			@Param("prefix") String prefix, @Param("own") String own, Pageable pageable);

	/** The enterprise's edges as buyer, newest first, in the caller's scope. */
	@Query("select e from SupplyEdge e where e.buyerUscc = :uscc and" + VISIBLE
			+ " order by e.createdAt desc, e.id desc")
	List<SupplyEdge> latestAsBuyer(@Param("uscc") String uscc, @Param("all") boolean all,
			@Param("prefix") String prefix, @Param("own") String own, Pageable pageable);

	@Query("select count(e) from SupplyEdge e where e.supplierUscc = :uscc and" + VISIBLE)
	long countAsSupplier(@Param("uscc") String uscc, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("own") String own);

	@Query("select count(e) from SupplyEdge e where e.buyerUscc = :uscc and" + VISIBLE)
	long countAsBuyer(@Param("uscc") String uscc, @Param("all") boolean all, @Param("prefix") String prefix,
			@Param("own") String own);

}
