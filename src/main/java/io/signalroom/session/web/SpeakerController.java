package io.signalroom.session.web;

import io.signalroom.session.PracticeSessions;
import io.signalroom.session.running.RoundRobin;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The facilitator's round-robin controls; the speaking order shows on the stage.
 */
@Controller
class SpeakerController {

	private final RoundRobin roundRobin;

	private final PracticeSessions sessions;

	private final RunPage page;

	SpeakerController(RoundRobin roundRobin, PracticeSessions sessions, RunPage page) {
		this.roundRobin = roundRobin;
		this.sessions = sessions;
		this.page = page;
	}

	@PostMapping("/sessions/{id}/run/speakers")
	String start(CurrentMember me, @PathVariable long id, @RequestParam(defaultValue = "shuffle") String order,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		try {
			this.roundRobin.start(me, id, "department".equals(order));
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("stageErrorKey", violation.messageKey());
			model.addAttribute("stageErrorArgs", violation.arguments());
		}
		return answer(me, id, htmx, model);
	}

	@PostMapping("/sessions/{id}/run/speakers/next")
	String next(CurrentMember me, @PathVariable long id, @RequestParam int position,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		this.roundRobin.passFrom(me, id, position);
		return answer(me, id, htmx, model);
	}

	@PostMapping("/sessions/{id}/run/speakers/stop")
	String stop(CurrentMember me, @PathVariable long id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		this.roundRobin.stop(me, id);
		return answer(me, id, htmx, model);
	}

	private String answer(CurrentMember me, long id, String htmx, Model model) {
		if (htmx == null && !model.containsAttribute("stageErrorKey")) {
			return "redirect:/sessions/" + id + "/run";
		}
		if (htmx == null) {
			this.page.fill(me, id, model);
			return RunController.VIEW;
		}
		this.page.stage(me, this.sessions.view(me, id), model);
		return RunController.STAGE;
	}

}
