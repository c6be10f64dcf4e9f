package io.signalroom.customer.ingest;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.signalroom.shared.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The RFC 9457 problems the ingest API answers with, besides the broken rules and unknown
 * ids every {@code /api/**} answers alike ({@link Problems}): their type URIs and their
 * texts, which live in {@code messages.properties} under {@code api.problem.*}.
 */
class ApiProblems extends Problems {

	static final URI UNAUTHORIZED = URI.create("urn:signalroom:problem:unauthorized");

	static final URI FORBIDDEN = URI.create("urn:signalroom:problem:forbidden");

	static final URI INVALID_ITEMS = URI.create("urn:signalroom:problem:invalid-items");

	static final URI BATCH_TOO_LARGE = URI.create("urn:signalroom:problem:batch-too-large");

	static final URI MALFORMED_JSON = URI.create("urn:signalroom:problem:malformed-json");

	ApiProblems(MessageSource messages) {
		super(messages);
	}

	/**
	 * Writes a problem where no message converter is at hand: in the security filter
	 * chain, before the request reaches a controller.
	 */
	static void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response, JsonMapper json)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body);
	}

}
