package cn.lianshang.appeals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianshang.appeals.Open311Requests.Open311Error;
import cn.lianshang.region.Region;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at {@code /open311/v2},
 * every resource as {@code .json} and {@code .xml}. Errors are the spec's
 * {@code [{"code","description"}]} (XML {@code <errors><error>}): unknown jurisdiction,
 * service or request → 404, missing or bad {@code api_key} → 403, other bad input → 400.
 * Not a {@code @RestController}, so the problem+json advice of {@code /api} does not
 * apply.
 * <p>
 * Retries: the same api key, {@code device_id} and description in the first request's
 * 10-minute bucket or the next answer the first request (200 instead of 201) and never
 * file a second one (a database constraint, see {@link FilingAppeal}).
 * <p>
 * Keys: POST requests need a valid {@code api_key}. GET requests (list and one) take
 * none, as the spec has it; they show only requests filed through Open311, never appeals
 * filed on the platform's own form or API (those name enterprises and stay behind
 * sign-in). A key given on a GET must be valid (403) and counts against its rate limit.
 * Each key is rate-limited ({@link Open311RateLimit}): over the limit, 429 with the error
 * body and {@code Retry-After}.
 */
@Controller
@RequestMapping("/open311/v2")
class Open311Api {

	private static final Logger log = LoggerFactory.getLogger(Open311Api.class);

	private final Open311Requests requests;

	private final ObjectMapper json;

	private final Messages messages;

	Open311Api(Open311Requests requests, ObjectMapper json, Messages messages) {
		this.requests = requests;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		Open311Format f = format(format);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2/").toUriString();
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", base);
		endpoint.put("changeset", "2026-11-22T00:00:00+08:00");
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("changeset", "2026-11-22T00:00:00+08:00");
		d.put("contact", "链上沈阳 诉求平台（12345 与营商环境服务中心）");
		d.put("key_service", "api_key 由平台管理员签发：POST /api/v1/open311/keys");
		d.put("endpoints", List.of(endpoint));
		return ok(f, "discovery", d, 200);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Open311Format f = format(format);
		requests.jurisdiction(jurisdiction, false);
		return ok(f, "services", requests.services(), 200);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Open311Format f = format(format);
		requests.jurisdiction(jurisdiction, false);
		return ok(f, "service_definition", requests.definition(code), 200);
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<String> post(@PathVariable String format, HttpServletRequest http) {
		Open311Format f = format(format);
		Open311Requests.Posted posted = requests.post(new Open311Requests.Submission(http.getParameter("api_key"),
				http.getParameter("jurisdiction_id"), http.getParameter("service_code"), http.getParameter("lat"),
				http.getParameter("long"), http.getParameter("address_string"), http.getParameter("address_id"),
				http.getParameter("device_id"), http.getParameter("description"), http.getParameter("attribute[uscc]"),
				http.getParameter("attribute[division]"), http.getParameter("attribute[channel]")));
		return ok(f, "service_requests", List.of(posted.item()), posted.created() ? 201 : 200);
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> search(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCode,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "api_key", required = false) String apiKey) {
		Open311Format f = format(format);
		requests.optionalKey(apiKey);
		Region j = requests.jurisdiction(jurisdiction, false);
		return ok(f, "service_requests", requests.search(j, ids, serviceCode, startDate, endDate, status), 200);
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
			@RequestParam(name = "api_key", required = false) String apiKey) {
		Open311Format f = format(format);
		requests.optionalKey(apiKey);
		Region j = requests.jurisdiction(jurisdiction, false);
		return ok(f, "service_requests", List.of(requests.one(id, j)), 200);
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Open311Format f = format(format);
		requests.jurisdiction(jurisdiction, false);
		return ok(f, "service_requests", List.of(requests.token(token)), 200);
	}

	// ---------------------------------------------------------------- errors

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<String> error(Open311Error e, HttpServletRequest http) {
		ResponseEntity<String> body = errorBody(http, e.status, e.getMessage());
		if (e instanceof Open311Requests.TooManyRequests tooMany) {
			return ResponseEntity.status(body.getStatusCode())
				.headers(body.getHeaders())
				.header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds))
				.body(body.getBody());
		}
		return body;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> invalid(InvalidInputException e, HttpServletRequest http) {
		StringBuilder text = new StringBuilder();
		for (InvalidInputException.FieldProblem p : e.problems()) {
			text.append(text.isEmpty() ? "" : "; ")
				.append(p.field())
				.append(": ")
				.append(messages.get("error." + p.code(), p.args()));
		}
		return errorBody(http, 400, text.toString());
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<String> unexpected(RuntimeException e, HttpServletRequest http) {
		log.error("Open311 request failed", e);
		return errorBody(http, 500, "internal error");
	}

	private ResponseEntity<String> errorBody(HttpServletRequest http, int status, String description) {
		Open311Format f = http.getRequestURI().endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status);
		error.put("description", description);
		return ok(f, "errors", List.of(error), status);
	}

	private ResponseEntity<String> ok(Open311Format f, String root, Object body, int status) {
		return ResponseEntity.status(status).contentType(f.mediaType).body(f.write(root, body, json));
	}

	private static Open311Format format(String extension) {
		Open311Format f = Open311Format.of(extension);
		if (f == null) {
			throw new Open311Error(404, "format must be json or xml");
		}
		return f;
	}

}
