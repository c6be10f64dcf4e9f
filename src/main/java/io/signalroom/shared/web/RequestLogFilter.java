package io.signalroom.shared.web;

import java.io.IOException;
import java.security.Principal;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured line per request: method, path, status, duration and who asked. Query
 * strings, bodies and headers are never logged, and secrets in paths (invite tokens) are
 * masked. With {@code logging.structured.format.console=ecs} the fields become JSON
 * fields.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("io.signalroom.request");

	private static final Pattern SECRET_SEGMENT = Pattern.compile("(/invites/)[^/]+");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			long millis = (System.nanoTime() - start) / 1_000_000;
			String path = SECRET_SEGMENT.matcher(request.getRequestURI()).replaceAll("$1***");
			Principal principal = request.getUserPrincipal();
			log.atInfo()
				.addKeyValue("http.method", request.getMethod())
				.addKeyValue("url.path", path)
				.addKeyValue("http.status", response.getStatus())
				.addKeyValue("duration.ms", millis)
				.addKeyValue("user", (principal != null) ? principal.getName() : "-")
				.log("method={} path={} status={} ms={} user={}", request.getMethod(), path, response.getStatus(),
						millis, (principal != null) ? principal.getName() : "-");
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.startsWith("/webjars/") || uri.startsWith("/css/") || uri.startsWith("/js/")
				|| uri.startsWith("/actuator/");
	}

}
