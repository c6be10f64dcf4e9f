package io.signalroom.insight.action;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.shared.RuleViolation;
import io.signalroom.shared.web.FormErrors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A session's action items on its run page: the list everyone follows live, and the form
 * facilitators add them with. Without htmx the form is a page of its own.
 */
@Controller
class SessionActionController {

	static final String LIST = "insight/action/session :: list";

	static final String FORM = "insight/action/session :: form";

	static final String PAGE = "insight/action/new";

	private final SessionActions actions;

	SessionActionController(SessionActions actions) {
		this.actions = actions;
	}

	@GetMapping("/sessions/{id}/actions")
	String list(CurrentMember me, @PathVariable long id, Model model) {
		SessionActions.Choices choices = this.actions.choices(me, id);
		model.addAttribute("v", choices.session());
		model.addAttribute("actions", this.actions.of(me, id));
		model.addAttribute("canAdd", me.canFacilitate() && !choices.session().status().isFinal());
		return LIST;
	}

	@GetMapping("/sessions/{id}/actions/new")
	String form(CurrentMember me, @PathVariable long id, HtmxRequest htmx, Model model) {
		this.actions.requireAdder(me, id);
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", ActionForm.empty());
		}
		fillForm(me, id, model);
		return htmx.isHtmxRequest() ? FORM : PAGE;
	}

	@PostMapping("/sessions/{id}/actions")
	String add(CurrentMember me, @PathVariable long id, @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, HtmxRequest htmx, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.actions.requireAdder(me, id);
		if (!result.hasErrors()) {
			try {
				this.actions.add(me, id, form.draft());
				if (!htmx.isHtmxRequest()) {
					redirect.addFlashAttribute("successKey", "action.added");
					return "redirect:/sessions/" + id + "/run";
				}
				model.addAttribute("actionForm", ActionForm.empty());
				model.addAttribute("addedKey", "action.added");
				fillForm(me, id, model);
				return FORM;
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
				model.addAttribute("pastDue", "action.due.past".equals(violation.messageKey()));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		fillForm(me, id, model);
		return htmx.isHtmxRequest() ? FORM : PAGE;
	}

	private void fillForm(CurrentMember me, long id, Model model) {
		SessionActions.Choices choices = this.actions.choices(me, id);
		model.addAttribute("v", choices.session());
		model.addAttribute("choices", choices);
		model.addAttribute("canAdd", me.canFacilitate() && !choices.session().status().isFinal());
		model.addAttribute("maxTitle", ActionItem.MAX_TITLE);
		model.addAttribute("today", this.actions.today());
	}

}
