package cn.lianshang.workforce;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's settings, and the default phone verification (none: no SMS gateway). */
@Configuration
@EnableConfigurationProperties(WorkforceSettings.class)
class WorkforceConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PhoneVerification phoneVerification() {
		return new PhoneVerification.Unverified();
	}

}
