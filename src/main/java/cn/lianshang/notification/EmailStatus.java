package cn.lianshang.notification;

/**
 * The state of an outbox row: waiting ({@code PENDING}), delivered ({@code SENT}), given
 * up after the last attempt ({@code FAILED}), or never to be sent because the recipient
 * has no contact address ({@code NO_ADDRESS}) or no SMTP server is configured
 * ({@code NO_SMTP}: {@code spring.mail.host} is not set; the inbox alone is used).
 */
public enum EmailStatus {

	PENDING, SENT, FAILED, NO_ADDRESS, NO_SMTP

}
