/**
 * 通知: delivery of messages to enterprises and accounts.
 * <p>
 * Public API: {@link cn.lianshang.notification.Notifying#send} puts a message in the
 * recipient's inbox at once and, when the recipient has a contact email, queues it in the
 * durable email outbox ({@code notification_email}); {@code EmailDelivery} sends due rows
 * through SMTP (only when {@code spring.mail.host} is set; otherwise the outbox row says
 * {@code NO_SMTP} and the inbox alone is used), retrying with backoff, and defers email
 * sent in the quiet hours ({@link cn.lianshang.notification.QuietHours}) to their end.
 * When a message is first opened, in the inbox or through the tracked link of its email,
 * {@link cn.lianshang.notification.NotificationOpened} is published, so the sender can
 * record the step (the policy funnel does).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification 通知",
		allowedDependencies = { "shared", "access" })
package cn.lianshang.notification;
