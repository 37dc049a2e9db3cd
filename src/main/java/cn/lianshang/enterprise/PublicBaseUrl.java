package cn.lianshang.enterprise;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address the enterprise codes point to (their URL is {@code base + /c/{token}}):
 * {@code lianshang.public-base-url} when set; else, within a web request, the address
 * that request came to (as the API always did); else, outside a request (a scheduled job,
 * a benchmark, an event listener), the platform's configured public address
 * {@code lianshang.notification.base-url}, whose default is
 * {@code http://localhost:8080}. Without a trailing slash.
 */
@Component
class PublicBaseUrl {

	static final String DEFAULT = "http://localhost:8080";

	private final String configured;

	private final String fallback;

	PublicBaseUrl(@Value("${lianshang.public-base-url:}") String configured,
			@Value("${lianshang.notification.base-url:" + DEFAULT + "}") String fallback) {
		this.configured = trim(configured);
		String f = trim(fallback);
		this.fallback = f.isEmpty() ? DEFAULT : f;
	}

	String get() {
		if (!configured.isEmpty()) {
			return configured;
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return trim(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		}
		return fallback;
	}

	private static String trim(String url) {
		String t = url == null ? "" : url.trim();
		while (t.endsWith("/")) {
			t = t.substring(0, t.length() - 1);
		}
		return t;
	}

}
