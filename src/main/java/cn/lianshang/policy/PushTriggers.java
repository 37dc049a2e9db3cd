package cn.lianshang.policy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.lianshang.enterprise.EnterpriseChanged;
import cn.lianshang.enterprise.EnterpriseRegistered;
import cn.lianshang.notification.NotificationOpened;

/**
 * What starts a push or records a funnel step: a policy published or amended, an
 * enterprise registered or changed (events of the registry), a pushed message opened (an
 * event of the notification module). Each runs after the publishing transaction commits,
 * asynchronously, and is kept in the event publication registry until it completes (so a
 * stopped node resumes it on restart). The push runs take a row lock; when another run
 * holds it longer than the database waits, the work is retried in a new transaction
 * (which is why these are plain transactional listeners rather than
 * {@code @ApplicationModuleListener}s, whose transaction could not be retried). At
 * shutdown, {@link RunningPushes} lets the runs under way finish and refuses new ones
 * (their events are republished on restart).
 */
@Component
class PushTriggers {

	static final int ATTEMPTS = 240;

	private static final Logger log = LoggerFactory.getLogger(PushTriggers.class);

	private final PushingPolicy pushing;

	private final FollowingUp following;

	private final RunningPushes runs;

	PushTriggers(PushingPolicy pushing, FollowingUp following, RunningPushes runs) {
		this.pushing = pushing;
		this.following = following;
		this.runs = runs;
	}

	@Async
	@TransactionalEventListener
	void on(PolicyPublished e) throws InterruptedException {
		trigger("push of policy " + e.policyId(), pushing::pushPending);
	}

	@Async
	@TransactionalEventListener
	void on(EnterpriseRegistered e) throws InterruptedException {
		trigger("push to " + e.uscc(), () -> pushing.pushEnterprise(e.uscc(), "enterprise.registered"));
	}

	@Async
	@TransactionalEventListener
	void on(EnterpriseChanged e) throws InterruptedException {
		trigger("push to " + e.uscc(), () -> pushing.pushEnterprise(e.uscc(), "enterprise.changed"));
	}

	@Async
	@TransactionalEventListener
	void on(NotificationOpened e) throws InterruptedException {
		trigger("open of message " + e.notificationId(), () -> following.opened(e));
	}

	private void trigger(String what, Runnable work) throws InterruptedException {
		runs.run(what, () -> retrying(what, work, runs));
	}

	/**
	 * Runs the work, again after 250 ms while the push lock is held elsewhere, at most
	 * {@link #ATTEMPTS} times; gives up between attempts when {@code runs} are stopping.
	 */
	static void retrying(String what, Runnable work, RunningPushes runs) throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				work.run();
				return;
			}
			catch (TransientDataAccessException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				if (runs.stopping()) {
					throw new RunningPushes.ShuttingDown(what);
				}
				log.debug("{}: attempt {} waits for the push lock ({})", what, attempt, ex.getMessage());
				Thread.sleep(250);
			}
		}
	}

}
