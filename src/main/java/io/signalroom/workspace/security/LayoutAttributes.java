package io.signalroom.workspace.security;

import java.security.Principal;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.shared.web.LayoutModel;
import io.signalroom.workspace.account.SignedInUser;
import io.signalroom.workspace.membership.CurrentMembers;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: who is signed in, in which workspace, and where
 * else they could switch to.
 */
@ControllerAdvice
class LayoutAttributes implements LayoutModel {

	private final CurrentMembers currentMembers;

	LayoutAttributes(CurrentMembers currentMembers) {
		this.currentMembers = currentMembers;
	}

	@ModelAttribute
	void layout(Model model, HttpServletRequest request) {
		addTo(model, request);
	}

	@Override
	public void addTo(Model model, HttpServletRequest request) {
		SignedInUser user = signedIn(request.getUserPrincipal());
		model.addAttribute("me", CurrentMemberArguments.get(request));
		model.addAttribute("signedIn", user != null);
		model.addAttribute("signedInEmail", (user != null) ? request.getUserPrincipal().getName() : null);
		// a fragment has no navigation to fill
		model.addAttribute("myWorkspaces", (user == null || HtmxRequest.fromRequest(request).isHtmxRequest())
				? List.of() : this.currentMembers.workspacesOf(user.id()));
	}

	private static SignedInUser signedIn(Principal principal) {
		return (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof SignedInUser user) ? user : null;
	}

}
