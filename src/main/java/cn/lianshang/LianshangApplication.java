package cn.lianshang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Lianshang 链上沈阳: the enterprise service and integration platform of the Shenyang
 * metropolitan area. One process, one top-level package per module (see
 * {@code ModularityTests} and {@code target/spring-modulith-docs}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class LianshangApplication {

	public static void main(String[] args) {
		SpringApplication.run(LianshangApplication.class, args);
	}

}
