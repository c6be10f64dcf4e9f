package io.signalroom.workspace.membership;

import io.signalroom.shared.web.FormErrors;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.Department;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-up creates a workspace and its first admin.
 */
@Controller
class SignUpController {

	static final String VIEW = "workspace/signup";

	private final Onboarding onboarding;

	SignUpController(Onboarding onboarding) {
		this.onboarding = onboarding;
	}

	@ModelAttribute("departments")
	Department[] departments() {
		return Department.values();
	}

	@GetMapping("/signup")
	String form(Model model) {
		model.addAttribute("form", SignUpForm.empty());
		return VIEW;
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.onboarding.signUp(form);
				redirect.addFlashAttribute("successKey", "signup.done");
				redirect.addAttribute("email", form.email().strip());
				return "redirect:/login";
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return VIEW;
	}

}
