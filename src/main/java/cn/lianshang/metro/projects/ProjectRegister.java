package cn.lianshang.metro.projects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start: registers the key projects the seed documents name that are not
 * registered yet (real reference data, so not only in demo mode). Runs before the metro
 * demo values ({@code @Order(9)}).
 */
@Component
@Order(8)
class ProjectRegister implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProjectRegister.class);

	private final TrackingProjects tracking;

	ProjectRegister(TrackingProjects tracking) {
		this.tracking = tracking;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		int added = tracking.registerFromSeeds();
		if (added > 0) {
			log.info("Registered {} key projects named by the seed documents", added);
		}
	}

}
