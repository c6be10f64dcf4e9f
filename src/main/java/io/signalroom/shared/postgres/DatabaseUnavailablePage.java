package io.signalroom.shared.postgres;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The answer while the database cannot be reached: 503 at once, with a page that says the
 * database is restarting and reloads itself, or an RFC 9457 problem for the API. It is
 * rendered without the layout, which needs the database. Not a bean of its own, so that
 * the filter and the advice that use it bring what they need into web test slices.
 */
final class DatabaseUnavailablePage {

	static final String VIEW = "error/database-unavailable";

	static final int RETRY_SECONDS = 5;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	DatabaseUnavailablePage(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", Integer.toString(RETRY_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			String detail = this.messages.getMessage("error.database.text", null,
					RequestContextUtils.getLocale(request));
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
						+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
			return;
		}
		response.setContentType("text/html");
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response),
				RequestContextUtils.getLocale(request),
				Map.of("reload", "GET".equals(request.getMethod()), "retrySeconds", RETRY_SECONDS));
		this.templates.process(VIEW, context, response.getWriter());
	}

}
