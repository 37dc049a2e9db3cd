package cn.lianshang.workforce;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Jobs extends JpaRepository<Job, Long> {

	/**
	 * Jobs in a status (null: all), under a division path (null: all), of one employer
	 * (null: all), with a skill (null: any).
	 */
	@Query("""
			select j from Job j
			where (:status is null or j.status = :status)
			  and (:pathPrefix is null or j.divisionPath like concat(:pathPrefix, '%'))
			  and (:uscc is null or j.employerUscc = :uscc)
			  and (:skill is null or :skill member of j.skills)
			order by j.createdAt desc, j.id desc""")
	Page<Job> search(JobStatus status, String pathPrefix, String uscc, String skill, Pageable pageable);

	List<Job> findByEmployerUscc(String uscc);

	@Query("select count(j) from Job j where (:pathPrefix is null or j.divisionPath like concat(:pathPrefix, '%')) and j.status = :status")
	long countInArea(String pathPrefix, JobStatus status);

	@Query("select coalesce(sum(j.headcount), 0) from Job j where (:pathPrefix is null or j.divisionPath like concat(:pathPrefix, '%')) and j.status in (cn.lianshang.workforce.JobStatus.OPEN, cn.lianshang.workforce.JobStatus.FILLED)")
	long headcountInArea(String pathPrefix);

	long countByDemoTrue();

}
