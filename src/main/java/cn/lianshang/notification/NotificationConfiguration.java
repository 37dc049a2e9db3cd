package cn.lianshang.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} (the outbox poller, and the other modules' timers). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

}
