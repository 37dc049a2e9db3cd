package cn.lianshang.appeals;

import java.net.URI;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.LianshangUser;
import cn.lianshang.appeals.model.Action;
import cn.lianshang.appeals.model.AppealState;
import cn.lianshang.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 诉求: filing (idempotent), the scoped queue, one appeal with its history, and the
 * handling actions.
 */
@RestController
@RequestMapping("/api/v1/appeals")
@Tag(name = "appeals", description = "诉求: filing, dispatch, handling on a working-day clock")
class AppealApi {

	private final FilingAppeal filing;

	private final HandlingAppeal handling;

	private final CurrentUser currentUser;

	AppealApi(FilingAppeal filing, HandlingAppeal handling, CurrentUser currentUser) {
		this.filing = filing;
		this.handling = handling;
		this.currentUser = currentUser;
	}

	@PostMapping
	@PreAuthorize("hasRole('ENTERPRISE')")
	@Operation(summary = "File an appeal for the caller's own enterprise", description = "With an `Idempotency-Key` "
			+ "header a retry answers 200 with the first appeal (never a second one); the first call answers 201. "
			+ "The appeal is committed before its id is answered, and is dispatched by the rules at once.")
	ResponseEntity<AppealViews.Detail> file(@RequestBody FilingAppeal.FilingRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		FilingAppeal.Filed filed;
		try {
			filed = filing.fileForEnterprise(request, idempotencyKey);
		}
		catch (DataIntegrityViolationException e) {
			// a concurrent retry with the same key committed first: answer with its
			// appeal
			long account = currentUser.get().map(LianshangUser::accountId).orElseThrow(() -> e);
			filed = idempotencyKey == null ? null : filing.findRetry(account, idempotencyKey).orElse(null);
			if (filed == null) {
				throw e;
			}
		}
		AppealViews.Detail view = filed.view();
		return filed.created() ? ResponseEntity.created(URI.create("/api/v1/appeals/" + view.id())).body(view)
				: ResponseEntity.ok(view);
	}

	@GetMapping
	@Operation(summary = "Appeals the caller may see", description = "A handler sees the appeals whose lead unit lies "
			+ "in its jurisdiction and those co-assigned to a unit there; an enterprise its own; an administrator all.")
	PageResponse<AppealViews.Summary> list(@RequestParam(required = false) AppealState state,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return handling.list(state, category, page, size);
	}

	@GetMapping("/notices")
	@Operation(summary = "Notices of the deadline clocks, newest first",
			description = "A WARNING when a share (lianshang.appeals.timers.warning-share, 80%) of a clock's working "
					+ "time has gone by; an ESCALATION (automatic 督办, recorded in the history) when its deadline "
					+ "has passed. Clocks: ACCEPT (签收), ANSWER (答复), FOLLOW_UP (回访). Scoped like the queue.")
	PageResponse<AppealViews.Notice> notices(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return handling.notices(page, size);
	}

	@GetMapping("/{id}")
	AppealViews.Detail find(@PathVariable long id) {
		return handling.find(id);
	}

	@PostMapping("/{id}/dispatch")
	AppealViews.Detail dispatch(@PathVariable long id, @RequestBody HandlingAppeal.Command c) {
		return handling.act(id, Action.DISPATCH, c);
	}

	@PostMapping("/{id}/accept")
	AppealViews.Detail accept(@PathVariable long id, @RequestBody HandlingAppeal.Command c) {
		return handling.act(id, Action.ACCEPT, c);
	}

	@PostMapping("/{id}/start")
	AppealViews.Detail start(@PathVariable long id, @RequestBody HandlingAppeal.Command c) {
		return handling.act(id, Action.START, c);
	}

	@PostMapping("/{id}/reply")
	AppealViews.Detail reply(@PathVariable long id, @RequestBody HandlingAppeal.Command c) {
		return handling.act(id, Action.REPLY, c);
	}

	@PostMapping("/{id}/return")
	AppealViews.Detail returnToDispatcher(@PathVariable long id, @RequestBody HandlingAppeal.Command c) {
		return handling.act(id, Action.RETURN, c);
	}

	@PostMapping("/{id}/follow-up")
	AppealViews.Detail followUp(@PathVariable long id, @RequestBody HandlingAppeal.Command c) {
		return handling.act(id, Action.FOLLOW_UP, c);
	}

	@PostMapping("/{id}/close")
	AppealViews.Detail close(@PathVariable long id, @RequestBody HandlingAppeal.Command c) {
		return handling.act(id, Action.CLOSE, c);
	}

	@PostMapping("/{id}/reopen")
	AppealViews.Detail reopen(@PathVariable long id, @RequestBody HandlingAppeal.Command c) {
		return handling.act(id, Action.REOPEN, c);
	}

	@PostMapping("/{id}/extend")
	AppealViews.Detail extend(@PathVariable long id, @RequestBody HandlingAppeal.Command c) {
		return handling.act(id, Action.EXTEND, c);
	}

	@PostMapping("/{id}/escalate")
	AppealViews.Detail escalate(@PathVariable long id, @RequestBody HandlingAppeal.Command c) {
		return handling.act(id, Action.ESCALATE, c);
	}

}
