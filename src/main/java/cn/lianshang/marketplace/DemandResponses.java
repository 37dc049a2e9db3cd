package cn.lianshang.marketplace;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DemandResponses extends JpaRepository<DemandResponse, Long> {

	List<DemandResponse> findByDemandIdOrderByCreatedAtAscIdAsc(long demandId);

	Optional<DemandResponse> findByDemandIdAndSupplierUscc(long demandId, String supplierUscc);

	/** The deals (awarded, delivered, completed) one enterprise takes part in. */
	@Query("""
			select r from DemandResponse r
			where r.status in :statuses and (r.buyerUscc = :uscc or r.supplierUscc = :uscc)
			""")
	Page<DemandResponse> findDealsOf(@Param("uscc") String uscc, @Param("statuses") Collection<ResponseStatus> statuses,
			Pageable pageable);

	@Query("select r from DemandResponse r where r.status in :statuses and r.buyerUscc = :uscc")
	Page<DemandResponse> findDealsAsBuyer(@Param("uscc") String uscc,
			@Param("statuses") Collection<ResponseStatus> statuses, Pageable pageable);

	@Query("select r from DemandResponse r where r.status in :statuses and r.supplierUscc = :uscc")
	Page<DemandResponse> findDealsAsSupplier(@Param("uscc") String uscc,
			@Param("statuses") Collection<ResponseStatus> statuses, Pageable pageable);

	@Query("select r from DemandResponse r where r.status in :statuses")
	Page<DemandResponse> findDeals(@Param("statuses") Collection<ResponseStatus> statuses, Pageable pageable);

	/**
	 * Of one buyer's demands: how many received a response, and how many were awarded.
	 */
	@Query("""
			select count(distinct r.demandId),
			       count(distinct case when r.status in :deals then r.demandId end)
			from DemandResponse r where r.buyerUscc = :uscc
			""")
	List<Object[]> awardCounts(@Param("uscc") String uscc, @Param("deals") Collection<ResponseStatus> deals);

}
