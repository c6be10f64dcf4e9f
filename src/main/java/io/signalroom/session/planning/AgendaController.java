package io.signalroom.session.planning;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.session.planning.PracticeSession;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.shared.RuleViolation;
import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Edits a planned session's agenda. An htmx request gets the agenda editor back; a plain
 * form post is redirected to the session page.
 */
@Controller
class AgendaController {

	static final String FRAGMENT = "session/show :: agenda";

	private final SessionPlanning planning;

	AgendaController(SessionPlanning planning) {
		this.planning = planning;
	}

	@PostMapping("/sessions/{id}/agenda")
	String add(CurrentMember me, @PathVariable long id, @Valid @ModelAttribute("itemForm") AgendaItemForm form,
			BindingResult result, HtmxRequest htmx, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return apply(me, id, result, htmx, model, response, redirect,
				() -> this.planning.addItem(me, id, form.title(), form.minutes()));
	}

	@PostMapping("/sessions/{id}/agenda/{itemId}")
	String change(CurrentMember me, @PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute("changeForm") AgendaItemForm form, BindingResult result, HtmxRequest htmx,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return apply(me, id, result, htmx, model, response, redirect,
				() -> this.planning.changeItem(me, id, itemId, form.title(), form.minutes()));
	}

	@PostMapping("/sessions/{id}/agenda/{itemId}/remove")
	String remove(CurrentMember me, @PathVariable long id, @PathVariable long itemId, HtmxRequest htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return apply(me, id, null, htmx, model, response, redirect, () -> this.planning.removeItem(me, id, itemId));
	}

	@PostMapping("/sessions/{id}/agenda/{itemId}/up")
	String up(CurrentMember me, @PathVariable long id, @PathVariable long itemId, HtmxRequest htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return apply(me, id, null, htmx, model, response, redirect, () -> this.planning.moveItem(me, id, itemId, -1));
	}

	@PostMapping("/sessions/{id}/agenda/{itemId}/down")
	String down(CurrentMember me, @PathVariable long id, @PathVariable long itemId, HtmxRequest htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return apply(me, id, null, htmx, model, response, redirect, () -> this.planning.moveItem(me, id, itemId, 1));
	}

	private String apply(CurrentMember me, long id, BindingResult result, HtmxRequest htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Runnable change) {
		String errorKey = null;
		Object[] errorArgs = null;
		if (result != null && result.hasErrors()) {
			this.planning.get(me, id);
			SessionPlanning.requirePlannerOf(me);
			var error = result.getFieldErrors().get(0);
			errorKey = "title".equals(error.getField()) ? "session.agenda.titleInvalid" : "session.agenda.minutesRange";
			errorArgs = new Object[] { "title".equals(error.getField()) ? 120 : 240 };
		}
		else {
			try {
				change.run();
			}
			catch (RuleViolation violation) {
				errorKey = violation.messageKey();
				errorArgs = violation.arguments();
			}
		}
		if (!htmx.isHtmxRequest()) {
			if (errorKey != null) {
				PageErrors.flash(redirect, errorKey, errorArgs);
			}
			return "redirect:/sessions/" + id;
		}
		PracticeSession session = this.planning.get(me, id);
		model.addAttribute("s", session);
		model.addAttribute("canEdit", true);
		model.addAttribute("itemForm", new AgendaItemForm("", 10));
		if (errorKey != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			PageErrors.show(model, "agenda", errorKey, errorArgs);
		}
		return FRAGMENT;
	}

}
