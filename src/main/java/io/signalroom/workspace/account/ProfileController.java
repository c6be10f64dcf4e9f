package io.signalroom.workspace.account;

import io.signalroom.shared.web.FormErrors;
import io.signalroom.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member changes their display name and password.
 */
@Controller
class ProfileController {

	static final String VIEW = "workspace/profile";

	private final AccountService accounts;

	ProfileController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/profile")
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		UserAccount account = this.accounts.get(user.id());
		model.addAttribute("account", account);
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm", new ProfileForm(account.getDisplayName()));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", PasswordForm.empty());
		}
		return VIEW;
	}

	@PostMapping("/profile")
	String rename(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("profileForm") ProfileForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(user, model);
		}
		this.accounts.rename(user.id(), form.displayName());
		redirect.addFlashAttribute("successKey", "profile.renamed");
		return "redirect:/profile";
	}

	@PostMapping("/profile/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(user.id(), form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("successKey", "profile.passwordChanged");
				return "redirect:/profile";
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(user, model);
	}

}
