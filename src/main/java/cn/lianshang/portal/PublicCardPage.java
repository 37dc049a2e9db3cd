package cn.lianshang.portal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import cn.lianshang.enterprise.EnterpriseCodeStatus;
import cn.lianshang.enterprise.PublicCardResult;
import cn.lianshang.enterprise.PublicCards;
import cn.lianshang.shared.web.Messages;

/**
 * The public card behind an enterprise code, for anyone who scans it (no login). It lives
 * in the portal because it will compose several modules (capabilities and open offers
 * once the marketplace exists); today it shows the registry facts of
 * {@link cn.lianshang.enterprise.PublicCard}. A forged code answers 404, a revoked or
 * expired one 410, each with a page that says so and shows no enterprise.
 */
@Controller
class PublicCardPage {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PublicCards cards;

	private final Messages messages;

	PublicCardPage(PublicCards cards, Messages messages) {
		this.cards = cards;
		this.messages = messages;
	}

	@GetMapping(PublicCards.PATH + "{token}")
	ModelAndView card(@PathVariable String token) {
		PublicCardResult result = cards.open(token, messages.locale());
		ModelAndView page = new ModelAndView();
		page.addObject("lang", "en".equals(messages.locale().getLanguage()) ? "en" : "zh-CN");
		page.addObject("token", token);
		if (result.card().isPresent()) {
			page.setViewName("card/card");
			page.addObject("card", result.card().get());
			page.addObject("verifiedAt", LocalDateTime.now(SHANGHAI).format(MINUTES));
			return page;
		}
		page.setViewName("card/invalid");
		page.addObject("reason", result.status().name().toLowerCase());
		page.setStatus(result.status() == EnterpriseCodeStatus.FORGED ? HttpStatus.NOT_FOUND : HttpStatus.GONE);
		return page;
	}

}
