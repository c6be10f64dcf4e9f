package io.signalroom.workspace.security;

import java.util.List;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.account.SignedInUser;
import io.signalroom.workspace.membership.CurrentMembers;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * What the layout needs on every page: who is signed in, in which workspace, and where
 * else they could switch to.
 */
@ControllerAdvice
class LayoutAttributes {

	private final CurrentMembers currentMembers;

	LayoutAttributes(CurrentMembers currentMembers) {
		this.currentMembers = currentMembers;
	}

	@ModelAttribute("me")
	CurrentMember me(NativeWebRequest request) {
		return CurrentMemberArguments.get(request);
	}

	@ModelAttribute("signedIn")
	boolean signedIn(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser;
	}

	@ModelAttribute("signedInEmail")
	String signedInEmail(Authentication authentication) {
		return signedIn(authentication) ? authentication.getName() : null;
	}

	@ModelAttribute("myWorkspaces")
	List<CurrentMember> myWorkspaces(Authentication authentication, NativeWebRequest request) {
		if (request.getHeader("HX-Request") != null || authentication == null
				|| !(authentication.getPrincipal() instanceof SignedInUser user)) {
			return List.of();
		}
		return this.currentMembers.workspacesOf(user.id());
	}

}
