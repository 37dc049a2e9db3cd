package cn.lianshang.enterprise;

import java.util.Locale;

public record QualificationView(String code, String nameZh, String nameEn, String issuer) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
