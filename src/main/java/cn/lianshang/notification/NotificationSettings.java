package cn.lianshang.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code lianshang.notification}.
 *
 * @param quietStart start of the quiet hours (no email), default 22:00
 * @param quietEnd end of the quiet hours, default 08:00; equal to the start: no quiet
 * hours
 * @param zone the zone of the quiet hours, default Asia/Shanghai
 * @param maxAttempts attempts before an email is given up (status FAILED)
 * @param retryBase the first retry delay; it doubles with every attempt
 * @param pollInterval how often the outbox is polled
 * @param baseUrl the platform's public address, for the tracked link in emails
 * @param from the sender address of emails
 */
@ConfigurationProperties("lianshang.notification")
record NotificationSettings(@DefaultValue("22:00") LocalTime quietStart, @DefaultValue("08:00") LocalTime quietEnd,
		@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("5") int maxAttempts,
		@DefaultValue("PT1M") Duration retryBase, @DefaultValue("PT15S") Duration pollInterval,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("noreply@lianshang.local") String from) {

	QuietHours quietHours() {
		return new QuietHours(quietStart, quietEnd, zone);
	}

}
