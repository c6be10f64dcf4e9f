package io.signalroom.customer.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns everything the ingest API refuses into RFC 9457 problems: invalid items (422,
 * with one entry per problem in {@code errors}), a batch over the limit (413), a body
 * that is not JSON or not an array (400), and Spring MVC's own refusals.
 */
@RestControllerAdvice(assignableTypes = IngestController.class)
class IngestProblemHandler extends ResponseEntityExceptionHandler {

	private final ApiProblems problems;

	// built here rather than injected, so web slices of other modules (which load every
	// advice) need nothing more
	IngestProblemHandler(MessageSource messages) {
		this.problems = new ApiProblems(messages);
	}

	@ExceptionHandler
	ProblemDetail invalidItems(InvalidItems invalid) {
		ProblemDetail problem = this.problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, ApiProblems.INVALID_ITEMS,
				"api.problem.invalidItems", "api.problem.invalidItemsDetail", invalid.errors().size());
		List<Map<String, Object>> errors = invalid.errors().stream().map(this::describe).toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail batchRefused(BatchRefused refused) {
		if (refused.isTooLarge()) {
			ProblemDetail problem = this.problems.problem(HttpStatus.CONTENT_TOO_LARGE, ApiProblems.BATCH_TOO_LARGE,
					"api.problem.batchTooLarge", "api.problem.batchTooLargeDetail", CustomerIngest.MAX_BATCH,
					refused.size());
			problem.setProperty("limit", CustomerIngest.MAX_BATCH);
			return problem;
		}
		return this.problems.problem(HttpStatus.BAD_REQUEST, ApiProblems.MALFORMED_JSON, "api.problem.malformedJson",
				"api.problem.notAnArray");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		TokenStreamLocation location = (ex.getCause() instanceof JacksonException jackson) ? jackson.getLocation()
				: null;
		ProblemDetail problem = (location != null && location.getLineNr() > 0)
				? this.problems.problem(HttpStatus.BAD_REQUEST, ApiProblems.MALFORMED_JSON, "api.problem.malformedJson",
						"api.problem.malformedJsonAt", location.getLineNr(), location.getColumnNr())
				: this.problems.problem(HttpStatus.BAD_REQUEST, ApiProblems.MALFORMED_JSON, "api.problem.malformedJson",
						"api.problem.malformedJsonDetail");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private Map<String, Object> describe(ItemError error) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("index", error.index());
		entry.put("field", error.field());
		entry.put("reason", this.problems.text(error.reasonKey(), error.arguments()));
		return entry;
	}

}
