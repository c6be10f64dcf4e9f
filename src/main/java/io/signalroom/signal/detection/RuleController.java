package io.signalroom.signal.detection;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.customer.EventType;
import io.signalroom.shared.web.PageErrors;
import io.signalroom.signal.taxonomy.EditConflict;
import io.signalroom.signal.taxonomy.SignalType;
import io.signalroom.signal.taxonomy.TaxonomyService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The detection rule of a signal type, edited in a form: preview what it would flag, then
 * save. Also runs all rules on demand.
 */
@Controller
class RuleController {

	static final String FORM = "signal/rule-form";

	static final String PREVIEW_FRAGMENT = "signal/rule-form :: preview";

	private final TaxonomyService taxonomy;

	private final SignalDetection detection;

	RuleController(TaxonomyService taxonomy, SignalDetection detection) {
		this.taxonomy = taxonomy;
		this.detection = detection;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("kinds", ConditionKind.values());
		model.addAttribute("eventTypes", EventType.values());
	}

	@GetMapping("/signals/{id}/rule")
	String form(CurrentMember me, @PathVariable long id, Model model) {
		TaxonomyService.requireEditor(me);
		SignalType type = this.taxonomy.get(me, id);
		model.addAttribute("type", type);
		model.addAttribute("ruleForm", RuleForm.of(type.rule()));
		model.addAttribute("version", type.getVersion());
		return FORM;
	}

	/** Counts and shows a few customers the rule would flag, without saving it. */
	@PostMapping("/signals/{id}/rule/preview")
	String preview(CurrentMember me, @PathVariable long id, @ModelAttribute("ruleForm") RuleForm form,
			BindingResult result, @RequestParam(defaultValue = "0") long version, HtmxRequest htmx, Model model,
			HttpServletResponse response) {
		TaxonomyService.requireEditor(me);
		SignalType type = this.taxonomy.get(me, id);
		DetectionRule rule = form.toRule(result);
		if (rule != null) {
			model.addAttribute("preview", this.detection.preview(me.workspaceId(), rule));
		}
		else {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		if (htmx.isHtmxRequest()) {
			return PREVIEW_FRAGMENT;
		}
		model.addAttribute("type", type);
		model.addAttribute("version", version);
		return FORM;
	}

	@PostMapping("/signals/{id}/rule")
	String save(CurrentMember me, @PathVariable long id, @ModelAttribute("ruleForm") RuleForm form,
			BindingResult result, @RequestParam long version,
			@RequestParam(required = false, defaultValue = "") String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TaxonomyService.requireEditor(me);
		SignalType type = this.taxonomy.get(me, id);
		DetectionRule rule = form.toRule(result);
		if (rule != null) {
			RulePreview preview = this.detection.preview(me.workspaceId(), rule);
			try {
				this.taxonomy.changeRule(me, id, version, rule, reason.isBlank() ? "Detection rule changed" : reason);
				// the inbox shows what the new rule flags at once, not after the next
				// import
				this.detection.evaluateType(me.workspaceId(), id);
				if (preview.flagsEveryone()) {
					PageErrors.flash(redirect, "rule.flagsEveryone", preview.flagged());
				}
				else {
					redirect.addFlashAttribute("successKey", "rule.saved");
					redirect.addFlashAttribute("successArgs", new Object[] { preview.flagged() });
				}
				return "redirect:/signals/" + id;
			}
			catch (EditConflict conflict) {
				model.addAttribute("conflict", conflict);
				version = conflict.current().getVersion();
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		else {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("type", type);
		model.addAttribute("version", version);
		return FORM;
	}

	@PostMapping("/signals/evaluate")
	String evaluate(CurrentMember me, RedirectAttributes redirect) {
		TaxonomyService.requireEditor(me);
		Evaluation evaluation = this.detection.evaluateAll(me.workspaceId());
		redirect.addFlashAttribute("successKey", "rule.evaluated");
		redirect.addFlashAttribute("successArgs", new Object[] { evaluation.raised(), evaluation.resolved() });
		return "redirect:/alerts";
	}

}
