package cn.lianshang.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first. Pages are zh-CN unless the user switched to English ({@code ?lang=en},
 * remembered in a cookie): a browser's own language list does not decide it, since most
 * browsers here send an English one. The API follows {@code Accept-Language} (zh-CN when
 * absent), as integrating systems set it on purpose.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
		resolver.setDefaultLocaleFunction(request -> {
			String header = request.getHeader("Accept-Language");
			Object failed = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
			String uri = failed instanceof String f ? f : request.getRequestURI();
			boolean api = uri.startsWith(request.getContextPath() + "/api/");
			if (!api || header == null || header.isBlank()) {
				return Locale.SIMPLIFIED_CHINESE;
			}
			try {
				List<Locale> matches = Locale.filter(Locale.LanguageRange.parse(header), SUPPORTED);
				return matches.isEmpty() ? Locale.SIMPLIFIED_CHINESE : matches.get(0);
			}
			catch (IllegalArgumentException e) {
				return Locale.SIMPLIFIED_CHINESE;
			}
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}
