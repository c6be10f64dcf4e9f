package io.signalroom.workspace.security;

import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets controller methods take a {@link CurrentMember} parameter. A request without one
 * (a user who is an active member nowhere) is refused rather than served without a
 * workspace.
 */
class CurrentMemberArguments implements HandlerMethodArgumentResolver {

	private static final String ATTRIBUTE = CurrentMember.class.getName();

	static void set(HttpServletRequest request, CurrentMember member) {
		request.setAttribute(ATTRIBUTE, member);
	}

	static CurrentMember get(NativeWebRequest request) {
		return (CurrentMember) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
	}

	static CurrentMember get(HttpServletRequest request) {
		return (CurrentMember) request.getAttribute(ATTRIBUTE);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CurrentMember.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		CurrentMember member = get(webRequest);
		if (member == null) {
			throw new AccessDeniedException("No active membership in any workspace");
		}
		return member;
	}

}
