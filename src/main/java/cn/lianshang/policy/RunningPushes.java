package cn.lianshang.policy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The asynchronous push runs under way ({@link PushTriggers}), and their end at shutdown.
 * A run may still be going, or only starting, while the application shuts down; it used
 * to reach beans the closing context had already destroyed (the container then tried to
 * create them anew and failed: "No qualifying bean of type Environment"). The context
 * stops this lifecycle bean before it destroys any bean: from then on no run starts — the
 * trigger fails with {@link ShuttingDown}, so its event stays incomplete in the event
 * publication registry and is republished on restart — a run waiting for the push lock
 * gives up the same way, and stopping waits up to {@link #STOP_WAIT} for the runs under
 * way to finish.
 */
@Component
class RunningPushes implements SmartLifecycle {

	static final Duration STOP_WAIT = Duration.ofSeconds(20);

	private static final Logger log = LoggerFactory.getLogger(RunningPushes.class);

	/** A run refused or abandoned because the application is shutting down. */
	static final class ShuttingDown extends IllegalStateException {

		ShuttingDown(String what) {
			super("shutting down: " + what + " is not run now (its event or timer runs it after the restart)");
		}

	}

	/** One run's work; may be retried. */
	interface Work {

		void run() throws InterruptedException;

	}

	private final Object lock = new Object();

	private boolean started;

	private boolean stopped;

	private int active;

	/** Does the work, counted as under way, unless the application is shutting down. */
	void run(String what, Work work) throws InterruptedException {
		synchronized (lock) {
			if (stopped) {
				throw new ShuttingDown(what);
			}
			active++;
		}
		try {
			work.run();
		}
		finally {
			synchronized (lock) {
				active--;
				lock.notifyAll();
			}
		}
	}

	/** Whether runs are being stopped (a run waiting to retry should give up). */
	boolean stopping() {
		synchronized (lock) {
			return stopped;
		}
	}

	/** Runs under way. */
	int active() {
		synchronized (lock) {
			return active;
		}
	}

	@Override
	public void start() {
		synchronized (lock) {
			started = true;
			stopped = false;
		}
	}

	/** Refuses new runs and waits up to {@link #STOP_WAIT} for those under way. */
	@Override
	public void stop() {
		stop(STOP_WAIT);
	}

	void stop(Duration wait) {
		long deadline = System.nanoTime() + wait.toNanos();
		synchronized (lock) {
			stopped = true;
			while (active > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					log.warn("{} push run(s) still under way after {}; stopping anyway", active, wait);
					return;
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(lock, left);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	@Override
	public boolean isRunning() {
		synchronized (lock) {
			return started && !stopped;
		}
	}

}
