package cn.lianshang.appeals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.appeals.model.Action;
import cn.lianshang.appeals.model.AppealMetrics;
import cn.lianshang.appeals.model.AppealState;
import cn.lianshang.appeals.model.RunningClock;
import cn.lianshang.appeals.model.Satisfaction;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;

/**
 * The handling workflow. Each action loads the appeal through the caller's scope (outside
 * it: 404), checks the version the caller saw (stale: 409), checks who may act (403), and
 * lets the aggregate make the move (illegal: 409). Who may do what:
 * <ul>
 * <li>签收, 办理, 答复, 退单: a handler whose jurisdiction contains the lead unit's division
 * (co-handlers see the appeal but do not act on it), or an administrator;</li>
 * <li>派单 (again, after 退单): an administrator (the dispatch centre);</li>
 * <li>回访, 办结, 重办: the enterprise that filed it, or an administrator (the centre's
 * call-back);</li>
 * <li>延期: approved by a handler of a division strictly above the lead unit's (its
 * supervisor), or an administrator;</li>
 * <li>督办: a handler whose jurisdiction contains the lead unit's division, or an
 * administrator.</li>
 * </ul>
 */
@Service
class HandlingAppeal {

	static final int MAX_NOTE = 2000;

	static final int MAX_EXTENSION_DAYS = 30;

	private final Appeals appeals;

	private final Categories categories;

	private final DispatchingAppeal dispatching;

	private final WorkingDays workingDays;

	private final Regions regions;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final FilingAppeal filing;

	private final AppealClocks clocks;

	private final AppealTimerSettings timerSettings;

	private final AppealNotices notices;

	HandlingAppeal(Appeals appeals, Categories categories, DispatchingAppeal dispatching, WorkingDays workingDays,
			Regions regions, CurrentUser currentUser, AuditLog audit, FilingAppeal filing, AppealClocks clocks,
			AppealTimerSettings timerSettings, AppealNotices notices) {
		this.notices = notices;
		this.clocks = clocks;
		this.timerSettings = timerSettings;
		this.appeals = appeals;
		this.categories = categories;
		this.dispatching = dispatching;
		this.workingDays = workingDays;
		this.regions = regions;
		this.currentUser = currentUser;
		this.audit = audit;
		this.filing = filing;
	}

	/** An action's input: the version the caller saw and the action's own fields. */
	record Command(Integer version, String note, String reply, Satisfaction satisfaction, Boolean resolved,
			Integer days, String unitCode) {
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	PageResponse<AppealViews.Summary> list(AppealState state, String category, int page, int size) {
		AppealScope s = scope();
		var result = appeals.search(s.all(), s.prefix(), s.uscc(), state, blankToNull(category),
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
						Sort.by(Sort.Direction.DESC, "filedAt").and(Sort.by("id"))));
		Map<String, String> names = categoryNames();
		return PageResponse.of(result, a -> AppealViews.summary(a, names.get(a.categoryCode())));
	}

	/** The notices of the clocks (warnings, automatic 督办), newest first, in scope. */
	@Transactional(readOnly = true)
	PageResponse<AppealViews.Notice> notices(int page, int size) {
		AppealScope s = scope();
		var result = notices.scoped(s.all(), s.prefix(), s.uscc(),
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
		return PageResponse.of(result, row -> AppealViews.Notice.of((AppealNotice) row[0], (Appeal) row[1]));
	}

	@Transactional(readOnly = true)
	AppealViews.Detail find(long id) {
		return detail(load(id));
	}

	AppealViews.Detail detail(Appeal a) {
		return AppealViews.detail(a, categories.findById(a.categoryCode()).map(Category::name).orElse(null));
	}

	// ---------------------------------------------------------------- actions

	@Transactional
	AppealViews.Detail act(long id, Action action, Command c) {
		Appeal a = load(id);
		if (c == null || c.version() == null) {
			throw InvalidInputException.of("version", "appeals.required");
		}
		if (c.version() != a.version()) {
			throw new ConflictException("appeals.stale", id);
		}
		authorize(a, action);
		a.check(action);
		AppealState before = a.state();
		RunningClock clockBefore = a.clock();
		OffsetDateTime now = filing.now();
		String actor = currentUser.actor();
		String note = note(c.note());
		Category category = categories.findById(a.categoryCode()).orElseThrow();
		switch (action) {
			case DISPATCH -> {
				Appeal.Assignee lead = c.unitCode() == null
						? dispatching.route(a.locationDivision(), a.categoryCode(), null)
						: dispatching.assignee(c.unitCode());
				a.dispatch(lead, List.of(), workingDays.add(today(now), category.acceptDays()), now, actor, note);
			}
			case ACCEPT -> a.accept(workingDays.add(today(now), category.answerDays()), now, actor, note);
			case START -> a.start(now, actor, note);
			case REPLY -> a.reply(required("reply", note(c.reply())),
					workingDays.add(today(now), timerSettings.followUpDays()), now, actor);
			case RETURN -> a.returnToDispatcher(required("note", note), now, actor);
			case FOLLOW_UP -> {
				if (c.satisfaction() == null) {
					throw InvalidInputException.of("satisfaction", "appeals.required");
				}
				a.followUp(c.satisfaction(), Boolean.TRUE.equals(c.resolved()), note, now, actor);
			}
			case CLOSE -> a.close(now, actor, note);
			case REOPEN ->
				a.reopen(workingDays.add(today(now), category.answerDays()), required("note", note), now, actor);
			case EXTEND -> {
				int days = c.days() == null ? 0 : c.days();
				if (days < 1 || days > MAX_EXTENSION_DAYS) {
					throw InvalidInputException.of("days", "appeals.extension.days", 1, MAX_EXTENSION_DAYS);
				}
				LocalDate from = a.answerDue() == null ? today(now) : a.answerDue();
				a.extend(days, workingDays.add(from, days), required("note", note), now, actor);
			}
			case ESCALATE -> a.escalate(note, now, actor);
		}
		appeals.saveAndFlush(a);
		if (action != Action.ESCALATE) {
			clocks.rearm(a, clockBefore);
		}
		audit.record("appeal." + action.name().toLowerCase(), "appeal", a.id().toString(), before, a.state());
		return detail(a);
	}

	private void authorize(Appeal a, Action action) {
		LianshangUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("anonymous"));
		if (user.role() == Role.ADMIN) {
			return;
		}
		boolean allowed = switch (action) {
			case ACCEPT, START, REPLY, RETURN, ESCALATE -> user.role() == Role.HANDLER && leadWithin(a, user);
			case FOLLOW_UP, CLOSE, REOPEN ->
				user.role() == Role.ENTERPRISE && user.uscc() != null && user.uscc().equals(a.uscc());
			case EXTEND -> user.role() == Role.HANDLER && leadWithin(a, user) && !leadDivisionIs(a, user);
			case DISPATCH -> false;
		};
		if (!allowed) {
			throw new AccessDeniedException(action + " on appeal " + a.id());
		}
	}

	private boolean leadWithin(Appeal a, LianshangUser user) {
		String path = regions.find(user.jurisdiction()).map(Region::path).orElse(null);
		return path != null && a.unitPath() != null && a.unitPath().startsWith(path);
	}

	private boolean leadDivisionIs(Appeal a, LianshangUser user) {
		return regions.find(user.jurisdiction()).map(r -> r.path().equals(a.unitPath())).orElse(false);
	}

	private Appeal load(long id) {
		AppealScope s = scope();
		return appeals.findScoped(id, s.all(), s.prefix(), s.uscc())
			.orElseThrow(() -> new NotFoundException("appeal", Long.toString(id)));
	}

	private AppealScope scope() {
		return AppealScope.of(currentUser.scope(), regions);
	}

	Map<String, String> categoryNames() {
		return categories.findAll().stream().collect(Collectors.toMap(Category::code, Category::name));
	}

	private static LocalDate today(OffsetDateTime now) {
		return now.atZoneSameInstant(AppealMetrics.ZONE).toLocalDate();
	}

	private static String note(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		if (s.length() > MAX_NOTE) {
			throw InvalidInputException.of("note", "appeals.note.too-long", MAX_NOTE);
		}
		return s.trim();
	}

	private static String required(String field, String value) {
		if (value == null) {
			throw InvalidInputException.of(field, "appeals.required");
		}
		return value;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
