package cn.lianshang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), SHANGHAI);

	static Instant at(String local) {
		return OffsetDateTime.parse(local + "+08:00").toInstant();
	}

	@Test
	void emailInTheDayGoesAtOnce() {
		assertThat(night.sendAt(at("2026-11-23T08:00:00"))).isEqualTo(at("2026-11-23T08:00:00"));
		assertThat(night.sendAt(at("2026-11-23T21:59:59"))).isEqualTo(at("2026-11-23T21:59:59"));
	}

	@Test
	void emailInTheEveningWaitsForTheNextMorning() {
		assertThat(night.sendAt(at("2026-11-23T22:00:00"))).isEqualTo(at("2026-11-24T08:00:00"));
		assertThat(night.sendAt(at("2026-11-23T23:30:00"))).isEqualTo(at("2026-11-24T08:00:00"));
	}

	@Test
	void emailAfterMidnightWaitsForTheSameMorning() {
		assertThat(night.sendAt(at("2026-11-24T00:10:00"))).isEqualTo(at("2026-11-24T08:00:00"));
		assertThat(night.sendAt(at("2026-11-24T07:59:00"))).isEqualTo(at("2026-11-24T08:00:00"));
	}

	@Test
	void aWindowWithinOneDayAndNoWindowAtAll() {
		QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30), SHANGHAI);
		assertThat(lunch.sendAt(at("2026-11-23T12:15:00"))).isEqualTo(at("2026-11-23T13:30:00"));
		assertThat(lunch.sendAt(at("2026-11-23T13:30:00"))).isEqualTo(at("2026-11-23T13:30:00"));
		QuietHours none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, SHANGHAI);
		assertThat(none.sendAt(at("2026-11-23T23:00:00"))).isEqualTo(at("2026-11-23T23:00:00"));
	}

	@Test
	void theRetryDelayDoublesAndAFailedRowIsGivenUpAtTheLastAttempt() {
		NotificationSettings settings = new NotificationSettings(LocalTime.of(22, 0), LocalTime.of(8, 0), SHANGHAI, 3,
				Duration.ofMinutes(1), Duration.ofSeconds(15), "http://localhost", "a@b.c");
		EmailDelivery delivery = new EmailDelivery(null, null, null, settings, null);
		assertThat(delivery.backoff(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(delivery.backoff(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(delivery.backoff(4)).isEqualTo(Duration.ofMinutes(8));
	}

}
