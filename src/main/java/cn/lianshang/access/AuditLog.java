package cn.lianshang.access;

import java.time.OffsetDateTime;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The audit log: every state change, who made it, when, and the state before and after. A
 * change and its audit record are written in the same transaction, so neither exists
 * without the other.
 */
@Service
public class AuditLog {

	static final int MAX_STATE = 8000;

	private final AuditEvents events;

	private final CurrentUser currentUser;

	private final ObjectMapper json;

	AuditLog(AuditEvents events, CurrentUser currentUser, ObjectMapper json) {
		this.events = events;
		this.currentUser = currentUser;
		this.json = json;
	}

	/**
	 * Records a change made by the current user.
	 * @param action what was done, e.g. {@code enterprise.register}
	 * @param before the state before (null for a creation), serialized as JSON
	 * @param after the state after (null for a deletion)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, String entityId, Object before, Object after) {
		recordAs(currentUser.actor(), action, entityType, entityId, before, after);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAs(String actor, String action, String entityType, String entityId, Object before, Object after) {
		events.save(new AuditEvent(OffsetDateTime.now(), actor, action, entityType, entityId, serialize(before),
				serialize(after)));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> search(String actor, String entityType, String entityId, String action, OffsetDateTime from,
			OffsetDateTime to, Pageable pageable) {
		return events
			.search(blankToNull(actor), blankToNull(entityType), blankToNull(entityId), blankToNull(action), from, to,
					pageable)
			.map(AuditEvent::view);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private String serialize(Object state) {
		if (state == null) {
			return null;
		}
		try {
			String text = state instanceof String s ? s : json.writeValueAsString(state);
			return text.length() > MAX_STATE ? text.substring(0, MAX_STATE - 1) + "…" : text;
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot serialize audit state", e);
		}
	}

}
