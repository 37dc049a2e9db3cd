package cn.lianshang.appeals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.access.Role;
import cn.lianshang.appeals.model.Action;
import cn.lianshang.appeals.model.AppealMetrics;
import cn.lianshang.appeals.model.AppealState;
import cn.lianshang.appeals.model.Lifecycle;
import cn.lianshang.appeals.model.Satisfaction;
import cn.lianshang.appeals.model.WorkingCalendar;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.FileTransfer;
import cn.lianshang.shared.web.ConflictException;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.Messages;
import cn.lianshang.shared.web.NotFoundException;
import cn.lianshang.shared.web.PageResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The appeals pages: the caller's queue, the filing form (enterprises) and one appeal
 * with its history and the actions the caller may take. Everything goes through
 * {@link FilingAppeal} and {@link HandlingAppeal}, so the caller's scope, the version
 * check and the state machine are the same as on the REST API.
 */
@Controller
class AppealPages {

	static final int PAGE_SIZE = 20;

	/** The latest notices of the clocks shown above the queue. */
	static final int NOTICES = 10;

	/** The actions as their path segment on the pages. */
	static final Map<String, Action> ACTIONS = Map.of("dispatch", Action.DISPATCH, "accept", Action.ACCEPT, "start",
			Action.START, "reply", Action.REPLY, "return", Action.RETURN, "follow-up", Action.FOLLOW_UP, "close",
			Action.CLOSE, "reopen", Action.REOPEN, "extend", Action.EXTEND, "escalate", Action.ESCALATE);

	private final FilingAppeal filing;

	private final HandlingAppeal handling;

	private final Categories categories;

	private final DispatchingAppeal dispatching;

	private final WorkingDays workingDays;

	private final Regions regions;

	private final CurrentUser currentUser;

	private final Messages messages;

	private final AttachingFiles attachments;

	AppealPages(FilingAppeal filing, HandlingAppeal handling, Categories categories, DispatchingAppeal dispatching,
			WorkingDays workingDays, Regions regions, CurrentUser currentUser, Messages messages,
			AttachingFiles attachments) {
		this.attachments = attachments;
		this.filing = filing;
		this.handling = handling;
		this.categories = categories;
		this.dispatching = dispatching;
		this.workingDays = workingDays;
		this.regions = regions;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	// ---------------------------------------------------------------- queue

	/** The queue's filter, as the query string carries it. */
	record QueueFilter(AppealState state, String category, Integer page) {

		int pageNumber() {
			return page == null || page < 0 ? 0 : Math.min(page, 10_000);
		}

		public String url(int toPage) {
			UriComponentsBuilder b = UriComponentsBuilder.fromPath("/appeals");
			if (state != null) {
				b.queryParam("state", state.name());
			}
			if (category != null && !category.isBlank()) {
				b.queryParam("category", category.trim());
			}
			if (toPage > 0) {
				b.queryParam("page", toPage);
			}
			return b.build().encode().toUriString();
		}

	}

	/**
	 * A deadline as the pages show it: the date, which one it is (签收 or 答复), and the
	 * working days left (negative: overdue by that many).
	 */
	record Deadline(String kind, LocalDate date, int daysLeft) {

		public boolean overdue() {
			return daysLeft < 0;
		}

		public int daysOverdue() {
			return -daysLeft;
		}

	}

	/** A row of the queue. */
	record Row(AppealViews.Summary appeal, Deadline deadline) {
	}

	@GetMapping("/appeals")
	String queue(@ModelAttribute("filter") QueueFilter filter, Model model) {
		String category = filter.category() == null || filter.category().length() > 40 ? null : filter.category();
		PageResponse<AppealViews.Summary> result = handling.list(filter.state(), category, filter.pageNumber(),
				PAGE_SIZE);
		WorkingCalendar calendar = workingDays.calendar();
		LocalDate today = today();
		List<Row> rows = result.content()
			.stream()
			.map(a -> new Row(a, deadline(a.state(), a.expectedAcceptBy(), a.expectedAnswerBy(), calendar, today)))
			.toList();
		model.addAttribute("result", result);
		model.addAttribute("rows", rows);
		model.addAttribute("states", AppealState.values());
		model.addAttribute("categories", categoryViews());
		model.addAttribute("canFile", currentUser.get().map(u -> u.role() == Role.ENTERPRISE).orElse(false));
		model.addAttribute("notices", handling.notices(0, NOTICES).content());
		model.addAttribute("canSeeDashboard",
				currentUser.get().map(u -> u.role() == Role.ADMIN || u.role() == Role.HANDLER).orElse(false));
		return "appeals/queue";
	}

	// ---------------------------------------------------------------- filing

	/**
	 * The filing form, every field as typed; the key is made when the form is first
	 * shown.
	 */
	record FilingForm(String category, String description, String divisionCode, String idempotencyKey) {
	}

	@GetMapping("/appeals/new")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String newAppeal(Model model) {
		return filingForm(new FilingForm(null, null, null, UUID.randomUUID().toString()), Map.of(), model);
	}

	@PostMapping("/appeals")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String file(@ModelAttribute FilingForm form,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		String key = form.idempotencyKey() == null || form.idempotencyKey().isBlank() ? null : form.idempotencyKey();
		FilingAppeal.FilingRequest request = new FilingAppeal.FilingRequest(form.category(), form.description(),
				form.divisionCode(), null, null, null, List.of());
		FilingAppeal.Filed filed;
		try {
			filed = filing.fileForEnterprise(request, key, FileTransfer.uploads(files));
		}
		catch (InvalidInputException e) {
			Map<String, String> errors = new LinkedHashMap<>();
			e.problems()
				.forEach(p -> errors.merge(p.field().replaceAll("\\[\\d+]$", ""),
						messages.get("error." + p.code(), p.args()), (a, b) -> a + " " + b));
			// a bad file is a bad request (400), like on the REST API; other fields 422
			response.setStatus(errors.containsKey("attachments") ? HttpStatus.BAD_REQUEST.value()
					: HttpStatus.UNPROCESSABLE_ENTITY.value());
			return filingForm(form, errors, model);
		}
		catch (DataIntegrityViolationException e) {
			// a concurrent submit with the same key committed first: show its appeal
			long account = currentUser.get().map(LianshangUser::accountId).orElseThrow(() -> e);
			filed = key == null ? null : filing.findRetry(account, key).orElse(null);
			if (filed == null) {
				throw e;
			}
		}
		redirect.addFlashAttribute("notice", messages.get(filed.created() ? "appeals.filed" : "appeals.filed.again",
				String.valueOf(filed.view().id())));
		return "redirect:/appeals/" + filed.view().id();
	}

	private String filingForm(FilingForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", categoryViews());
		model.addAttribute("divisions", regions.countiesByTop());
		model.addAttribute("maxDescription", FilingAppeal.MAX_DESCRIPTION);
		model.addAttribute("maxFiles", AttachingFiles.MAX_FILES);
		model.addAttribute("maxMegabytes", AttachingFiles.MAX_BYTES / (1024 * 1024));
		model.addAttribute("allowedTypes", AttachmentKind.ALLOWED);
		return "appeals/form";
	}

	// ---------------------------------------------------------------- detail and actions

	@GetMapping("/appeals/{id}")
	String detail(@PathVariable long id, Model model) {
		return detailPage(handling.find(id), model);
	}

	/** What an action form sends: the version read and the action's own fields. */
	record ActionForm(Integer version, String note, String reply, Satisfaction satisfaction, Boolean resolved,
			Integer days, String unitCode) {

		HandlingAppeal.Command command() {
			return new HandlingAppeal.Command(version, note, reply, satisfaction, resolved, days,
					unitCode == null || unitCode.isBlank() ? null : unitCode.trim());
		}

	}

	@PostMapping("/appeals/{id}/{action}")
	String act(@PathVariable long id, @PathVariable("action") String actionName, @ModelAttribute ActionForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Action action = ACTIONS.get(actionName);
		if (action == null) {
			throw new NotFoundException("appeal", id + "/" + actionName);
		}
		try {
			handling.act(id, action, form.command());
		}
		catch (ConflictException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("alert", messages.get("error." + e.code(), e.args()));
			return detailPage(handling.find(id), model);
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("alert", messages.get("error.appeals.stale", String.valueOf(id)));
			return detailPage(handling.find(id), model);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			List<String> problems = new ArrayList<>();
			e.problems().forEach(p -> problems.add(messages.get("error." + p.code(), p.args())));
			model.addAttribute("alert", String.join(" ", problems));
			model.addAttribute("failedAction", actionName);
			return detailPage(handling.find(id), model);
		}
		redirect.addFlashAttribute("notice", messages.get("appeals.done", messages.get("appeals.action." + action)));
		return "redirect:/appeals/" + id;
	}

	// ---------------------------------------------------------------- attachments

	@PostMapping("/appeals/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) List<MultipartFile> files,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		List<FileTransfer.Upload> uploads = FileTransfer.uploads(files);
		try {
			attachments.attach(id, uploads);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			List<String> problems = new ArrayList<>();
			e.problems().forEach(p -> problems.add(messages.get("error." + p.code(), p.args())));
			model.addAttribute("alert", String.join(" ", problems));
			return detailPage(handling.find(id), model);
		}
		redirect.addFlashAttribute("notice", messages.get("appeals.attachment.added", String.valueOf(uploads.size())));
		return "redirect:/appeals/" + id;
	}

	@GetMapping("/appeals/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		return AppealAttachmentApi.response(attachments.download(id, attachmentId));
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException e, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("status", 404);
		model.addAttribute("title", messages.get("problem.title.404"));
		model.addAttribute("detail",
				messages.get("problem.not-found.detail", messages.get("entity." + e.what()), e.key()));
		return "error";
	}

	private String detailPage(AppealViews.Detail a, Model model) {
		model.addAttribute("a", a);
		model.addAttribute("locationName", regions.fullName(a.locationDivision()));
		model.addAttribute("deadline",
				deadline(a.state(), a.expectedAcceptBy(), a.expectedAnswerBy(), workingDays.calendar(), today()));
		model.addAttribute("actions", actionsFor(a));
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("maxExtension", HandlingAppeal.MAX_EXTENSION_DAYS);
		model.addAttribute("attachments", attachments.list(a.id()));
		model.addAttribute("canAttach", canAttach(a));
		model.addAttribute("maxFiles", AttachingFiles.MAX_FILES);
		model.addAttribute("maxMegabytes", AttachingFiles.MAX_BYTES / (1024 * 1024));
		model.addAttribute("allowedTypes", AttachmentKind.ALLOWED);
		return "appeals/detail";
	}

	/**
	 * The actions to offer: those the state machine allows now and the caller's role may
	 * take, mirroring {@link HandlingAppeal}'s rules (which still decide: a form shown by
	 * mistake answers 403).
	 */
	List<String> actionsFor(AppealViews.Detail a) {
		Optional<LianshangUser> me = currentUser.get();
		if (me.isEmpty()) {
			return List.of();
		}
		LianshangUser user = me.get();
		List<Action> candidates = switch (user.role()) {
			case ADMIN -> List.of(Action.DISPATCH, Action.EXTEND, Action.ESCALATE);
			case HANDLER -> {
				String mine = regions.find(user.jurisdiction()).map(Region::path).orElse(null);
				String lead = leadPath(a);
				if (mine == null || lead == null || !lead.startsWith(mine)) {
					yield List.of();
				}
				List<Action> list = new ArrayList<>(
						List.of(Action.ACCEPT, Action.START, Action.REPLY, Action.RETURN, Action.ESCALATE));
				if (!lead.equals(mine)) {
					list.add(Action.EXTEND);
				}
				yield list;
			}
			case ENTERPRISE -> user.uscc() != null && user.uscc().equals(a.uscc())
					? List.of(Action.FOLLOW_UP, Action.CLOSE, Action.REOPEN) : List.of();
			default -> List.of();
		};
		List<String> names = new ArrayList<>();
		ACTIONS.entrySet()
			.stream()
			.filter(e -> candidates.contains(e.getValue()) && Lifecycle.allows(a.state(), e.getValue()))
			.filter(e -> e.getValue() != Action.REOPEN || a.rating() == Satisfaction.UNSATISFIED)
			.filter(e -> e.getValue() != Action.ESCALATE || !a.escalated())
			.sorted(Map.Entry.comparingByValue())
			.forEach(e -> names.add(e.getKey()));
		return names;
	}

	/** Mirrors {@link AttachingFiles#attach}'s rule, which still decides. */
	boolean canAttach(AppealViews.Detail a) {
		if (a.state() == AppealState.CLOSED) {
			return false;
		}
		return currentUser.get().map(u -> switch (u.role()) {
			case ADMIN, HANDLER -> true;
			case ENTERPRISE -> u.uscc() != null && u.uscc().equals(a.uscc());
			default -> false;
		}).orElse(false);
	}

	private String leadPath(AppealViews.Detail a) {
		if (a.unit() == null) {
			return null;
		}
		try {
			return dispatching.assignee(a.unit().code()).path();
		}
		catch (InvalidInputException e) {
			return null;
		}
	}

	/**
	 * The running deadline of the state: 签收 while dispatched, 答复 while being handled,
	 * none otherwise.
	 */
	static Deadline deadline(AppealState state, LocalDate acceptBy, LocalDate answerBy, WorkingCalendar calendar,
			LocalDate today) {
		String kind;
		LocalDate due;
		switch (state) {
			case DISPATCHED -> {
				kind = "accept";
				due = acceptBy;
			}
			case ACCEPTED, IN_PROGRESS, REOPENED -> {
				kind = "answer";
				due = answerBy;
			}
			default -> {
				return null;
			}
		}
		if (due == null) {
			return null;
		}
		int left = due.isBefore(today) ? -calendar.workingDaysBetween(due, today)
				: calendar.workingDaysBetween(today, due);
		// a deadline passed over a weekend only is still overdue
		if (due.isBefore(today) && left == 0) {
			left = -1;
		}
		return new Deadline(kind, due, left);
	}

	private List<Category.CategoryView> categoryViews() {
		return categories.findAllByOrderBySortOrder().stream().map(Category::view).toList();
	}

	private static LocalDate today() {
		return LocalDate.now(AppealMetrics.ZONE);
	}

}
