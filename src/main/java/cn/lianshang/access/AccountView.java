package cn.lianshang.access;

import java.time.OffsetDateTime;

/** An account as shown to administrators: never its password hash. */
public record AccountView(Long id, String username, Role role, String jurisdiction, String uscc, String displayName,
		boolean enabled, OffsetDateTime createdAt) {

}
