package cn.lianshang.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours in which no email is sent (default 22:00–08:00 Asia/Shanghai). A window may
 * cross midnight; a start equal to the end means no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

	public boolean isQuiet(Instant at) {
		if (start.equals(end)) {
			return false;
		}
		LocalTime t = at.atZone(zone).toLocalTime();
		return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
	}

	/** {@code at} itself outside the quiet hours, else the end of the quiet period. */
	public Instant sendAt(Instant at) {
		if (!isQuiet(at)) {
			return at;
		}
		ZonedDateTime local = at.atZone(zone);
		ZonedDateTime endToday = local.toLocalDate().atTime(end).atZone(zone);
		return (endToday.isAfter(local) ? endToday : endToday.plusDays(1)).toInstant();
	}

}
