package io.signalroom.playbook;

import io.signalroom.shared.web.FormErrors;
import io.signalroom.shared.RuleViolation;
import io.signalroom.signal.SignalTypeSummary;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The playbook page (everyone in the workspace reads it) and the follow-up template form
 * (managers and admins).
 */
@Controller
class PlaybookController {

	static final String PAGE = "playbook/playbook";

	static final String TEMPLATE_FORM = "playbook/template-form";

	private final Playbook playbook;

	private final TemplateEditing editing;

	private final SignalGuide signals;

	PlaybookController(Playbook playbook, TemplateEditing editing, SignalGuide signals) {
		this.playbook = playbook;
		this.editing = editing;
		this.signals = signals;
	}

	@GetMapping("/playbook")
	String playbook(CurrentMember me, Model model) {
		model.addAttribute("playbook", this.playbook.assemble(me));
		model.addAttribute("canEdit", me.canManage());
		return PAGE;
	}

	@GetMapping("/playbook/templates/new")
	String newTemplate(CurrentMember me, @RequestParam(required = false) Long signalTypeId, Model model) {
		TemplateEditing.requireEditor(me);
		if (!model.containsAttribute("templateForm")) {
			String title = this.signals.activeTypes(me.workspaceId())
				.stream()
				.filter((t) -> signalTypeId != null && t.id() == signalTypeId)
				.map(SignalTypeSummary::name)
				.findFirst()
				.orElse("");
			model.addAttribute("templateForm",
					TemplateForm.forSignalType(title.isEmpty() ? null : signalTypeId, title));
		}
		return form(me, model, null);
	}

	@PostMapping("/playbook/templates")
	String create(CurrentMember me, @Valid @ModelAttribute("templateForm") TemplateForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TemplateEditing.requireEditor(me);
		if (!result.hasErrors()) {
			try {
				FollowUpTemplate template = this.editing.create(me, form);
				redirect.addFlashAttribute("successKey", "playbook.template.created");
				return "redirect:/playbook#template-" + template.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(me, model, null);
	}

	@GetMapping("/playbook/templates/{id}/edit")
	String edit(CurrentMember me, @PathVariable long id, Model model) {
		TemplateEditing.requireEditor(me);
		model.addAttribute("templateForm", TemplateForm.of(this.editing.get(me, id)));
		return form(me, model, id);
	}

	@PostMapping("/playbook/templates/{id}")
	String update(CurrentMember me, @PathVariable long id, @Valid @ModelAttribute("templateForm") TemplateForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TemplateEditing.requireEditor(me);
		this.editing.get(me, id);
		if (!result.hasErrors()) {
			try {
				this.editing.change(me, id, form);
				redirect.addFlashAttribute("successKey", "playbook.template.saved");
				return "redirect:/playbook#template-" + id;
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
			catch (ObjectOptimisticLockingFailureException conflict) {
				FormErrors.reject(result, new RuleViolation(null, "playbook.template.conflict"));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(me, model, id);
	}

	@PostMapping("/playbook/templates/{id}/delete")
	String delete(CurrentMember me, @PathVariable long id, RedirectAttributes redirect) {
		this.editing.delete(me, id);
		redirect.addFlashAttribute("successKey", "playbook.template.deleted");
		return "redirect:/playbook";
	}

	private String form(CurrentMember me, Model model, Long templateId) {
		model.addAttribute("signalTypes", this.signals.activeTypes(me.workspaceId()));
		model.addAttribute("templateId", templateId);
		return TEMPLATE_FORM;
	}

}
