package cn.lianshang.access;

import java.time.OffsetDateTime;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEvents extends JpaRepository<AuditEvent, Long> {

	@Query("""
			select e from AuditEvent e
			where (:actor is null or e.actor = :actor)
			  and (:entityType is null or e.entityType = :entityType)
			  and (:entityId is null or e.entityId = :entityId)
			  and (:action is null or e.action = :action)
			  and (cast(:from as timestamp) is null or e.occurredAt >= :from)
			  and (cast(:to as timestamp) is null or e.occurredAt < :to)
			""")
	Page<AuditEvent> search(String actor, String entityType, String entityId, String action, OffsetDateTime from,
			OffsetDateTime to, Pageable pageable);

}
