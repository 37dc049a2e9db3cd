package cn.lianshang.enterprise;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the enterprise code ({@code lianshang.enterprise-code.*}).
 *
 * @param validity how long a code is valid after it is rendered; none (the default) means
 * until revoked, so that a printed code keeps working
 */
@ConfigurationProperties("lianshang.enterprise-code")
record EnterpriseCodeSettings(Duration validity) {

	EnterpriseCodeSettings {
		if (validity != null && (validity.isNegative() || validity.isZero())) {
			throw new IllegalArgumentException("lianshang.enterprise-code.validity must be positive");
		}
	}

}
