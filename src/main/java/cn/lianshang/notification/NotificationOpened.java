package cn.lianshang.notification;

import java.time.OffsetDateTime;

/**
 * Published the first time a message is opened: {@code via} is {@code inbox} (with the
 * account that opened it in {@code actor}) or {@code email-link} (the tracked link of the
 * email was followed).
 */
public record NotificationOpened(long notificationId, String topic, String reference, String via, String actor,
		OffsetDateTime at) {

}
