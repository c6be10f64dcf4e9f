package io.signalroom.insight.action;

import java.time.LocalDate;

import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.MemberDirectory;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's action tracker and "my actions", both filterable, and closing an action
 * (done or dropped) from either.
 */
@Controller
class ActionTrackerController {

	static final String VIEW = "insight/action/tracker";

	private final ActionTracker tracker;

	private final MemberDirectory members;

	ActionTrackerController(ActionTracker tracker, MemberDirectory members) {
		this.tracker = tracker;
		this.members = members;
	}

	@GetMapping("/actions")
	String team(CurrentMember me, @RequestParam(name = "show", required = false) String show,
			@RequestParam(required = false) Long owner, Model model) {
		return page(me, ActionFilter.fromKey(show), owner, false, model);
	}

	@GetMapping("/actions/mine")
	String mine(CurrentMember me, @RequestParam(name = "show", required = false) String show, Model model) {
		return page(me, ActionFilter.fromKey(show), me.userId(), true, model);
	}

	private String page(CurrentMember me, ActionFilter filter, Long owner, boolean mine, Model model) {
		LocalDate today = this.tracker.today();
		model.addAttribute("mine", mine);
		model.addAttribute("filter", filter);
		model.addAttribute("filters", ActionFilter.values());
		model.addAttribute("owner", owner);
		model.addAttribute("owners", this.members.activeMembers(me.workspaceId()));
		model.addAttribute("counts", this.tracker.counts(me, owner, today));
		model.addAttribute("actions", this.tracker.list(me, filter, owner, today));
		model.addAttribute("today", today);
		model.addAttribute("maxNote", ActionItem.MAX_NOTE);
		return VIEW;
	}

	@PostMapping("/actions/{id}/complete")
	String complete(CurrentMember me, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String note, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		return close(id, back, redirect, "action.completed", () -> this.tracker.complete(me, id, version, note));
	}

	@PostMapping("/actions/{id}/drop")
	String drop(CurrentMember me, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String note, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		return close(id, back, redirect, "action.dropped", () -> this.tracker.drop(me, id, version, note));
	}

	private String close(long id, String back, RedirectAttributes redirect, String successKey, Runnable closing) {
		try {
			closing.run();
			redirect.addFlashAttribute("successKey", successKey);
		}
		catch (ObjectOptimisticLockingFailureException clash) {
			PageErrors.flash(redirect, "action.changedMeanwhile");
		}
		return "redirect:" + ("mine".equals(back) ? "/actions/mine" : "/actions") + "#action-" + id;
	}

}
