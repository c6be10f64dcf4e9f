package io.signalroom.session.running;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.running.RoundRobin;
import io.signalroom.shared.RuleViolation;
import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
			HtmxRequest htmx, Model model, HttpServletResponse response) {
		try {
			this.roundRobin.start(me, id, "department".equals(order));
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			PageErrors.show(model, RunController.STAGE_PLACE, violation);
		}
		return answer(me, id, htmx, model);
	}

	@PostMapping("/sessions/{id}/run/speakers/next")
	String next(CurrentMember me, @PathVariable long id, @RequestParam int position, HtmxRequest htmx, Model model) {
		this.roundRobin.passFrom(me, id, position);
		return answer(me, id, htmx, model);
	}

	@PostMapping("/sessions/{id}/run/speakers/stop")
	String stop(CurrentMember me, @PathVariable long id, HtmxRequest htmx, Model model) {
		this.roundRobin.stop(me, id);
		return answer(me, id, htmx, model);
	}

	private String answer(CurrentMember me, long id, HtmxRequest htmx, Model model) {
		if (!htmx.isHtmxRequest() && !model.containsAttribute(PageErrors.KEY)) {
			return "redirect:/sessions/" + id + "/run";
		}
		if (!htmx.isHtmxRequest()) {
			this.page.fill(me, id, model);
			return RunController.VIEW;
		}
		this.page.stage(me, this.sessions.view(me, id), model);
		return RunController.STAGE;
	}

}
