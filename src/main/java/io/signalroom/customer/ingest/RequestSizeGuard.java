package io.signalroom.customer.ingest;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body that announces more bytes than any sensible batch of
 * {@value CustomerIngest#MAX_BATCH} items needs, before it is read into memory.
 */
class RequestSizeGuard extends OncePerRequestFilter {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private final ApiProblems problems;

	private final JsonMapper json;

	RequestSizeGuard(ApiProblems problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			ApiProblems.write(
					this.problems.problem(HttpStatus.CONTENT_TOO_LARGE, ApiProblems.BATCH_TOO_LARGE,
							"api.problem.batchTooLarge", "api.problem.bodyTooLarge", MAX_BYTES / (1024 * 1024)),
					request, response, this.json);
			return;
		}
		chain.doFilter(request, response);
	}

}
