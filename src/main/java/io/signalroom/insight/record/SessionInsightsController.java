package io.signalroom.insight.record;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.session.SessionBoard;
import io.signalroom.session.SessionBoards;
import io.signalroom.shared.web.FormErrors;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
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
 * The insights panel of the run page and the facilitator's insight draft: a cluster or a
 * top-voted interpretation becomes a pre-filled form, saved as an insight. Everyone in
 * the session sees the session's insights; every page re-fetches the panel when told
 * {@code insights-changed}.
 */
@Controller
class SessionInsightsController {

	static final String PANEL = "insight/record/panel :: panel";

	static final String DRAFT = "insight/record/draft";

	static final String DRAFT_FORM = "insight/record/draft :: draft-form";

	static final String SAVED = "insight/record/draft :: saved";

	private static final Set<String> SOURCES = Set.of("insight.draft.fromCluster", "insight.draft.fromInterpretation");

	private static final int TOP_VOTED = 5;

	private final SessionBoards boards;

	private final InsightDrafting drafting;

	private final InsightRecording recording;

	private final Insights insights;

	private final SignalTypeChoices signalTypes;

	SessionInsightsController(SessionBoards boards, InsightDrafting drafting, InsightRecording recording,
			Insights insights, SignalTypeChoices signalTypes) {
		this.boards = boards;
		this.drafting = drafting;
		this.recording = recording;
		this.insights = insights;
		this.signalTypes = signalTypes;
	}

	@GetMapping("/sessions/{id}/insights/panel")
	String panel(CurrentMember me, @PathVariable long id, Model model) {
		SessionBoard board = this.boards.read(me, id);
		List<Insight> recorded = this.insights.findByWorkspaceIdAndSessionIdOrderByCreatedAtAscIdAsc(me.workspaceId(),
				id);
		Set<Long> onBoard = board.entries().stream().map(SessionBoard.Entry::id).collect(Collectors.toSet());
		model.addAttribute("v", board.session());
		model.addAttribute("open", InsightMoment.isOpen(board.session()));
		model.addAttribute("insights", recorded);
		model.addAttribute("aim", InsightMoment.AIM);
		model.addAttribute("canDraft", me.canFacilitate());
		model.addAttribute("clusters",
				board.clusters().stream().filter((c) -> c.entryIds().stream().anyMatch(onBoard::contains)).toList());
		model.addAttribute("topVoted", board.topVoted(TOP_VOTED));
		return PANEL;
	}

	@GetMapping("/sessions/{id}/insights/new")
	String draft(CurrentMember me, @PathVariable long id, @RequestParam(required = false) Long cluster,
			@RequestParam(required = false) Long interpretation, HtmxRequest htmx, Model model) {
		SessionBoard board = this.boards.read(me, id);
		InsightRecording.requireFacilitator(me);
		InsightDraft draft;
		if (cluster != null) {
			draft = this.drafting.fromCluster(board, cluster);
		}
		else if (interpretation != null) {
			draft = this.drafting.fromInterpretation(board, interpretation);
		}
		else {
			throw new NotFoundException("Draft source");
		}
		form(me, board, draft, InsightForm.of(draft), model);
		return htmx.isHtmxRequest() ? DRAFT_FORM : DRAFT;
	}

	@PostMapping("/sessions/{id}/insights")
	String create(CurrentMember me, @PathVariable long id, @ModelAttribute("form") InsightForm form,
			BindingResult result, HtmxRequest htmx, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		SessionBoard board = this.boards.read(me, id);
		InsightRecording.requireFacilitator(me);
		if (!result.hasErrors()) {
			try {
				Insight saved = this.recording.record(me, id, form);
				if (!htmx.isHtmxRequest()) {
					redirect.addFlashAttribute("successKey", "insight.saved");
					return "redirect:/sessions/" + id + "/run";
				}
				model.addAttribute("saved", saved);
				return SAVED;
			}
			catch (RuleViolation violation) {
				FormErrors.reject(result, violation);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		form(me, board, evidenceOnBoard(board, form), form, model);
		return htmx.isHtmxRequest() ? DRAFT_FORM : DRAFT;
	}

	/** The submitted evidence that is on the board; the rest is left out, as said. */
	private InsightDraft evidenceOnBoard(SessionBoard board, InsightForm form) {
		Set<Long> onBoard = board.entries().stream().map(SessionBoard.Entry::id).collect(Collectors.toSet());
		List<Long> kept = form.readableEvidenceIds().stream().filter(onBoard::contains).toList();
		return this.drafting.forEvidence(board, kept);
	}

	private void form(CurrentMember me, SessionBoard board, InsightDraft draft, InsightForm form, Model model) {
		model.addAttribute("v", board.session());
		model.addAttribute("draft", draft);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("sourceKey",
				(form.sourceKey() != null && SOURCES.contains(form.sourceKey())) ? form.sourceKey() : null);
		model.addAttribute("categories", InsightCategory.values());
		model.addAttribute("statuses", InsightStatus.values());
		model.addAttribute("signalTypes", this.signalTypes.active(me.workspaceId()));
		model.addAttribute("maxStatement", InsightContent.MAX_STATEMENT);
		model.addAttribute("maxTestPlan", InsightContent.MAX_TEST_PLAN);
		model.addAttribute("maxTags", InsightContent.MAX_TAGS);
		model.addAttribute("maxTag", InsightContent.MAX_TAG);
	}

}
