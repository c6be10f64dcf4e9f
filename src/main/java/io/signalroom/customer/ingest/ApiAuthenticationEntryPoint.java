package io.signalroom.customer.ingest;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an API request without a usable token with 401 and a problem that says what is
 * wrong with it (missing, unknown, revoked): never the login page or a redirect.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ApiProblems problems;

	private final JsonMapper json;

	ApiAuthenticationEntryPoint(ApiProblems problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String detailKey = "api.problem.tokenMissing";
		Object[] arguments = new Object[0];
		if (exception instanceof ApiTokenRejected rejected) {
			detailKey = rejected.messageKey();
			arguments = rejected.arguments();
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		}
		else {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		ApiProblems.write(this.problems.problem(HttpStatus.UNAUTHORIZED, ApiProblems.UNAUTHORIZED,
				"api.problem.unauthorized", detailKey, arguments), request, response, this.json);
	}

}
