package cn.lianshang.notification;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The email outbox. */
interface Outbox extends JpaRepository<OutboxEmail, Long> {

	@Query("""
			select e.id from OutboxEmail e
			where e.status = cn.lianshang.notification.EmailStatus.PENDING and e.sendAfter <= :now
			order by e.sendAfter, e.id""")
	List<Long> findDue(@Param("now") OffsetDateTime now, Pageable pageable);

	/**
	 * Claims a due row for one attempt: counts the attempt and leases the row until
	 * {@code lease} (if the sender dies, the row is due again then). Exactly one node
	 * wins: the update matches only while the row is still due with the attempts seen.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update OutboxEmail e set e.attempts = e.attempts + 1, e.sendAfter = :lease
			where e.id = :id and e.status = cn.lianshang.notification.EmailStatus.PENDING
			  and e.sendAfter <= :now and e.attempts = :attempts""")
	int claim(@Param("id") long id, @Param("attempts") int attempts, @Param("now") OffsetDateTime now,
			@Param("lease") OffsetDateTime lease);

	List<OutboxEmail> findByNotificationId(long notificationId);

}
