package io.signalroom.shared.postgres;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A handler that fails because the database cannot be reached answers with the "database
 * is restarting" page (503), before any general error handling turns it into a 500.
 * Matches the exception or any of its causes (a pool timeout inside a failed transaction
 * start, for one).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

	private final DatabaseUnavailablePage page;

	DatabaseUnavailableAdvice(ITemplateEngine templates, MessageSource messages) {
		this.page = new DatabaseUnavailablePage(templates, messages);
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, SQLTransientConnectionException.class })
	void databaseUnreachable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.page.render(request, response);
	}

}
