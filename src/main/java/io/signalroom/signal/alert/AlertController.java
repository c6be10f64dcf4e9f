package io.signalroom.signal.alert;

import io.signalroom.signal.DetectedSignalView;
import io.signalroom.signal.Sentiment;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.scorecard.ScorecardForm;
import io.signalroom.signal.taxonomy.TaxonomyService;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alerts inbox ("what should support look at today") and one alert with its proof.
 */
@Controller
class AlertController {

	static final String INBOX = "signal/alerts";

	static final String SHOW = "signal/alert";

	private final AlertInbox inbox;

	AlertController(AlertInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/alerts")
	String inbox(CurrentMember me, @RequestParam(required = false) String show,
			@RequestParam(required = false) String department, @RequestParam(required = false) String category,
			@RequestParam(required = false) String type, @RequestParam(required = false) String page, Model model) {
		InboxPage inbox = this.inbox.page(me, InboxFilter.parse(show, department, category, type, page));
		model.addAttribute("inbox", inbox);
		model.addAttribute("filter", inbox.filter());
		model.addAttribute("alerts", inbox.alerts());
		model.addAttribute("department", inbox.filter().department());
		model.addAttribute("show", inbox.filter().view());
		model.addAttribute("views", InboxView.values());
		model.addAttribute("departments", Department.values());
		model.addAttribute("categories", SignalCategory.values());
		model.addAttribute("canEvaluate", TaxonomyService.canEdit(me));
		return INBOX;
	}

	@GetMapping("/alerts/{id}")
	String show(CurrentMember me, @PathVariable long id, Model model) {
		DetectedSignalView alert = this.inbox.get(me, id);
		model.addAttribute("alert", alert);
		model.addAttribute("evidence", this.inbox.evidence(me, id));
		model.addAttribute("members", this.inbox.assignableMembers(me));
		model.addAttribute("sentiments", Sentiment.values());
		if (!model.containsAttribute("scorecardForm")) {
			model.addAttribute("scorecardForm",
					new ScorecardForm(id, 3, alert.urgency(), alert.urgency(), Sentiment.NEUTRAL, ""));
		}
		return SHOW;
	}

	@PostMapping("/alerts/{id}/acknowledge")
	String acknowledge(CurrentMember me, @PathVariable long id, RedirectAttributes redirect) {
		this.inbox.acknowledge(me, id);
		redirect.addFlashAttribute("successKey", "alert.acknowledged");
		return "redirect:/alerts/" + id;
	}

	@PostMapping("/alerts/{id}/assign")
	String assign(CurrentMember me, @PathVariable long id, @RequestParam long assignee, RedirectAttributes redirect) {
		this.inbox.assign(me, id, assignee);
		redirect.addFlashAttribute("successKey", "alert.assigned");
		return "redirect:/alerts/" + id;
	}

	@PostMapping("/alerts/{id}/dismiss")
	String dismiss(CurrentMember me, @PathVariable long id,
			@RequestParam(required = false, defaultValue = "") String reason, RedirectAttributes redirect) {
		this.inbox.dismiss(me, id, reason);
		redirect.addFlashAttribute("successKey", "alert.dismissed");
		return "redirect:/alerts";
	}

}
