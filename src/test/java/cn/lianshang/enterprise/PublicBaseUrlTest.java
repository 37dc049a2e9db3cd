package cn.lianshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the codes point: the configured public address, else the request's address, else
 * (no request) the platform's base URL or its default.
 */
class PublicBaseUrlTest {

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	static void inRequestTo(String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setScheme("https");
		request.setServerName(host);
		request.setServerPort(port);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	@Test
	void theConfiguredAddressWinsInsideAndOutsideARequest() {
		PublicBaseUrl url = new PublicBaseUrl(" https://code.example.cn/ ", "http://mail.example.cn");
		assertThat(url.get()).isEqualTo("https://code.example.cn");
		inRequestTo("intranet.local", 8443);
		assertThat(url.get()).isEqualTo("https://code.example.cn");
	}

	@Test
	void withoutAConfiguredAddressARequestGivesItsOwn() {
		inRequestTo("portal.example.cn", 8443);
		assertThat(new PublicBaseUrl("", "http://mail.example.cn").get()).isEqualTo("https://portal.example.cn:8443");
	}

	@Test
	void outsideARequestTheNotificationBaseUrlOrItsDefault() {
		assertThat(RequestContextHolder.getRequestAttributes()).isNull();
		assertThat(new PublicBaseUrl("", "http://mail.example.cn/").get()).isEqualTo("http://mail.example.cn");
		assertThat(new PublicBaseUrl(null, " ").get()).isEqualTo("http://localhost:8080");
		assertThat(new PublicBaseUrl(null, null).get()).isEqualTo(PublicBaseUrl.DEFAULT);
	}

}
