package io.signalroom.shared.postgres;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers at once with the "database is restarting" page while the supervisor knows the
 * embedded server is down, and turns a request that failed because the database could not
 * be reached (anywhere: the session store, security, a page) into that page rather than a
 * 500. It runs before the session store, which needs the database; only the request log
 * runs before it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ObjectProvider<EmbeddedPostgresSupervisor> supervisor;

	private final DatabaseUnavailablePage page;

	DatabaseUnavailableFilter(ObjectProvider<EmbeddedPostgresSupervisor> supervisor, ITemplateEngine templates,
			MessageSource messages) {
		this.supervisor = supervisor;
		this.page = new DatabaseUnavailablePage(templates, messages);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		EmbeddedPostgresSupervisor watching = this.supervisor.getIfAvailable();
		if (watching != null && !watching.available() && !isHealth(request)) {
			this.page.render(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseUnreachable.causes(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {}: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			response.resetBuffer();
			this.page.render(request, response);
		}
	}

	/** Health answers for itself, saying why the database is down. */
	private static boolean isHealth(HttpServletRequest request) {
		return path(request).startsWith("/actuator/");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/favicon");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
