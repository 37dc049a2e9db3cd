package cn.lianshang.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Policies. The caller's jurisdiction is a condition of the query: {@code all} for the
 * whole area, otherwise the policy's region path must start with the caller's division
 * path.
 */
interface Policies extends JpaRepository<Policy, Long> {

	/** A policy the caller may edit (404 otherwise, whether or not it exists). */
	@Query("""
			select p from Policy p
			where p.id = :id and (:all = true or p.regionPath like concat(:prefix, '%'))""")
	Optional<Policy> findEditable(@Param("id") long id, @Param("all") boolean all, @Param("prefix") String prefix);

	/**
	 * A policy the caller may read: any published or withdrawn one, and drafts the caller
	 * may edit.
	 */
	@Query("""
			select p from Policy p
			where p.id = :id and (p.status <> cn.lianshang.policy.PolicyStatus.DRAFT
				or (:editor = true and (:all = true or p.regionPath like concat(:prefix, '%'))))""")
	Optional<Policy> findVisible(@Param("id") long id, @Param("editor") boolean editor, @Param("all") boolean all,
			@Param("prefix") String prefix);

	@Query(value = """
			select p from Policy p
			where p.status <> cn.lianshang.policy.PolicyStatus.DRAFT
				or (:editor = true and (:all = true or p.regionPath like concat(:prefix, '%')))""", countQuery = """
			select count(p) from Policy p
			where p.status <> cn.lianshang.policy.PolicyStatus.DRAFT
				or (:editor = true and (:all = true or p.regionPath like concat(:prefix, '%')))""")
	Page<Policy> findVisible(@Param("editor") boolean editor, @Param("all") boolean all, @Param("prefix") String prefix,
			Pageable pageable);

	@Query(value = """
			select p from Policy p
			where p.status = :status and (p.status <> cn.lianshang.policy.PolicyStatus.DRAFT
				or (:editor = true and (:all = true or p.regionPath like concat(:prefix, '%'))))""", countQuery = """
			select count(p) from Policy p
			where p.status = :status and (p.status <> cn.lianshang.policy.PolicyStatus.DRAFT
				or (:editor = true and (:all = true or p.regionPath like concat(:prefix, '%'))))""")
	Page<Policy> findVisibleByStatus(@Param("status") PolicyStatus status, @Param("editor") boolean editor,
			@Param("all") boolean all, @Param("prefix") String prefix, Pageable pageable);

	/**
	 * The policies the caller may edit, of the given statuses and with {@code words} in
	 * the title (empty: any).
	 */
	@Query(value = """
			select p from Policy p
			where (:all = true or p.regionPath like concat(:prefix, '%'))
			  and p.status in :statuses and p.title like concat('%', :words, '%')""", countQuery = """
			select count(p) from Policy p
			where (:all = true or p.regionPath like concat(:prefix, '%'))
			  and p.status in :statuses and p.title like concat('%', :words, '%')""")
	Page<Policy> findEditable(@Param("all") boolean all, @Param("prefix") String prefix,
			@Param("statuses") java.util.Collection<PolicyStatus> statuses, @Param("words") String words,
			Pageable pageable);

	@Query("""
			select p from Policy p
			where p.status = cn.lianshang.policy.PolicyStatus.PUBLISHED and p.effectiveFrom <= :date
			  and (p.effectiveTo is null or p.effectiveTo >= :date)
			order by p.id""")
	List<Policy> findInForce(@Param("date") LocalDate date);

}
