package cn.lianshang.workforce;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Engagements extends JpaRepository<Engagement, Long> {

	Optional<Engagement> findByJobIdAndResidentId(long jobId, long residentId);

	Page<Engagement> findByResidentIdOrderByIdDesc(long residentId, Pageable pageable);

	Page<Engagement> findByJobIdOrderByIdDesc(long jobId, Pageable pageable);

	@Query("select count(e) from Engagement e where e.jobId = :jobId and e.status in :statuses")
	long countByJob(long jobId, Collection<EngagementStatus> statuses);

	/** Whether the resident has an engagement with this employer (for consent checks). */
	@Query("select e from Engagement e where e.residentId = :residentId and e.jobId in (select j.id from Job j where j.employerUscc = :uscc)")
	List<Engagement> findWithEmployer(long residentId, String uscc);

	/**
	 * Distinct residents who reported unpaid work for this employer since {@code from}.
	 */
	@Query("""
			select count(distinct e.residentId) from Engagement e
			where e.unpaidReportedAt is not null and e.unpaidReportedAt > :from
			  and e.jobId in (select j.id from Job j where j.employerUscc = :uscc)""")
	long unpaidReporters(String uscc, OffsetDateTime from);

	/** Disputed engagements on jobs under a division path (null: all). */
	@Query("""
			select e from Engagement e where e.disputed = true
			  and e.jobId in (select j.id from Job j where (:pathPrefix is null or j.divisionPath like concat(:pathPrefix, '%')))
			order by e.updatedAt desc""")
	Page<Engagement> disputesInArea(String pathPrefix, Pageable pageable);

	@Query("""
			select count(e) from Engagement e where e.status in :statuses
			  and e.jobId in (select j.id from Job j where (:pathPrefix is null or j.divisionPath like concat(:pathPrefix, '%'))
			    and j.status in (cn.lianshang.workforce.JobStatus.OPEN, cn.lianshang.workforce.JobStatus.FILLED))""")
	long placedInArea(String pathPrefix, Collection<EngagementStatus> statuses);

}
