package cn.lianshang.shared.web;

import java.util.Map;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What a person or a client sees when a request fails outside a controller (an unknown
 * address, a filter's refusal): problem+json under {@code /api} and {@code /open311}, a
 * page in the user's language elsewhere.
 */
@Controller
class ErrorPages implements ErrorController {

	private final Messages messages;

	ErrorPages(Messages messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer i ? i : 500;
		HttpStatus httpStatus = HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR
				: HttpStatus.valueOf(status);
		String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		String title = messages.get("problem.title." + httpStatus.value());
		if (uri.startsWith("/api/") || uri.startsWith("/v3/")) {
			ProblemDetail detail = ProblemDetail.forStatusAndDetail(httpStatus,
					messages.get("problem.detail." + httpStatus.value()));
			detail.setTitle(title);
			detail.setInstance(java.net.URI.create(uri));
			return ResponseEntity.status(httpStatus).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
		}
		model.addAllAttributes(Map.of("status", httpStatus.value(), "title", title, "detail",
				messages.get("problem.detail." + httpStatus.value())));
		return "error";
	}

}
