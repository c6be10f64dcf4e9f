package io.signalroom.session.planning;

import io.signalroom.session.planning.PracticeSession;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.shared.RuleViolation;
import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joining a session by its short code.
 */
@Controller
class JoinController {

	static final String VIEW = "session/join";

	private final SessionPlanning planning;

	JoinController(SessionPlanning planning) {
		this.planning = planning;
	}

	@GetMapping("/join")
	String form() {
		return VIEW;
	}

	@PostMapping("/join")
	String join(CurrentMember me, @RequestParam(required = false) String code, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			PracticeSession session = this.planning.join(me, code);
			redirect.addFlashAttribute("successKey", "session.join.joined");
			return "redirect:/sessions/" + session.getId();
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("code", code);
			PageErrors.show(model, "code", violation);
			return VIEW;
		}
	}

}
