package cn.lianshang.access;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes 401, 403 and 429 answers of the security filters as problem+json in the caller's
 * language.
 */
@Component
class ProblemResponses {

	private final ObjectMapper json;

	private final org.springframework.context.MessageSource messages;

	private final LocaleResolver locales;

	ProblemResponses(ObjectMapper json, org.springframework.context.MessageSource messages, LocaleResolver locales) {
		this.json = json;
		this.messages = messages;
		this.locales = locales;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String detailKey, Object... args)
			throws IOException {
		var locale = locales.resolveLocale(request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", messages.getMessage("problem.title." + status, null, locale));
		body.put("status", status);
		body.put("detail", messages.getMessage(detailKey, args, locale));
		body.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body);
	}

}
