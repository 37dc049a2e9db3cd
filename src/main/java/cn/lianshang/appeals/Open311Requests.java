package cn.lianshang.appeals;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.appeals.model.AppealMetrics;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * Open311 GeoReport v2 over the appeals: services are the categories, requests are the
 * appeals located in the jurisdiction (a city or the zone). Status: {@code closed} for
 * 办结, {@code open} for every other state; {@code expected_datetime} is the end of the
 * answer deadline (set at 签收, moved by 延期; empty before); {@code agency_responsible} is
 * the lead unit (empty while the appeal waits for the dispatcher after a 退单).
 * <p>
 * Reading requests needs an api key too, and a key reads only the requests filed with it:
 * descriptions name enterprises and their problems, so neither the public nor another
 * integrating system may list them (the spec leaves keys on GET to the endpoint).
 * Services, discovery and tokens need no key.
 */
@Service
class Open311Requests {

	static final int MAX_RESULTS = 1000;

	static final int DEFAULT_DAYS = 90;

	private final Appeals appeals;

	private final Categories categories;

	private final Open311Keys keys;

	private final Regions regions;

	private final FilingAppeal filing;

	private final Open311RateLimit rateLimit;

	Open311Requests(Appeals appeals, Categories categories, Open311Keys keys, Regions regions, FilingAppeal filing,
			Open311RateLimit rateLimit) {
		this.rateLimit = rateLimit;
		this.appeals = appeals;
		this.categories = categories;
		this.keys = keys;
		this.regions = regions;
		this.filing = filing;
	}

	/** An error with the GeoReport status and description. */
	static class Open311Error extends RuntimeException {

		final int status;

		Open311Error(int status, String description) {
			super(description);
			this.status = status;
		}

	}

	/** 429: the key's requests per minute are used up. */
	static final class TooManyRequests extends Open311Error {

		final long retryAfterSeconds;

		TooManyRequests(int perMinute, long retryAfterSeconds) {
			super(429, "rate limit of " + perMinute + " requests per minute for this api_key exceeded; retry after "
					+ retryAfterSeconds + " s");
			this.retryAfterSeconds = retryAfterSeconds;
		}

	}

	/**
	 * The valid, unrevoked key the caller presents, after taking one request of its rate
	 * limit: 403 without one, 429 over the limit.
	 */
	/**
	 * GET requests take no api_key in the spec: without one they are public; a key given
	 * must be valid and counts against its rate limit.
	 */
	void optionalKey(String apiKey) {
		if (apiKey != null && !apiKey.isBlank()) {
			key(apiKey);
		}
	}

	Open311Key key(String apiKey) {
		Open311Key key = Open311KeyApi.valid(keys, apiKey)
			.orElseThrow(() -> new Open311Error(403, "api_key is missing, unknown or revoked"));
		rateLimit.take(key).ifPresent(seconds -> {
			throw new TooManyRequests(rateLimit.limitOf(key), seconds);
		});
		return key;
	}

	/**
	 * The jurisdiction named by {@code jurisdiction_id}: a city or SFZ; null if none was
	 * given.
	 */
	Region jurisdiction(String id, boolean required) {
		if (id == null || id.isBlank()) {
			if (required) {
				throw new Open311Error(400, "jurisdiction_id is required (a city code such as 210100, or SFZ)");
			}
			return null;
		}
		return regions.find(id.trim())
			.filter(r -> r.level().isTop())
			.orElseThrow(() -> new Open311Error(404,
					"jurisdiction_id " + id + " is not a city of the Shenyang " + "metropolitan area or SFZ"));
	}

	@Transactional(readOnly = true)
	List<Map<String, Object>> services() {
		List<Map<String, Object>> list = new ArrayList<>();
		for (Category c : categories.findAllByOrderBySortOrder()) {
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("service_code", c.code());
			s.put("service_name", c.name());
			s.put("description", c.description());
			s.put("metadata", true);
			s.put("type", "realtime");
			s.put("keywords", c.name());
			s.put("group", "涉企诉求");
			list.add(s);
		}
		return list;
	}

	@Transactional(readOnly = true)
	Map<String, Object> definition(String code) {
		Category c = categories.findById(code)
			.orElseThrow(() -> new Open311Error(404, "service_code " + code + " not found"));
		List<Map<String, Object>> attributes = new ArrayList<>();
		attributes.add(attribute("uscc", "string", false, 1, "统一社会信用代码（18位）", "企业的统一社会信用代码，用于核对企业并按行业派单", null));
		attributes.add(attribute("division", "string", false, 2, "区县行政区划代码（GB/T 2260，6位）",
				"诉求发生地所在区县；不填时按坐标取最近的区县，无坐标时为所选城市", null));
		attributes.add(attribute("channel", "singlevaluelist", false, 3, "受理渠道", "诉求来自哪个渠道",
				List.of(value("HOTLINE", "12345热线"), value("WEB", "网站"), value("APP", "移动应用"))));
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("service_code", c.code());
		d.put("attributes", attributes);
		return d;
	}

	private static Map<String, Object> attribute(String code, String datatype, boolean required, int order,
			String datatypeDescription, String description, List<Map<String, Object>> values) {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("variable", true);
		a.put("code", code);
		a.put("datatype", datatype);
		a.put("required", required);
		a.put("datatype_description", datatypeDescription);
		a.put("order", order);
		a.put("description", description);
		if (values != null) {
			a.put("values", values);
		}
		return a;
	}

	private static Map<String, Object> value(String key, String name) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("key", key);
		v.put("name", name);
		return v;
	}

	/** The form fields of POST requests. */
	record Submission(String apiKey, String jurisdictionId, String serviceCode, String lat, String lon,
			String addressString, String addressId, String deviceId, String description, String uscc, String division,
			String channel) {
	}

	/**
	 * Files a request; answers the response item and whether it was created (false: a
	 * retry).
	 */
	record Posted(Map<String, Object> item, boolean created) {
	}

	Posted post(Submission s) {
		Open311Key key = key(s.apiKey());
		Region jurisdiction = jurisdiction(s.jurisdictionId(), true);
		if (blank(s.serviceCode())) {
			throw new Open311Error(400, "service_code is required");
		}
		Category category = categories.findById(s.serviceCode().trim())
			.orElseThrow(() -> new Open311Error(404, "service_code " + s.serviceCode() + " not found"));
		Double lat = number(s.lat(), "lat", -90, 90);
		Double lon = number(s.lon(), "long", -180, 180);
		if ((lat == null) != (lon == null)) {
			throw new Open311Error(400, "lat and long go together");
		}
		if (lat == null && blank(s.addressString()) && blank(s.addressId())) {
			throw new Open311Error(400, "a location is required: lat and long, address_string or address_id");
		}
		if (blank(s.description())) {
			throw new Open311Error(400, "description is required");
		}
		if (s.description().trim().length() > FilingAppeal.MAX_DESCRIPTION) {
			throw new Open311Error(400, "description must be at most " + FilingAppeal.MAX_DESCRIPTION + " characters");
		}
		if (s.deviceId() != null && s.deviceId().length() > 100) {
			throw new Open311Error(400, "device_id must be at most 100 characters");
		}
		String address = blank(s.addressString()) ? null : s.addressString().trim();
		if (address != null && address.length() > 200) {
			throw new Open311Error(400, "address_string must be at most 200 characters");
		}
		Region location = location(jurisdiction, s.division(), lat, lon);
		String uscc = blank(s.uscc()) ? null : s.uscc().trim().toUpperCase();
		if (uscc != null && uscc.length() != 18) {
			throw new Open311Error(400, "attribute[uscc] must have 18 characters");
		}
		FilingAppeal.Open311Filing filing311 = new FilingAppeal.Open311Filing(key.id(), key.system(), category.code(),
				s.description().trim(), jurisdiction.code(), location.code(), lat, lon, address,
				blank(s.deviceId()) ? null : s.deviceId().trim(), uscc, UUID.randomUUID().toString());
		FilingAppeal.Filed filed;
		try {
			filed = filing.fileFromOpen311(filing311, location, category);
		}
		catch (DataIntegrityViolationException e) {
			// a concurrent retry claimed the bucket first: answer with its appeal
			filed = filing.findOpen311Retry(filing311).orElseThrow(() -> e);
		}
		Appeal a = filed.appeal();
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("service_request_id", a.id().toString());
		item.put("token", a.open311Token());
		item.put("service_notice", notice(category));
		item.put("account_id", null);
		return new Posted(item, filed.created());
	}

	private Region location(Region jurisdiction, String division, Double lat, Double lon) {
		if (!blank(division)) {
			Region r = regions.find(division.trim())
				.orElseThrow(
						() -> new Open311Error(400, "attribute[division] " + division + " is not a known division"));
			if (!r.isWithin(jurisdiction)) {
				throw new Open311Error(400,
						"attribute[division] " + division + " is not within jurisdiction_id " + jurisdiction.code());
			}
			return r;
		}
		if (lat != null) {
			return regions.childrenOf(jurisdiction.code())
				.stream()
				.min(Comparator.comparingDouble(r -> Regions.distanceKm(lat, lon, r.latitude(), r.longitude())))
				.orElse(jurisdiction);
		}
		return jurisdiction;
	}

	@Transactional(readOnly = true)
	List<Map<String, Object>> search(Region jurisdiction, String ids, String serviceCode, String startDate,
			String endDate, String status) {
		String path = jurisdiction == null ? "%" : jurisdiction.path() + "%";
		Map<String, String> names = names();
		if (!blank(ids)) {
			List<Long> list = new ArrayList<>();
			for (String id : ids.split(",")) {
				try {
					list.add(Long.parseLong(id.trim()));
				}
				catch (NumberFormatException e) {
					throw new Open311Error(400, "service_request_id must be a comma-separated list of ids");
				}
			}
			return appeals.findByIdsWithin(list, path).stream().map(a -> request(a, names)).toList();
		}
		OffsetDateTime end = blank(endDate) ? OffsetDateTime.now(AppealMetrics.ZONE) : dateTime(endDate, "end_date");
		OffsetDateTime start = blank(startDate) ? end.minusDays(DEFAULT_DAYS) : dateTime(startDate, "start_date");
		if (start.isAfter(end)) {
			throw new Open311Error(400, "start_date is after end_date");
		}
		String st = blank(status) ? null : status.trim().toLowerCase();
		if (st != null && st.contains(",")) {
			// "open,closed" is every status
			st = (st.contains("open") && st.contains("closed")) ? null : st.split(",")[0].trim();
		}
		if (st != null && !st.equals("open") && !st.equals("closed")) {
			throw new Open311Error(400, "status must be open or closed");
		}
		if (!blank(serviceCode) && !categories.existsById(serviceCode.trim())) {
			throw new Open311Error(404, "service_code " + serviceCode + " not found");
		}
		return appeals
			.open311Search(path, blank(serviceCode) ? null : serviceCode.trim(), start, end, st,
					PageRequest.of(0, MAX_RESULTS))
			.stream()
			.map(a -> request(a, names))
			.toList();
	}

	@Transactional(readOnly = true)
	Map<String, Object> one(String id, Region jurisdiction) {
		long n;
		try {
			n = Long.parseLong(id);
		}
		catch (NumberFormatException e) {
			throw new Open311Error(404, "service_request_id " + id + " not found");
		}
		String path = jurisdiction == null ? "%" : jurisdiction.path() + "%";
		return appeals.findByIdsWithin(List.of(n), path)
			.stream()
			.findFirst()
			.map(a -> request(a, names()))
			.orElseThrow(() -> new Open311Error(404, "service_request_id " + id + " not found"));
	}

	@Transactional(readOnly = true)
	Map<String, Object> token(String token) {
		Optional<Appeal> a = appeals.findByOpen311Token(token);
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("service_request_id", a.map(x -> x.id().toString())
			.orElseThrow(() -> new Open311Error(404, "token " + token + " not found")));
		item.put("token", token);
		return item;
	}

	private Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		categories.findAll().forEach(c -> names.put(c.code(), c.name()));
		return names;
	}

	private Map<String, Object> request(Appeal a, Map<String, String> names) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", a.id().toString());
		r.put("status", a.state().isOpen() ? "open" : "closed");
		r.put("status_notes", a.state().label() + (a.lastNote() == null ? "" : "：" + a.lastNote()));
		r.put("service_name", names.get(a.categoryCode()));
		r.put("service_code", a.categoryCode());
		r.put("description", a.description());
		r.put("agency_responsible", a.unitName());
		r.put("service_notice", categories.findById(a.categoryCode()).map(Open311Requests::notice).orElse(null));
		r.put("requested_datetime", format(a.filedAt()));
		r.put("updated_datetime", format(a.updatedAt()));
		r.put("expected_datetime", a.answerDue() == null ? null
				: format(a.answerDue().atTime(LocalTime.of(23, 59, 59)).atOffset(AppealMetrics.ZONE)));
		r.put("address", a.address() != null ? a.address() : regions.fullName(a.locationDivision()));
		r.put("address_id", null);
		r.put("zipcode", null);
		r.put("lat", a.latitude());
		r.put("long", a.longitude());
		r.put("media_url", null);
		return r;
	}

	static String notice(Category c) {
		return "签收时限" + c.acceptDays() + "个工作日，答复时限" + c.answerDays() + "个工作日（法定节假日顺延）";
	}

	static String format(OffsetDateTime t) {
		return t == null ? null
				: t.atZoneSameInstant(AppealMetrics.ZONE)
					.toOffsetDateTime()
					.truncatedTo(ChronoUnit.SECONDS)
					.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static OffsetDateTime dateTime(String s, String field) {
		try {
			// a "+" that a client did not encode arrives as a space
			return OffsetDateTime.parse(s.trim().replace(' ', '+'));
		}
		catch (RuntimeException e) {
			try {
				return java.time.LocalDate.parse(s.trim()).atStartOfDay().atOffset(AppealMetrics.ZONE);
			}
			catch (RuntimeException e2) {
				throw new Open311Error(400, field + " must be a w3 date-time such as 2026-10-09T09:00:00+08:00");
			}
		}
	}

	private static Double number(String s, String field, double min, double max) {
		if (blank(s)) {
			return null;
		}
		try {
			double d = Double.parseDouble(s.trim());
			if (Double.isNaN(d) || d < min || d > max) {
				throw new NumberFormatException();
			}
			return d;
		}
		catch (NumberFormatException e) {
			throw new Open311Error(400, field + " must be a number between " + min + " and " + max);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
