package cn.lianshang.workforce;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Residents extends JpaRepository<Resident, Long> {

	Optional<Resident> findByAccountId(long accountId);

	/**
	 * The resident with skills and certificates in one query (what matching reads),
	 * instead of two lazy loads after it.
	 */
	@EntityGraph(attributePaths = { "skills", "certificates" })
	@Query("select r from Resident r where r.id = :id")
	Optional<Resident> findWithProfileById(long id);

	/** Residents whose community lies under {@code pathPrefix} (null: all). */
	@Query("select r from Resident r where (:pathPrefix is null or r.communityPath like concat(:pathPrefix, '%'))")
	Page<Resident> findInArea(String pathPrefix, Pageable pageable);

	@Query("select count(r) from Resident r where (:pathPrefix is null or r.communityPath like concat(:pathPrefix, '%'))")
	long countInArea(String pathPrefix);

}
