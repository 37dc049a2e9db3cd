package cn.lianshang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

/**
 * Push runs at shutdown: the runs under way finish before the context destroys its beans,
 * later triggers are refused (their events stay incomplete, to be republished on
 * restart), and a run waiting for the push lock gives up.
 */
class RunningPushesTests {

	@Test
	void aTriggerAfterStopIsRefusedWithoutTouchingThePush() {
		PushingPolicy pushing = mock(PushingPolicy.class);
		RunningPushes runs = new RunningPushes();
		runs.start();
		PushTriggers triggers = new PushTriggers(pushing, mock(FollowingUp.class), runs);
		assertThat(runs.isRunning()).isTrue();
		runs.stop();
		assertThat(runs.isRunning()).isFalse();
		assertThatThrownBy(() -> triggers.on(new PolicyPublished(7, 1, "publish")))
			.isInstanceOf(RunningPushes.ShuttingDown.class)
			.hasMessageContaining("push of policy 7");
		assertThatThrownBy(() -> triggers
			.on(new cn.lianshang.enterprise.EnterpriseChanged("91210100MA0000000X", java.util.Set.of("name"))))
			.isInstanceOf(RunningPushes.ShuttingDown.class);
		verify(pushing, never()).pushPending();
	}

	@Test
	void stoppingWaitsForTheRunUnderWay() throws Exception {
		PushingPolicy pushing = mock(PushingPolicy.class);
		RunningPushes runs = new RunningPushes();
		runs.start();
		PushTriggers triggers = new PushTriggers(pushing, mock(FollowingUp.class), runs);
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		when(pushing.pushPending()).then(i -> {
			inside.countDown();
			release.await(30, TimeUnit.SECONDS);
			return new PushingPolicy.Run(0, 0, 0, 0, 0, 0);
		});
		Thread run = new Thread(() -> {
			try {
				triggers.on(new PolicyPublished(1, 1, "publish"));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		run.start();
		assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
		Thread stop = new Thread(() -> runs.stop(Duration.ofSeconds(30)));
		stop.start();
		stop.join(300);
		assertThat(stop.isAlive()).as("stop waits while a run is under way").isTrue();
		assertThat(runs.active()).isEqualTo(1);
		assertThatThrownBy(() -> triggers.on(new PolicyPublished(2, 1, "publish")))
			.isInstanceOf(RunningPushes.ShuttingDown.class);
		release.countDown();
		stop.join(30_000);
		run.join(30_000);
		assertThat(stop.isAlive()).isFalse();
		assertThat(runs.active()).isZero();
	}

	@Test
	void aRunWaitingForThePushLockGivesUpWhenStopping() {
		RunningPushes runs = new RunningPushes();
		runs.start();
		AtomicInteger attempts = new AtomicInteger();
		Runnable locked = () -> {
			if (attempts.incrementAndGet() == 2) {
				new Thread(() -> runs.stop(Duration.ofSeconds(5))).start();
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
				while (!runs.stopping() && System.nanoTime() < deadline) {
					Thread.onSpinWait();
				}
			}
			throw new CannotAcquireLockException("push lock held");
		};
		assertThatThrownBy(() -> runs.run("push", () -> PushTriggers.retrying("push", locked, runs)))
			.isInstanceOf(RunningPushes.ShuttingDown.class);
		assertThat(attempts.get()).isEqualTo(2);
		assertThat(runs.active()).isZero();
	}

}
