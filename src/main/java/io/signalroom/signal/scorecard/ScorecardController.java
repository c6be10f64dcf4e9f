package io.signalroom.signal.scorecard;

import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Any member rates a signal type, or one detected signal of it, and goes back to where
 * they rated it.
 */
@Controller
class ScorecardController {

	private final Scorecards scorecards;

	ScorecardController(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@PostMapping("/signals/{id}/scorecards")
	String rate(CurrentMember me, @PathVariable long id, @Valid @ModelAttribute("scorecardForm") ScorecardForm form,
			BindingResult result, RedirectAttributes redirect) {
		String back = (form.detectedSignalId() != null) ? "redirect:/alerts/" + form.detectedSignalId()
				: "redirect:/signals/" + id;
		if (result.hasErrors()) {
			PageErrors.flash(redirect, "scorecard.invalid");
			return back;
		}
		this.scorecards.rate(me, id, form);
		redirect.addFlashAttribute("successKey", "scorecard.saved");
		return back;
	}

}
