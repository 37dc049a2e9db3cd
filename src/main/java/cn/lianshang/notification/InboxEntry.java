package cn.lianshang.notification;

import java.time.OffsetDateTime;

/** A message as its recipient sees it in the inbox. */
public record InboxEntry(long id, String topic, String reference, String subject, String body, String link,
		OffsetDateTime createdAt, OffsetDateTime openedAt, String openedVia) {

	public boolean unread() {
		return openedAt == null;
	}

}
