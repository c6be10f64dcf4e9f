package io.signalroom.workspace.security;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.account.SignedInUser;
import io.signalroom.workspace.membership.CurrentMembers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Looks up, on every request, the signed-in user's membership in their current workspace
 * and grants that membership's role for this request only. Role changes and deactivations
 * therefore apply at once, and the session stores nothing but the user and the workspace
 * id.
 */
class CurrentMemberFilter extends OncePerRequestFilter {

	private final CurrentMembers currentMembers;

	CurrentMemberFilter(CurrentMembers currentMembers) {
		this.currentMembers = currentMembers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			HttpSession session = request.getSession(false);
			Long preferred = (session != null) ? (Long) session.getAttribute(CurrentMembers.SESSION_KEY) : null;
			Optional<CurrentMember> member = this.currentMembers.resolve(user.id(), preferred);
			member.ifPresent((current) -> {
				if (session != null && !Objects.equals(preferred, current.workspaceId())) {
					session.setAttribute(CurrentMembers.SESSION_KEY, current.workspaceId());
				}
				CurrentMemberArguments.set(request, current);
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
						List.of(new SimpleGrantedAuthority(SignedInUser.AUTHORITY),
								new SimpleGrantedAuthority(current.role().authority()))));
				SecurityContextHolder.setContext(context);
			});
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/actuator/") || path.equals("/favicon.ico");
	}

}
