package io.signalroom.session.running;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.running.DotVoting;
import io.signalroom.session.running.InterpretationLog;
import io.signalroom.shared.RuleViolation;
import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The interpretation form and the board of the run page. The board is always fetched by
 * its viewer, so what a silent round hides from them never reaches their page.
 */
@Controller
class InterpretationController {

	static final String BOARD = "session/run-board :: board-content";

	static final String FORM = "session/run-board :: interpretation-form";

	static final String ABOUT = "session/run-board :: about-field";

	/** Where the board and the form show a refusal ({@link PageErrors}). */
	static final String BOARD_PLACE = "board";

	static final String FORM_PLACE = "form";

	private final InterpretationLog log;

	private final PracticeSessions sessions;

	private final RunPage page;

	private final DotVoting voting;

	InterpretationController(InterpretationLog log, PracticeSessions sessions, RunPage page, DotVoting voting) {
		this.voting = voting;
		this.log = log;
		this.sessions = sessions;
		this.page = page;
	}

	@GetMapping("/sessions/{id}/run/board")
	String board(CurrentMember me, @PathVariable long id, Model model) {
		this.page.board(me, this.sessions.view(me, id), model);
		return BOARD;
	}

	/**
	 * The "about" choice of the interpretation form for one customer: its detected
	 * signals and recent timeline events; the form reloads it when the customer changes.
	 */
	@GetMapping("/sessions/{id}/run/about")
	String about(CurrentMember me, @PathVariable long id, @RequestParam(required = false) Long customerId,
			Model model) {
		this.page.about(me, this.sessions.view(me, id), customerId, model);
		return ABOUT;
	}

	@PostMapping("/sessions/{id}/run/interpretations")
	String post(CurrentMember me, @PathVariable long id, @ModelAttribute("form") InterpretationForm form,
			BindingResult result, HtmxRequest htmx, Model model, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			PageErrors.show(model, FORM_PLACE, "session.interpretation.invalid");
			return formAnswer(me, id, htmx, model);
		}
		try {
			this.log.record(me, id, form.draft());
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			PageErrors.show(model, FORM_PLACE, violation);
			return formAnswer(me, id, htmx, model);
		}
		if (!htmx.isHtmxRequest()) {
			return "redirect:/sessions/" + id + "/run";
		}
		model.addAttribute("form", InterpretationForm.forCustomer(form.customerId()));
		model.addAttribute("formSavedKey", "session.interpretation.saved");
		return formAnswer(me, id, htmx, model);
	}

	/**
	 * htmx gets the form back; a plain post the whole run page, with the form's message.
	 */
	private String formAnswer(CurrentMember me, long id, HtmxRequest htmx, Model model) {
		if (!htmx.isHtmxRequest()) {
			this.page.fill(me, id, model);
			return RunController.VIEW;
		}
		this.page.form(me, this.sessions.view(me, id), model);
		return FORM;
	}

	@PostMapping("/sessions/{id}/run/votes")
	String vote(CurrentMember me, @PathVariable long id, @RequestParam long interpretationId, HtmxRequest htmx,
			Model model, HttpServletResponse response) {
		return this.page.answerBoardChange(me, id, htmx, model, response,
				() -> this.voting.vote(me, id, interpretationId));
	}

	@PostMapping("/sessions/{id}/run/silence")
	String silence(CurrentMember me, @PathVariable long id, Model model, HttpServletResponse response) {
		try {
			this.log.silence(me, id);
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			PageErrors.show(model, BOARD_PLACE, violation);
		}
		return board(me, id, model);
	}

	@PostMapping("/sessions/{id}/run/reveal")
	String reveal(CurrentMember me, @PathVariable long id, Model model) {
		this.log.reveal(me, id);
		return board(me, id, model);
	}

}
