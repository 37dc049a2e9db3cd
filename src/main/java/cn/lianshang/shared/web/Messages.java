package cn.lianshang.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves message-bundle keys in the current request's language (zh-CN unless the caller
 * asks for English).
 */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String key, Object... args) {
		return source.getMessage(key, args, key, locale());
	}

	public Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
