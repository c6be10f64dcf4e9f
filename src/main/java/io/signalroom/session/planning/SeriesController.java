package io.signalroom.session.planning;

import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.workspace.CurrentMember;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A series: its sessions against their planned dates, and whether the cadence was kept.
 */
@Controller
class SeriesController {

	static final String VIEW = "session/series";

	private final SessionPlanning planning;

	SeriesController(SessionPlanning planning) {
		this.planning = planning;
	}

	@GetMapping("/sessions/series/{id}")
	String show(CurrentMember me, @PathVariable long id, Model model) {
		model.addAttribute("page", this.planning.series(me, id));
		model.addAttribute("members", this.planning.members(me.workspaceId()));
		return VIEW;
	}

}
