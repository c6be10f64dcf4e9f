package io.signalroom.insight.wrapup;

import io.signalroom.workspace.CurrentMember;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The recap card's content on the run page, fetched when the page opens and again
 * whenever action items change.
 */
@Controller
class RecapController {

	static final String RECAP = "insight/wrapup/recap :: recap";

	private final OpeningRecap recaps;

	RecapController(OpeningRecap recaps) {
		this.recaps = recaps;
	}

	@GetMapping("/sessions/{id}/recap")
	String recap(CurrentMember me, @PathVariable long id, Model model) {
		model.addAttribute("recap", this.recaps.of(me, id));
		return RECAP;
	}

}
