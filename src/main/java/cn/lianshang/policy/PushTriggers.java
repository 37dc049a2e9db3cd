package cn.lianshang.policy;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.lianshang.enterprise.EnterpriseChanged;
import cn.lianshang.enterprise.EnterpriseRegistered;
import cn.lianshang.notification.NotificationOpened;

/**
 * What starts a push or records a funnel step: a policy published or amended, an
 * enterprise registered or changed (events of the registry), a pushed message opened (an
 * event of the notification module). Each runs after the publishing transaction commits,
 * in its own, and is retried from the event publication registry if the node stops.
 */
@Component
class PushTriggers {

	private final PushingPolicy pushing;

	private final FollowingUp following;

	PushTriggers(PushingPolicy pushing, FollowingUp following) {
		this.pushing = pushing;
		this.following = following;
	}

	@ApplicationModuleListener
	void on(PolicyPublished e) {
		pushing.pushPolicy(e.policyId(), e.reason());
	}

	@ApplicationModuleListener
	void on(EnterpriseRegistered e) {
		pushing.pushEnterprise(e.uscc(), "enterprise.registered");
	}

	@ApplicationModuleListener
	void on(EnterpriseChanged e) {
		pushing.pushEnterprise(e.uscc(), "enterprise.changed");
	}

	@ApplicationModuleListener
	void on(NotificationOpened e) {
		following.opened(e);
	}

}
