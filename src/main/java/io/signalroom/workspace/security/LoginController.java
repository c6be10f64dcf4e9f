package io.signalroom.workspace.security;

import io.signalroom.shared.web.PageErrors;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	static final String VIEW = "workspace/login";

	@GetMapping("/login")
	String login(@RequestParam(required = false) String email, Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		model.addAttribute("email", (email != null) ? email : "");
		return VIEW;
	}

	/**
	 * Reached by forward from {@link LoginFailureHandler}, which has set the 401 status.
	 */
	@RequestMapping("/login/failed")
	String failed(HttpServletRequest request, Model model) {
		String email = request.getParameter("email");
		model.addAttribute("email", (email != null && email.length() <= 254) ? email : "");
		PageErrors.show(model, "login", (String) request.getAttribute(LoginFailureHandler.MESSAGE_KEY),
				request.getAttribute(LoginFailureHandler.MINUTES));
		return VIEW;
	}

}
