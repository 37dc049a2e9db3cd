package cn.lianshang.notification;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.access.Scope;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;

/**
 * Sending messages (inbox at once, email through the outbox), reading and opening one's
 * inbox, and keeping one's contact email. The caller's inbox is its enterprise's (for an
 * enterprise account) and its own account's; every query carries that condition.
 */
@Service
public class Notifying {

	static final String TOPIC_PATTERN = "[a-z][a-z0-9.-]{0,31}";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Notifications notifications;

	private final Outbox outbox;

	private final ContactAddresses contacts;

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationSettings settings;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	Notifying(Notifications notifications, Outbox outbox, ContactAddresses contacts,
			ObjectProvider<JavaMailSender> mail, NotificationSettings settings, CurrentUser currentUser, AuditLog audit,
			ApplicationEventPublisher events) {
		this.notifications = notifications;
		this.outbox = outbox;
		this.contacts = contacts;
		this.mail = mail;
		this.settings = settings;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * A message to an enterprise ({@code recipientUscc}) or an account
	 * ({@code recipientAccount}); {@code reference} lets the sender find its own record
	 * again when the message is opened; {@code link} is a path of the platform.
	 */
	public record Message(String recipientUscc, String recipientAccount, String topic, String reference, String subject,
			String body, String link) {

	}

	/**
	 * Puts the message in the inbox now and queues its email (deferred past the quiet
	 * hours). Runs in the caller's transaction: the message exists only if the caller's
	 * change does.
	 * @return the message's id
	 */
	@Transactional
	public long send(Message m) {
		if ((m.recipientUscc() == null && m.recipientAccount() == null) || m.topic() == null
				|| !m.topic().matches(TOPIC_PATTERN) || m.subject() == null || m.body() == null) {
			throw new IllegalArgumentException("incomplete message: " + m);
		}
		OffsetDateTime now = OffsetDateTime.now();
		Notification n = notifications.save(new Notification(m, token(), now));
		Optional<String> address = address(m);
		EmailStatus status = address.isEmpty() ? EmailStatus.NO_ADDRESS
				: mail.getIfAvailable() == null ? EmailStatus.NO_SMTP : EmailStatus.PENDING;
		outbox.save(new OutboxEmail(n.id(), address.orElse(null), status, settings.quietHours().sendAt(now.toInstant()),
				now));
		return n.id();
	}

	private Optional<String> address(Message m) {
		Optional<ContactAddress> c = Optional.empty();
		if (m.recipientUscc() != null) {
			c = contacts.findById(enterpriseKey(m.recipientUscc()));
		}
		if (c.isEmpty() && m.recipientAccount() != null) {
			c = contacts.findById(accountKey(m.recipientAccount()));
		}
		return c.map(ContactAddress::email);
	}

	private static String token() {
		byte[] b = new byte[24];
		RANDOM.nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}

	// ---------------------------------------------------------------- the caller's inbox

	private record Recipient(String uscc, String account) {

	}

	private Recipient recipient() {
		LianshangUser user = currentUser.get().orElseThrow(() -> new NotFoundException("inbox", "-"));
		return new Recipient(user.role() == Role.ENTERPRISE ? user.uscc() : null, user.getUsername());
	}

	/** The caller's inbox, newest first, with the number of unread messages. */
	public record Inbox(long unread, PageResponse<InboxEntry> page) {

	}

	@Transactional(readOnly = true)
	public Inbox inbox(int page, int size) {
		Recipient r = recipient();
		var result = notifications.findInbox(r.uscc(), r.account(),
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
		return new Inbox(notifications.countUnread(r.uscc(), r.account()),
				PageResponse.of(result, Notification::entry));
	}

	/** Unread messages: how many, and the newest few. */
	public record Unread(long count, List<InboxEntry> latest) {

	}

	/**
	 * The unread messages of an enterprise's inbox, newest first, for pages that compose
	 * several modules; reading does not open them. The enterprise's own account reads its
	 * inbox as {@link #inbox} does (the enterprise's and its account's messages); a
	 * caller with the whole area in scope (an administrator) reads the messages addressed
	 * to the enterprise; anyone else reads nothing.
	 */
	@Transactional(readOnly = true)
	public Unread unreadOf(String uscc, int limit) {
		LianshangUser user = currentUser.get().orElse(null);
		Recipient r;
		if (uscc == null || user == null) {
			return new Unread(0, List.of());
		}
		else if (user.role() == Role.ENTERPRISE && uscc.equals(user.uscc())) {
			r = recipient();
		}
		else if (currentUser.scope().kind() == Scope.Kind.ALL) {
			r = new Recipient(uscc, null);
		}
		else {
			return new Unread(0, List.of());
		}
		List<InboxEntry> latest = limit <= 0 ? List.of()
				: notifications.findUnread(r.uscc(), r.account(), PageRequest.of(0, Math.min(limit, 100)))
					.stream()
					.map(Notification::entry)
					.toList();
		return new Unread(notifications.countUnread(r.uscc(), r.account()), latest);
	}

	/** Opens one of the caller's messages (404 for anyone else's). */
	@Transactional
	public InboxEntry open(long id) {
		Recipient r = recipient();
		Notification n = notifications.findOwn(id, r.uscc(), r.account())
			.orElseThrow(() -> new NotFoundException("notification", String.valueOf(id)));
		opened(n, "inbox", currentUser.actor());
		return n.entry();
	}

	/**
	 * The tracked link of an email was followed: opens the message and answers where to
	 * go; empty for an unknown token.
	 */
	@Transactional
	public Optional<String> follow(String token) {
		if (token == null || token.length() > 64) {
			return Optional.empty();
		}
		return notifications.findByTrackToken(token).map(n -> {
			opened(n, "email-link", "email-link");
			return n.link() == null ? "/inbox" : n.link();
		});
	}

	private void opened(Notification n, String via, String actor) {
		OffsetDateTime now = OffsetDateTime.now();
		if (n.open(via, now)) {
			audit.recordAs(actor, "notification.open", "notification", String.valueOf(n.id()), null, via);
			events.publishEvent(new NotificationOpened(n.id(), n.topic(), n.reference(), via, actor, now));
		}
	}

	// ---------------------------------------------------------------- contact email

	@Transactional(readOnly = true)
	public Optional<ContactAddress.Contact> contact() {
		return contacts.findById(ownKey()).map(ContactAddress::view);
	}

	/** Sets (or, with a blank address, removes) the caller's contact email; audited. */
	@Transactional
	public Optional<ContactAddress.Contact> setContact(String email) {
		String key = ownKey();
		String value = email == null ? "" : email.trim();
		List<FieldProblem> problems = new ArrayList<>();
		if (!value.isEmpty() && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
			problems.add(new FieldProblem("email", "notification.email.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<ContactAddress> existing = contacts.findById(key);
		String before = existing.map(ContactAddress::email).orElse(null);
		if (value.isEmpty()) {
			existing.ifPresent(contacts::delete);
			audit.record("notification.contact.remove", "notification_contact", key, before, null);
			return Optional.empty();
		}
		OffsetDateTime now = OffsetDateTime.now();
		ContactAddress c = existing.orElseGet(() -> new ContactAddress(key, value, currentUser.actor(), now));
		c.change(value, currentUser.actor(), now);
		contacts.save(c);
		audit.record("notification.contact.set", "notification_contact", key, before, value);
		return Optional.of(c.view());
	}

	private String ownKey() {
		Recipient r = recipient();
		return r.uscc() != null ? enterpriseKey(r.uscc()) : accountKey(r.account());
	}

	static String enterpriseKey(String uscc) {
		return "uscc:" + uscc;
	}

	static String accountKey(String username) {
		return "account:" + username;
	}

	// ---------------------------------------------------------------- outbox (for tests
	// and operators)

	/** The email states of a message (what the outbox did with it). */
	@Transactional(readOnly = true)
	public List<EmailStatus> emailStatus(long notificationId) {
		return outbox.findByNotificationId(notificationId).stream().map(OutboxEmail::status).toList();
	}

}
