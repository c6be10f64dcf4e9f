package io.signalroom.workspace.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Shows the login form again with 401 and a message that says what went wrong, keeping
 * the e-mail address the user typed.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String MESSAGE_KEY = "loginFailureKey";

	static final String MINUTES = "loginLockedMinutes";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof ThrottledAuthenticationProvider.ThrottledException throttled) {
			request.setAttribute(MESSAGE_KEY, "login.locked");
			request.setAttribute(MINUTES, throttled.minutes());
		}
		else {
			request.setAttribute(MESSAGE_KEY, "login.failed");
		}
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		request.getRequestDispatcher("/login/failed").forward(request, response);
	}

}
