package cn.lianshang.policy;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code lianshang.policy.push}.
 *
 * @param weeklyCap pushes per enterprise per calendar week (Monday to Sunday in
 * {@code zone}); the rest wait in the queue for a later week
 * @param zone the zone of the week
 * @param releaseInterval how often the queue is looked at
 * @param baseLink the page an enterprise's push message links to
 */
@ConfigurationProperties("lianshang.policy.push")
record PushSettings(@DefaultValue("3") int weeklyCap, @DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue("PT10M") Duration releaseInterval, @DefaultValue("/my/policy-pushes") String baseLink) {

}
