package cn.lianshang.policy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.notification.NotificationOpened;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;

/**
 * The funnel after the push: opened (from the inbox or the email's tracked link), intent
 * confirmed (by the enterprise), applied (recorded by a policy officer; for 免申即享 the
 * confirmation is the application), paid (by the paying office, with amount and voucher
 * number); the manual credit check of 免申即享 pushes; the staff lists and the funnel counts.
 * Staff see and act within their jurisdiction only (a condition of the query); an
 * enterprise acts on its own pushes only. Every step is audited.
 */
@Service
public class FollowingUp {

	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	private final PolicyPushes pushes;

	private final PublishingPolicy publishing;

	private final PushingPolicy pushing;

	private final Policies policies;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final Regions regions;

	FollowingUp(PolicyPushes pushes, PublishingPolicy publishing, PushingPolicy pushing, Policies policies,
			CurrentUser currentUser, AuditLog audit, Regions regions) {
		this.pushes = pushes;
		this.publishing = publishing;
		this.pushing = pushing;
		this.policies = policies;
		this.currentUser = currentUser;
		this.audit = audit;
		this.regions = regions;
	}

	// ---------------------------------------------------------------- steps

	@Transactional
	public void opened(NotificationOpened e) {
		if (!"policy".equals(e.topic())) {
			return;
		}
		pushes.findByNotificationId(e.notificationId()).ifPresent(push -> {
			String source = "inbox".equals(e.via()) ? "inbox:" + e.actor() : e.via();
			if (push.opened(source, e.at())) {
				audit.recordAs(e.actor(), "policy.push.open", "policy_push", String.valueOf(push.id()), null, source);
			}
		});
	}

	/** The enterprise confirms its intent (for 免申即享 also its application). */
	@Transactional
	public PushView confirm(long id) {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (user.role() != Role.ENTERPRISE || user.uscc() == null) {
			throw new AccessDeniedException("only the enterprise confirms its intent");
		}
		PolicyPush push = pushes.findOwn(id, user.uscc())
			.orElseThrow(() -> new NotFoundException("policy-push", String.valueOf(id)));
		PushView before = push.view();
		push.confirm("enterprise:" + user.getUsername(), OffsetDateTime.now());
		pushes.flush();
		audit.record("policy.push.confirm", "policy_push", String.valueOf(id), before, push.view());
		return push.view();
	}

	@Transactional
	public PushView applied(long id) {
		PolicyPush push = inReach(id);
		PushView before = push.view();
		push.applied("officer:" + currentUser.actor(), OffsetDateTime.now());
		pushes.flush();
		audit.record("policy.push.apply", "policy_push", String.valueOf(id), before, push.view());
		return push.view();
	}

	/** What the paying office records. */
	record Payment(BigDecimal amount, String voucherNo) {

	}

	@Transactional
	public PushView paid(long id, Payment payment) {
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal amount = payment == null ? null : payment.amount();
		String voucher = payment == null || payment.voucherNo() == null ? null : payment.voucherNo().trim();
		if (amount == null) {
			problems.add(new FieldProblem("amount", "required"));
		}
		else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) >= 0 || amount.scale() > 2) {
			problems.add(new FieldProblem("amount", "policy.payment.amount"));
		}
		if (voucher == null || voucher.isEmpty()) {
			problems.add(new FieldProblem("voucherNo", "required"));
		}
		else if (voucher.length() > 64) {
			problems.add(new FieldProblem("voucherNo", "too-long", 64));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		PolicyPush push = inReach(id);
		PushView before = push.view();
		push.paid(amount, voucher, "officer:" + currentUser.actor(), OffsetDateTime.now());
		pushes.flush();
		audit.record("policy.push.pay", "policy_push", String.valueOf(id), before, push.view());
		return push.view();
	}

	/** The result of a manual credit check. */
	record CreditCheck(Boolean passed, String note) {

	}

	/**
	 * A manual credit check of a 免申即享 push: passed sends it to the enterprise (within the
	 * weekly cap), failed excludes it.
	 */
	@Transactional
	public PushView creditChecked(long id, CreditCheck check) {
		List<FieldProblem> problems = new ArrayList<>();
		if (check == null || check.passed() == null) {
			problems.add(new FieldProblem("passed", "required"));
		}
		String note = check == null || check.note() == null ? null : check.note().trim();
		if (note != null && note.length() > 200) {
			problems.add(new FieldProblem("note", "too-long", 200));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		PolicyPush push = inReach(id);
		PushView before = push.view();
		OffsetDateTime now = OffsetDateTime.now();
		push.creditChecked(check.passed(), note, "officer:" + currentUser.actor(), now);
		if (check.passed()) {
			Policy p = policies.findById(push.policyId()).orElseThrow();
			pushing.deliver(push, p, pushing.weekCounts(now.toInstant()), now);
		}
		pushes.flush();
		audit.record("policy.push.credit-check", "policy_push", String.valueOf(id), before, push.view());
		return push.view();
	}

	private PolicyPush inReach(long id) {
		PublishingPolicy.Reach r = publishing.reach();
		if (!r.editor()) {
			throw new AccessDeniedException("not a policy officer");
		}
		return pushes.findInReach(id, r.all(), r.prefix())
			.orElseThrow(() -> new NotFoundException("policy-push", String.valueOf(id)));
	}

	// ---------------------------------------------------------------- reads

	/** The enterprise's own pushes (sent ones), newest first. */
	@Transactional(readOnly = true)
	public PageResponse<PushView> mine(int page, int size) {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (user.role() != Role.ENTERPRISE || user.uscc() == null) {
			return PageResponse.of(List.of(), 0, Math.max(size, 1), 0);
		}
		return PageResponse.of(pushes.findMine(user.uscc(), pageable(page, size)), PolicyPush::view);
	}

	static final List<String> LISTS = List.of("all", "credit-check", "to-pay");

	/** Staff lists within the caller's jurisdiction. */
	@Transactional(readOnly = true)
	public PageResponse<PushView> list(Long policyId, String list, int page, int size) {
		String which = list == null ? "all" : list;
		if (!LISTS.contains(which)) {
			throw new InvalidInputException(List.of(new FieldProblem("list", "policy.push.list", LISTS)));
		}
		PublishingPolicy.Reach r = publishing.reach();
		if (!r.editor()) {
			throw new AccessDeniedException("not a policy officer");
		}
		return PageResponse.of(pushes.findForStaff(policyId, which, r.all(), r.prefix(), pageable(page, size)),
				PolicyPush::view);
	}

	private static PageRequest pageable(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
	}

	/** One funnel step. */
	public record Step(String step, String label, long count) {

	}

	/** The funnel of one division (the enterprise's registered county-level division). */
	public record DivisionFunnel(String division, String name, long pushed, long opened, long confirmed, long applied,
			long paid, BigDecimal paidAmount) {

	}

	public record Funnel(long policyId, String title, boolean automatic, List<Step> steps,
			List<DivisionFunnel> divisions, BigDecimal paidAmount) {

	}

	static final Map<String, String> LABELS = Map.of("pushed", "已推送", "opened", "已查看", "confirmed", "已确认意向", "applied",
			"已申请", "paid", "已兑现");

	/**
	 * The funnel of a policy the caller may read, within the caller's jurisdiction
	 * (optionally narrowed to one division inside it).
	 */
	@Transactional(readOnly = true)
	public Funnel funnel(long policyId, String division) {
		Policy p = publishing.visible(policyId);
		PublishingPolicy.Reach r = publishing.reach();
		if (!r.editor()) {
			throw new AccessDeniedException("not a policy officer");
		}
		boolean all = r.all();
		String prefix = r.prefix();
		if (division != null && !division.isBlank()) {
			String path = regions.find(division.trim())
				.map(cn.lianshang.region.Region::path)
				.orElseThrow(() -> new InvalidInputException(
						List.of(new FieldProblem("division", "division.unknown", division))));
			if (all || path.startsWith(prefix)) {
				all = false;
				prefix = path;
			}
		}
		long[] totals = new long[5];
		BigDecimal paid = BigDecimal.ZERO;
		List<DivisionFunnel> rows = new ArrayList<>();
		for (Object[] row : pushes.funnel(policyId, all, prefix)) {
			String path = (String) row[0];
			String[] parts = path.split("/");
			String code = parts[parts.length - 1];
			long[] c = new long[5];
			for (int i = 0; i < 5; i++) {
				c[i] = ((Number) row[i + 1]).longValue();
				totals[i] += c[i];
			}
			BigDecimal amount = row[6] instanceof BigDecimal b ? b : new BigDecimal(row[6].toString());
			paid = paid.add(amount);
			String name = regions.fullName(code);
			rows.add(new DivisionFunnel(code, name.isEmpty() ? code : name, c[0], c[1], c[2], c[3], c[4], amount));
		}
		List<String> keys = List.of("pushed", "opened", "confirmed", "applied", "paid");
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			steps.add(new Step(keys.get(i), LABELS.get(keys.get(i)), totals[i]));
		}
		return new Funnel(p.id(), p.title(), p.howToClaim() == HowToClaim.AUTOMATIC, steps, rows, paid);
	}

}
