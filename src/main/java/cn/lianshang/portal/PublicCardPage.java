package cn.lianshang.portal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.enterprise.EnterpriseCodeStatus;
import cn.lianshang.enterprise.PublicCard;
import cn.lianshang.enterprise.PublicCardResult;
import cn.lianshang.enterprise.PublicCards;
import cn.lianshang.marketplace.EnterpriseMarketplace;
import cn.lianshang.notification.Notifying;
import cn.lianshang.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The public card behind an enterprise code, for anyone who scans it (no login): the
 * registry facts of {@link cn.lianshang.enterprise.PublicCard}, the enterprise's
 * capabilities and newest open offers ({@link EnterpriseMarketplace#publicListingOf}),
 * and a message form that delivers to the enterprise's inbox through
 * {@link Notifying#send} (a visitor who is not signed in gives a name and a phone number
 * or email; limited per client address and per enterprise by {@link CardMessageLimits};
 * audited as {@code portal.card.message}). No phone number, address or figure of the
 * enterprise is shown: the platform carries the message. A forged code answers 404, a
 * revoked or expired one 410, each with a page that says so and shows no enterprise, and
 * takes no message.
 */
@Controller
class PublicCardPage {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** How many open offers the card lists. */
	static final int OFFERS = 5;

	static final int MESSAGE_MIN = 5;

	static final int MESSAGE_MAX = 1000;

	static final int NAME_MAX = 40;

	static final String TOPIC = "card.message";

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");

	private final PublicCards cards;

	private final EnterpriseMarketplace marketplace;

	private final Notifying notifying;

	private final CardMessageLimits limits;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final Messages messages;

	private final MessageSource source;

	private final TransactionTemplate transactions;

	PublicCardPage(PublicCards cards, EnterpriseMarketplace marketplace, Notifying notifying, CardMessageLimits limits,
			CurrentUser currentUser, AuditLog audit, Messages messages, MessageSource source,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.cards = cards;
		this.marketplace = marketplace;
		this.notifying = notifying;
		this.limits = limits;
		this.currentUser = currentUser;
		this.audit = audit;
		this.messages = messages;
		this.source = source;
	}

	@GetMapping(PublicCards.PATH + "{token}")
	ModelAndView card(@PathVariable String token, @RequestParam(required = false) String sent) {
		PublicCardResult result = cards.open(token, messages.locale());
		if (result.card().isEmpty()) {
			return refused(token, result.status());
		}
		ModelAndView page = page(token, result.card().get(), new MessageForm(null, null, null), Map.of());
		page.addObject("sent", sent != null);
		return page;
	}

	/** The visitor's message to the enterprise, through the platform. */
	@PostMapping(PublicCards.PATH + "{token}")
	ModelAndView message(@PathVariable String token, @RequestParam(required = false) String name,
			@RequestParam(required = false) String contact, @RequestParam(required = false) String message,
			HttpServletRequest request) {
		PublicCardResult result = cards.open(token, messages.locale());
		if (result.card().isEmpty()) {
			return refused(token, result.status());
		}
		PublicCard card = result.card().get();
		Optional<LianshangUser> sender = currentUser.get();
		MessageForm form = new MessageForm(trim(name), trim(contact), trim(message));
		Map<String, String> problems = validate(form, sender.isPresent());
		if (!problems.isEmpty()) {
			ModelAndView page = page(token, card, form, problems);
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		String client = sender.map(u -> "account:" + u.getUsername()).orElse("ip:" + request.getRemoteAddr());
		if (!limits.tryAcquire(client, card.uscc())) {
			ModelAndView page = page(token, card, form, Map.of("form", "error.code.card.message.too-many"));
			page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
			return page;
		}
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		String from = sender.map(u -> u.displayName() == null || u.displayName().isBlank() ? u.getUsername()
				: u.displayName() + "（" + u.getUsername() + "）")
			.orElse(form.name());
		StringBuilder body = new StringBuilder(form.message()).append("\n\n")
			.append(source.getMessage("error.code.card.message.inbox.from", new Object[] { from }, zh));
		if (sender.isPresent()) {
			body.append('\n')
				.append(source.getMessage("error.code.card.message.inbox.account",
						new Object[] { sender.get().getUsername() }, zh));
		}
		if (form.contact() != null) {
			body.append('\n')
				.append(source.getMessage("error.code.card.message.inbox.contact", new Object[] { form.contact() },
						zh));
		}
		body.append('\n').append(source.getMessage("error.code.card.message.inbox.via", null, zh));
		Notifying.Message delivered = new Notifying.Message(card.uscc(), null, TOPIC, "card:" + card.uscc(),
				source.getMessage("error.code.card.message.inbox.subject", new Object[] { from }, zh), body.toString(),
				null);
		// the message and its audit entry together
		transactions.executeWithoutResult(status -> {
			long id = notifying.send(delivered);
			audit.recordAs(sender.map(LianshangUser::getUsername).orElse("card-visitor"), "portal.card.message",
					"enterprise", card.uscc(), null,
					"notification " + id + (sender.isPresent() ? "" : " from a visitor not signed in"));
		});
		String lang = "en".equals(messages.locale().getLanguage()) ? "en" : "zh-CN";
		return new ModelAndView("redirect:" + PublicCards.PATH + token + "?sent=1&lang=" + lang);
	}

	record MessageForm(String name, String contact, String message) {

	}

	static Map<String, String> validate(MessageForm form, boolean signedIn) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (form.message() == null) {
			problems.put("message", "error.code.card.message.required");
		}
		else if (form.message().codePointCount(0, form.message().length()) < MESSAGE_MIN) {
			problems.put("message", "error.code.card.message.too-short");
		}
		else if (form.message().length() > MESSAGE_MAX) {
			problems.put("message", "error.code.card.message.too-long");
		}
		else if (LINK.matcher(form.message()).find()) {
			problems.put("message", "error.code.card.message.links");
		}
		if (form.name() == null && !signedIn) {
			problems.put("name", "error.code.card.message.name.required");
		}
		else if (form.name() != null && form.name().length() > NAME_MAX) {
			problems.put("name", "error.code.card.message.name.too-long");
		}
		if (form.contact() == null && !signedIn) {
			problems.put("contact", "error.code.card.message.contact.required");
		}
		else if (form.contact() != null && !isContact(form.contact())) {
			problems.put("contact", "error.code.card.message.contact.invalid");
		}
		return problems;
	}

	static boolean isContact(String contact) {
		String digits = contact.replace(" ", "");
		return (contact.length() <= 254 && EMAIL.matcher(contact).matches()) || MOBILE.matcher(digits).matches()
				|| LANDLINE.matcher(digits).matches();
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private ModelAndView page(String token, PublicCard card, MessageForm form, Map<String, String> problems) {
		ModelAndView page = base(token);
		page.setViewName("card/card");
		page.addObject("card", card);
		page.addObject("listing", marketplace.publicListingOf(card.uscc(), OFFERS));
		page.addObject("form", form);
		page.addObject("problems", problems);
		page.addObject("sent", false);
		page.addObject("signedIn", currentUser.get().isPresent());
		page.addObject("limits", new int[] { MESSAGE_MAX, NAME_MAX });
		page.addObject("verifiedAt", LocalDateTime.now(SHANGHAI).format(MINUTES));
		return page;
	}

	private ModelAndView refused(String token, EnterpriseCodeStatus status) {
		ModelAndView page = base(token);
		page.setViewName("card/invalid");
		page.addObject("reason", status.name().toLowerCase());
		page.setStatus(status == EnterpriseCodeStatus.FORGED ? HttpStatus.NOT_FOUND : HttpStatus.GONE);
		return page;
	}

	private ModelAndView base(String token) {
		ModelAndView page = new ModelAndView();
		page.addObject("lang", "en".equals(messages.locale().getLanguage()) ? "en" : "zh-CN");
		page.addObject("token", token);
		return page;
	}

}
