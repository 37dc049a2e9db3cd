package cn.lianshang.access;

import java.time.OffsetDateTime;

/** One recorded state change: who, when, what, and the state before and after (JSON). */
public record AuditEntry(Long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
		String entityId, String before, String after) {

}
