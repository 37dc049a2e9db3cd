package cn.lianshang.enterprise;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Enterprises extends JpaRepository<Enterprise, Long> {

	/**
	 * One enterprise, if it lies in the caller's scope: the scope is part of the query
	 * (see {@link ScopeCondition}).
	 */
	@Query("""
			select e from Enterprise e
			where e.uscc = :uscc
			  and (:all = true or e.divisionPath like :pathPrefix or e.uscc = :ownUscc)
			""")
	Optional<Enterprise> findInScope(String uscc, boolean all, String pathPrefix, String ownUscc);

	Optional<Enterprise> findByUscc(String uscc);

	/** The facts only: a projection, no entity (on the path of every filed appeal). */
	@Query("select new cn.lianshang.enterprise.EnterpriseFacts(e.uscc, e.name, e.divisionCode, e.industryCode)"
			+ " from Enterprise e where e.uscc = :uscc")
	Optional<EnterpriseFacts> findFactsByUscc(String uscc);

	boolean existsByUscc(String uscc);

	@Query("select e.uscc from Enterprise e where e.uscc in :codes")
	List<String> findExistingUsccs(java.util.Collection<String> codes);

	@Query("select e.divisionPath, count(e) from Enterprise e group by e.divisionPath")
	List<Object[]> countByDivisionPath();

}
