package cn.lianshang.access;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "audit_event")
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
	@SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
	private Long id;

	@Column(name = "occurred_at")
	private OffsetDateTime occurredAt;

	private String actor;

	private String action;

	@Column(name = "entity_type")
	private String entityType;

	@Column(name = "entity_id")
	private String entityId;

	@Column(name = "before_state")
	private String beforeState;

	@Column(name = "after_state")
	private String afterState;

	protected AuditEvent() {
	}

	AuditEvent(OffsetDateTime occurredAt, String actor, String action, String entityType, String entityId,
			String beforeState, String afterState) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.beforeState = beforeState;
		this.afterState = afterState;
	}

	AuditEntry view() {
		return new AuditEntry(id, occurredAt, actor, action, entityType, entityId, beforeState, afterState);
	}

}
