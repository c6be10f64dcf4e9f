package io.signalroom.workspace.membership;

import io.signalroom.shared.web.FormErrors;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.account.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where an invite link leads: newcomers create their account, people who have one sign in
 * and join. Used, revoked and expired links answer 410 with a page that says so.
 */
@Controller
class InviteController {

	static final String VIEW = "workspace/invite";

	private final Onboarding onboarding;

	InviteController(Onboarding onboarding) {
		this.onboarding = onboarding;
	}

	@GetMapping("/invites/{token}")
	String show(@PathVariable String token, @AuthenticationPrincipal SignedInUser user, Model model,
			HttpServletResponse response) {
		InviteView invite = this.onboarding.inviteFor(token);
		if (!invite.usable()) {
			response.setStatus(HttpStatus.GONE.value());
		}
		model.addAttribute("invite", invite);
		model.addAttribute("token", token);
		model.addAttribute("signedInEmail", (user != null) ? user.getUsername() : null);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AcceptInviteForm.empty());
		}
		return VIEW;
	}

	@PostMapping("/invites/{token}")
	String acceptAsNewUser(@PathVariable String token, @Valid @ModelAttribute("form") AcceptInviteForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		InviteView invite = this.onboarding.inviteFor(token);
		if (!result.hasErrors()) {
			try {
				this.onboarding.acceptAsNewUser(token, form.displayName(), form.password());
				redirect.addFlashAttribute("successKey", "invite.accountCreated");
				redirect.addAttribute("email", invite.email());
				return "redirect:/login";
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
		}
		show(token, user, model, response);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return VIEW;
	}

	/**
	 * Reached after signing in from the invite page; the page itself offers the join
	 * button.
	 */
	@GetMapping("/invites/{token}/join")
	String afterSignIn(@PathVariable String token) {
		return "redirect:/invites/" + token;
	}

	@PostMapping("/invites/{token}/join")
	String join(@PathVariable String token, @AuthenticationPrincipal SignedInUser user, HttpSession session,
			RedirectAttributes redirect) {
		Membership membership = this.onboarding.acceptAsExistingUser(token, user.id());
		session.setAttribute(CurrentMembers.SESSION_KEY, membership.getWorkspace().getId());
		redirect.addFlashAttribute("successKey", "invite.joined");
		redirect.addFlashAttribute("successArgs", new Object[] { membership.getWorkspace().getName() });
		return "redirect:/";
	}

	@ExceptionHandler(InviteUnusableException.class)
	String unusable(InviteUnusableException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("state", ex.getState());
		return "workspace/invite-unusable";
	}

}
