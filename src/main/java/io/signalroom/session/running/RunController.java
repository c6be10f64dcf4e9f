package io.signalroom.session.running;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.running.ConsoleAction;
import io.signalroom.session.running.SessionConsole;
import io.signalroom.shared.RuleViolation;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The run page everyone in a session follows: the agenda with the current item's
 * countdown, the facilitator's console, the customers under review. Console actions are
 * POSTs; every open page hears of them over the session's live topic and re-fetches its
 * stage.
 */
@Controller
class RunController {

	static final String VIEW = "session/run";

	static final String STAGE = "session/run :: stage";

	/** Where the stage shows a refused console action ({@link PageErrors}). */
	static final String STAGE_PLACE = "stage";

	private final PracticeSessions sessions;

	private final SessionConsole console;

	private final RunPage page;

	RunController(PracticeSessions sessions, SessionConsole console, RunPage page) {
		this.sessions = sessions;
		this.console = console;
		this.page = page;
	}

	@GetMapping("/sessions/{id}/run")
	String run(CurrentMember me, @PathVariable long id, Model model) {
		this.page.fill(me, id, model);
		return VIEW;
	}

	@GetMapping("/sessions/{id}/run/stage")
	String stage(CurrentMember me, @PathVariable long id, Model model) {
		this.page.stage(me, this.sessions.view(me, id), model);
		return STAGE;
	}

	@PostMapping("/sessions/{id}/run/{action}")
	String act(CurrentMember me, @PathVariable long id, @PathVariable("action") String actionName,
			@RequestParam(required = false) Long itemId, HtmxRequest htmx, Model model, HttpServletResponse response) {
		ConsoleAction action = ConsoleAction.fromPath(actionName);
		if (action == null) {
			throw new NotFoundException("Console action");
		}
		try {
			actOnceMore(me, id, action, itemId);
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			PageErrors.show(model, STAGE_PLACE, violation);
		}
		catch (ObjectOptimisticLockingFailureException clash) {
			response.setStatus(HttpStatus.CONFLICT.value());
			PageErrors.show(model, STAGE_PLACE, "session.run.clash");
		}
		if (!htmx.isHtmxRequest() && response.getStatus() < 400) {
			return "redirect:/sessions/" + id + "/run";
		}
		this.page.stage(me, this.sessions.view(me, id), model);
		return htmx.isHtmxRequest() ? STAGE : run(me, id, model);
	}

	/**
	 * Two facilitator tabs acting at once: the loser of the optimistic lock tries once
	 * more on the fresh row (next/back name their item, so a retry never moves twice).
	 */
	private void actOnceMore(CurrentMember me, long id, ConsoleAction action, Long itemId) {
		try {
			this.console.act(me, id, action, itemId);
		}
		catch (ObjectOptimisticLockingFailureException first) {
			this.console.act(me, id, action, itemId);
		}
	}

}
