package cn.lianshang.access;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("""
			select a from Account a
			where (:q is null or lower(a.username) like lower(concat('%', cast(:q as string), '%'))
			       or lower(a.displayName) like lower(concat('%', cast(:q as string), '%')))
			  and (:role is null or a.role = :role)
			""")
	Page<Account> search(String q, Role role, Pageable pageable);

}
