package cn.lianshang.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.validation.ConstraintViolationException;

/**
 * Turns every error of a REST controller into {@code application/problem+json} (RFC 9457)
 * with a title and detail in the caller's language and, for invalid input, {@code errors:
 * [{field, code, message}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	static final URI INVALID = URI.create("https://lianshang.cn/problems/invalid-input");

	private final Messages messages;

	ApiExceptionHandler(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalid(InvalidInputException e) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (InvalidInputException.FieldProblem p : e.problems()) {
			errors.add(error(p.field(), p.code(), messages.get("error." + p.code(), p.args())));
		}
		return invalidInput(errors);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException e) {
		String what = messages.get("entity." + e.what());
		return problem(HttpStatus.NOT_FOUND, null, messages.get("problem.not-found.detail", what, e.key()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, null, messages.get("error." + e.code(), e.args()));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> stale(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, null, messages.get("problem.stale.detail"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
		log.info("integrity violation: {}", e.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, null, messages.get("problem.integrity.detail"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> denied(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, null, messages.get("problem.forbidden.detail"));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraint(ConstraintViolationException e) {
		List<Map<String, String>> errors = new ArrayList<>();
		e.getConstraintViolations().forEach(v -> {
			String path = v.getPropertyPath().toString();
			String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
			String code = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			errors.add(error(field, code, v.getMessage()));
		});
		return invalidInput(errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> mismatch(MethodArgumentTypeMismatchException e) {
		return invalidInput(List.of(error(e.getName(), "TypeMismatch", messages.get("error.TypeMismatch"))));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Object> illegal(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, null, e.getMessage());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalidInput(fieldErrors(ex.getBindingResult()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> {
			String field = r.getMethodParameter().getParameterName();
			String[] codes = err.getCodes();
			String code = codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
			errors.add(error(field, code, err.getDefaultMessage()));
		}));
		return invalidInput(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// Well-formed JSON with a value of the wrong type ("employees":"many", an unknown
		// enum constant) names its
		// field; anything else is malformed as a whole.
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			StringBuilder field = new StringBuilder();
			for (JsonMappingException.Reference ref : mismatch.getPath()) {
				if (ref.getFieldName() != null) {
					field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
				}
				else if (ref.getIndex() >= 0) {
					field.append('[').append(ref.getIndex()).append(']');
				}
			}
			return invalidInput(List.of(error(field.toString(), "TypeMismatch", messages.get("error.TypeMismatch"))));
		}
		return invalidInput(List.of(error("body", "MalformedJson", messages.get("error.MalformedJson"))));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, null, messages.get("problem.too-large.detail"));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail detail) {
			detail.setTitle(messages.get("problem.title." + statusCode.value()));
			return ResponseEntity.status(statusCode)
				.headers(headers)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(detail);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private List<Map<String, String>> fieldErrors(BindingResult result) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError fe : result.getFieldErrors()) {
			errors.add(error(fe.getField(), fe.getCode(), fe.getDefaultMessage()));
		}
		result.getGlobalErrors()
			.forEach(ge -> errors.add(error(ge.getObjectName(), ge.getCode(), ge.getDefaultMessage())));
		return errors;
	}

	private static Map<String, String> error(String field, String code, String message) {
		return Map.of("field", field, "code", code == null ? "Invalid" : code, "message",
				message == null ? "" : message);
	}

	private ResponseEntity<Object> invalidInput(List<Map<String, String>> errors) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.get("problem.invalid.detail", errors.size()));
		detail.setType(INVALID);
		detail.setTitle(messages.get("problem.title.400"));
		detail.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

	private ResponseEntity<Object> problem(HttpStatus status, URI type, String detailText) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, detailText);
		if (type != null) {
			detail.setType(type);
		}
		detail.setTitle(messages.get("problem.title." + status.value()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

}
