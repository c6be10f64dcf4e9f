package io.signalroom.customer.ingest;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} for this request only. A request
 * without the header goes on anonymously and is refused by the authorization rules; a
 * header with a bad token is refused here, saying why.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenAuthenticator authenticator;

	private final ApiAuthenticationEntryPoint entryPoint;

	BearerTokenFilter(ApiTokenAuthenticator authenticator, ApiAuthenticationEntryPoint entryPoint) {
		this.authenticator = authenticator;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			this.entryPoint.commence(request, response, new ApiTokenRejected("api.problem.notBearer"));
			return;
		}
		ApiClient client;
		try {
			client = this.authenticator.authenticate(header.substring(BEARER.length()).strip());
		}
		catch (ApiTokenRejected rejected) {
			SecurityContextHolder.clearContext();
			this.entryPoint.commence(request, response, rejected);
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client, null,
				List.of(new SimpleGrantedAuthority(ApiClient.AUTHORITY))));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

}
