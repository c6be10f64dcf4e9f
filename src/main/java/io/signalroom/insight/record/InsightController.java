package io.signalroom.insight.record;

import java.time.ZoneOffset;

import io.signalroom.shared.web.FormErrors;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One insight's page, for everyone in the workspace: statement, facets, the evidence
 * trail, status history and actions. Managers and admins validate, refute or reopen it
 * there.
 */
@Controller
class InsightController {

	static final String SHOW = "insight/record/show";

	private final InsightTrail trail;

	private final InsightRecording recording;

	InsightController(InsightTrail trail, InsightRecording recording) {
		this.trail = trail;
		this.recording = recording;
	}

	@GetMapping("/insights/{id:\\d+}")
	String show(CurrentMember me, @PathVariable long id, Model model) {
		InsightPage page = this.trail.read(me, id);
		model.addAttribute("page", page);
		model.addAttribute("canJudge", me.canManage());
		model.addAttribute("utc", ZoneOffset.UTC);
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", StatusForm.fresh(page.insight()));
		}
		return SHOW;
	}

	@PostMapping("/insights/{id:\\d+}/status")
	String changeStatus(CurrentMember me, @PathVariable long id, @ModelAttribute("statusForm") StatusForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.recording.get(me, id);
		InsightRecording.requireManager(me);
		if (!result.hasErrors()) {
			try {
				this.recording.changeStatus(me, id, form.seenVersion(), form.status(), form.reason());
				redirect.addFlashAttribute("successKey", "insight.status.changed");
				return "redirect:/insights/" + id;
			}
			catch (StatusConflict conflict) {
				return conflict(form, conflict, model, response, me, id);
			}
			catch (ObjectOptimisticLockingFailureException lostRace) {
				return conflict(form, this.recording.conflict(me, id), model, response, me, id);
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(me, id, model);
	}

	/**
	 * Keeps this manager's choice and reason, now based on the stored version: sending
	 * again applies them on top of the other change, which stays in the history.
	 */
	private String conflict(StatusForm form, StatusConflict conflict, Model model, HttpServletResponse response,
			CurrentMember me, long id) {
		model.addAttribute("statusForm", form.rebasedOn(conflict.currentVersion()));
		model.addAttribute("conflict", conflict);
		response.setStatus(HttpStatus.CONFLICT.value());
		return show(me, id, model);
	}

}
