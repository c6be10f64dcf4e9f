package io.signalroom.signal.taxonomy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Clock;

import io.signalroom.shared.web.FormErrors;
import io.signalroom.shared.RuleViolation;
import io.signalroom.signal.Sentiment;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.SignalNature;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.signal.detection.SignalDetection;
import io.signalroom.signal.scorecard.ScorecardForm;
import io.signalroom.signal.scorecard.Scorecards;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
 * The signal taxonomy library: browse and search, one signal type's page, editing with
 * conflict detection, and the quarterly review.
 */
@Controller
class TaxonomyController {

	static final String LIST = "signal/types";

	static final String SHOW = "signal/type";

	static final String FORM = "signal/type-form";

	static final String REVIEW = "signal/review";

	private static final int SHOWING_NOW = 20;

	private final TaxonomyService taxonomy;

	private final SignalDetection detection;

	private final Scorecards scorecards;

	private final Clock clock;

	TaxonomyController(TaxonomyService taxonomy, SignalDetection detection, Scorecards scorecards, Clock clock) {
		this.taxonomy = taxonomy;
		this.detection = detection;
		this.scorecards = scorecards;
		this.clock = clock;
	}

	@ModelAttribute
	void options(Model model, CurrentMember me) {
		model.addAttribute("categories", SignalCategory.values());
		model.addAttribute("natures", SignalNature.values());
		model.addAttribute("sentiments", Sentiment.values());
		model.addAttribute("departments", Department.values());
		model.addAttribute("canEdit", TaxonomyService.canEdit(me));
	}

	@GetMapping("/signals")
	String list(CurrentMember me, @RequestParam(required = false) SignalCategory category,
			@RequestParam(required = false, defaultValue = "") String q,
			@RequestParam(required = false, defaultValue = "false") boolean retired, Model model) {
		model.addAttribute("types", this.taxonomy.browse(me, category, q, retired));
		model.addAttribute("category", category);
		model.addAttribute("q", q);
		model.addAttribute("retired", retired);
		model.addAttribute("dueCount", this.taxonomy.dueForReview(me).size());
		return LIST;
	}

	@GetMapping("/signals/{id}")
	String show(CurrentMember me, @PathVariable long id, Model model) {
		SignalType type = this.taxonomy.get(me, id);
		DetectionRule rule = type.rule();
		model.addAttribute("type", type);
		model.addAttribute("rule", rule);
		model.addAttribute("showingNow", (rule != null && !type.isRetired())
				? this.detection.showingNow(me.workspaceId(), rule, SHOWING_NOW) : java.util.List.of());
		model.addAttribute("spread", this.scorecards.spread(me, id));
		model.addAttribute("revisions", this.taxonomy.revisions(me, id));
		if (!model.containsAttribute("scorecardForm")) {
			model.addAttribute("scorecardForm", ScorecardForm.empty());
		}
		model.addAttribute("today", today());
		return SHOW;
	}

	@GetMapping("/signals/new")
	String newForm(CurrentMember me, Model model) {
		TaxonomyService.requireEditor(me);
		model.addAttribute("form", SignalTypeForm.empty(today()));
		return FORM;
	}

	@PostMapping("/signals")
	String create(CurrentMember me, @Valid @ModelAttribute("form") SignalTypeForm form, BindingResult result,
			HttpServletResponse response, RedirectAttributes redirect) {
		TaxonomyService.requireEditor(me);
		if (!result.hasErrors()) {
			try {
				SignalType type = this.taxonomy.create(me, form.content(), form.reason());
				redirect.addFlashAttribute("successKey", "signal.created");
				return "redirect:/signals/" + type.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return FORM;
	}

	@GetMapping("/signals/{id}/edit")
	String editForm(CurrentMember me, @PathVariable long id, Model model) {
		TaxonomyService.requireEditor(me);
		SignalType type = this.taxonomy.get(me, id);
		model.addAttribute("type", type);
		model.addAttribute("form", SignalTypeForm.of(type));
		return FORM;
	}

	@PostMapping("/signals/{id}")
	String update(CurrentMember me, @PathVariable long id, @Valid @ModelAttribute("form") SignalTypeForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TaxonomyService.requireEditor(me);
		SignalType type = this.taxonomy.get(me, id);
		model.addAttribute("type", type);
		if (!result.hasErrors()) {
			try {
				this.taxonomy.update(me, id, (form.version() != null) ? form.version() : -1, form.content(),
						form.reason());
				redirect.addFlashAttribute("successKey", "signal.saved");
				return "redirect:/signals/" + id;
			}
			catch (EditConflict conflict) {
				// keep this editor's values, now based on the stored version: saving
				// again
				// applies them on top, and the other edit stays in the revisions
				model.addAttribute("form", form.rebasedOn(conflict.current().getVersion()));
				model.addAttribute("conflict", conflict);
				response.setStatus(HttpStatus.CONFLICT.value());
				return FORM;
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return FORM;
	}

	@GetMapping("/signals/review")
	String review(CurrentMember me, Model model) {
		model.addAttribute("types", this.taxonomy.dueForReview(me));
		return REVIEW;
	}

	@PostMapping("/signals/{id}/review")
	String reviewed(CurrentMember me, @PathVariable long id, @RequestParam String action,
			@RequestParam(required = false, defaultValue = "") String reason, RedirectAttributes redirect) {
		String why = reason.isBlank() ? "Quarterly review" : reason.strip();
		if ("retire".equals(action)) {
			this.taxonomy.retire(me, id, why);
			redirect.addFlashAttribute("successKey", "signal.retired");
		}
		else {
			this.taxonomy.confirmReview(me, id, why);
			redirect.addFlashAttribute("successKey", "signal.confirmed");
		}
		return "redirect:/signals/review";
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
