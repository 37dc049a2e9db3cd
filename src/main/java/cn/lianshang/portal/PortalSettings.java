package cn.lianshang.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal ({@code lianshang.portal.*}).
 *
 * @param workers threads that compose the sections of the service page and the 360° view
 * at once
 */
@ConfigurationProperties("lianshang.portal")
record PortalSettings(@DefaultValue("4") int workers) {

	PortalSettings {
		if (workers < 1) {
			throw new IllegalArgumentException("lianshang.portal.workers must be at least 1");
		}
	}

}
