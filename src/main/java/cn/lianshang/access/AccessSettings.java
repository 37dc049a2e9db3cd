package cn.lianshang.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tokenValidity how long an API token is valid
 * @param loginMaxFailures failed logins for one username before it is locked
 * @param loginLock how long the lock lasts (and the window in which failures are counted)
 */
@ConfigurationProperties("lianshang.access")
record AccessSettings(Duration tokenValidity, int loginMaxFailures, Duration loginLock) {

}
