package cn.lianshang.policy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Pushes. Reads for staff carry the caller's jurisdiction as a condition ({@code all}, or
 * the enterprise's division path under {@code prefix}); an enterprise reads its own
 * ({@code uscc}).
 */
interface PolicyPushes extends JpaRepository<PolicyPush, Long> {

	@Query("select p.uscc from PolicyPush p where p.policyId = :policyId")
	List<String> findUsccsByPolicy(@Param("policyId") long policyId);

	/** The policies an enterprise was ever pushed (in any state). */
	@Query("select distinct p.policyId from PolicyPush p where p.uscc = :uscc")
	Set<Long> findPolicyIdsByUscc(@Param("uscc") String uscc);

	/** Pushes sent since {@code from}, per enterprise (the weekly cap). */
	@Query("select p.uscc, count(p) from PolicyPush p where p.pushedAt >= :from group by p.uscc")
	List<Object[]> countPushedSince(@Param("from") OffsetDateTime from);

	@Query("select count(p) from PolicyPush p where p.uscc = :uscc and p.pushedAt >= :from")
	long countPushedSince(@Param("uscc") String uscc, @Param("from") OffsetDateTime from);

	@Query("""
			select p from PolicyPush p where p.state = cn.lianshang.policy.PushState.QUEUED
			order by p.createdAt, p.id""")
	List<PolicyPush> findQueued(Pageable pageable);

	Optional<PolicyPush> findByNotificationId(long notificationId);

	@Query("select p from PolicyPush p where p.id = :id and p.uscc = :uscc")
	Optional<PolicyPush> findOwn(@Param("id") long id, @Param("uscc") String uscc);

	@Query("""
			select p from PolicyPush p
			where p.id = :id and (:all = true or p.divisionPath like concat(:prefix, '%'))""")
	Optional<PolicyPush> findInReach(@Param("id") long id, @Param("all") boolean all, @Param("prefix") String prefix);

	@Query(value = """
			select p from PolicyPush p where p.uscc = :uscc
			  and p.state in (cn.lianshang.policy.PushState.PUSHED)
			order by p.createdAt desc, p.id desc""", countQuery = """
			select count(p) from PolicyPush p where p.uscc = :uscc
			  and p.state in (cn.lianshang.policy.PushState.PUSHED)""")
	Page<PolicyPush> findMine(@Param("uscc") String uscc, Pageable pageable);

	/**
	 * Staff lists: {@code list} is {@code credit-check} (免申即享 pushes waiting for a manual
	 * credit check), {@code to-pay} (applied or confirmed, not yet paid), or {@code all}.
	 */
	@Query(value = """
			select p from PolicyPush p
			where (:policyId is null or p.policyId = :policyId)
			  and (:all = true or p.divisionPath like concat(:prefix, '%'))
			  and (:list = 'all'
			       or (:list = 'credit-check' and p.state = cn.lianshang.policy.PushState.CREDIT_CHECK)
			       or (:list = 'to-pay' and p.appliedAt is not null and p.paidAt is null))
			order by p.createdAt, p.id""", countQuery = """
			select count(p) from PolicyPush p
			where (:policyId is null or p.policyId = :policyId)
			  and (:all = true or p.divisionPath like concat(:prefix, '%'))
			  and (:list = 'all'
			       or (:list = 'credit-check' and p.state = cn.lianshang.policy.PushState.CREDIT_CHECK)
			       or (:list = 'to-pay' and p.appliedAt is not null and p.paidAt is null))""")
	Page<PolicyPush> findForStaff(@Param("policyId") Long policyId, @Param("list") String list,
			@Param("all") boolean all, @Param("prefix") String prefix, Pageable pageable);

	/**
	 * The funnel of a policy by division path: pushed, opened, confirmed, applied, paid,
	 * paid amount; within the caller's jurisdiction.
	 */
	@Query("""
			select p.divisionPath, count(p.pushedAt), count(p.openedAt), count(p.confirmedAt), count(p.appliedAt),
			       count(p.paidAt), coalesce(sum(p.paidAmount), 0)
			from PolicyPush p
			where p.policyId = :policyId and (:all = true or p.divisionPath like concat(:prefix, '%'))
			group by p.divisionPath order by p.divisionPath""")
	List<Object[]> funnel(@Param("policyId") long policyId, @Param("all") boolean all, @Param("prefix") String prefix);

	/**
	 * One enterprise's pushes in the caller's reach ({@code all}, the division path under
	 * {@code prefix}, or the enterprise itself as {@code own}); {@code pushedOnly} leaves
	 * out the pushes the enterprise was never sent (queued, credit check).
	 */
	@Query("""
			select p from PolicyPush p where p.uscc = :uscc
			  and (:all = true or p.divisionPath like concat(:prefix, '%') or p.uscc = :own)
			  and (:pushedOnly = false or p.state = cn.lianshang.policy.PushState.PUSHED)
			order by p.createdAt desc, p.id desc""")
	List<PolicyPush> findOfEnterprise(@Param("uscc") String uscc, @Param("all") boolean all,
			@Param("prefix") String prefix, @Param("own") String own, @Param("pushedOnly") boolean pushedOnly,
			Pageable pageable);

	/**
	 * The funnel of one enterprise, as {@link #findOfEnterprise}: pushes, opened,
	 * confirmed, applied, paid, paid amount, 免申即享 pushes.
	 */
	@Query("""
			select count(p), count(p.openedAt), count(p.confirmedAt), count(p.appliedAt), count(p.paidAt),
			       coalesce(sum(p.paidAmount), 0), sum(case when p.automatic = true then 1 else 0 end)
			from PolicyPush p where p.uscc = :uscc
			  and (:all = true or p.divisionPath like concat(:prefix, '%') or p.uscc = :own)
			  and (:pushedOnly = false or p.state = cn.lianshang.policy.PushState.PUSHED)""")
	List<Object[]> funnelOfEnterprise(@Param("uscc") String uscc, @Param("all") boolean all,
			@Param("prefix") String prefix, @Param("own") String own, @Param("pushedOnly") boolean pushedOnly);

}
