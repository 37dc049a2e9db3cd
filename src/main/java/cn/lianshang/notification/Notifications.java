package cn.lianshang.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Inbox entries. A recipient is an enterprise (its uscc) or an account (its username); a
 * caller reads the entries of both it holds, as a condition of the query.
 */
interface Notifications extends JpaRepository<Notification, Long> {

	@Query(value = """
			select n from Notification n
			where n.recipientUscc = :uscc or n.recipientAccount = :account
			order by n.createdAt desc, n.id desc""", countQuery = """
			select count(n) from Notification n
			where n.recipientUscc = :uscc or n.recipientAccount = :account""")
	Page<Notification> findInbox(@Param("uscc") String uscc, @Param("account") String account, Pageable pageable);

	@Query("""
			select n from Notification n
			where (n.recipientUscc = :uscc or n.recipientAccount = :account) and n.openedAt is null
			order by n.createdAt desc, n.id desc""")
	List<Notification> findUnread(@Param("uscc") String uscc, @Param("account") String account, Pageable pageable);

	@Query("""
			select count(n) from Notification n
			where (n.recipientUscc = :uscc or n.recipientAccount = :account) and n.openedAt is null""")
	long countUnread(@Param("uscc") String uscc, @Param("account") String account);

	@Query("""
			select n from Notification n
			where n.id = :id and (n.recipientUscc = :uscc or n.recipientAccount = :account)""")
	Optional<Notification> findOwn(@Param("id") long id, @Param("uscc") String uscc, @Param("account") String account);

	Optional<Notification> findByTrackToken(String trackToken);

}
