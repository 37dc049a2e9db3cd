package cn.lianshang.metro.projects;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface KeyProjects extends JpaRepository<KeyProject, Long> {

	Optional<KeyProject> findByCode(String code);

	@Query("select p.code from KeyProject p")
	List<String> findAllCodes();

	@Query("""
			select p from KeyProject p
			where (:status is null or p.status = :status)
			  and (:orgUnit is null or p.orgUnit = :orgUnit)
			  and (:sector is null or p.sector = :sector)
			order by p.demo, p.code""")
	Page<KeyProject> search(@Param("status") ProjectStatus status, @Param("orgUnit") String orgUnit,
			@Param("sector") String sector, Pageable pageable);

}
