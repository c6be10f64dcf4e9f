package io.signalroom.session.running;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.customer.TimelineEventSummary;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionView;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.session.running.Interpretation;
import io.signalroom.session.running.InterpretationLog;
import io.signalroom.session.running.InterpretationTexts;
import io.signalroom.session.running.LinkableEvents;
import io.signalroom.session.running.RoundRobin;
import io.signalroom.session.running.DotVoting;
import io.signalroom.session.running.Clustering;
import io.signalroom.session.running.SessionTopics;
import io.signalroom.signal.DetectedSignalView;
import io.signalroom.signal.Sentiment;
import io.signalroom.signal.SignalCategory;
import io.signalroom.signal.SignalTaxonomy;
import io.signalroom.shared.RuleViolation;
import io.signalroom.shared.web.PageErrors;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the run page and its fragments (stage, form, board) show one viewer.
 */
@Component
class RunPage {

	private final PracticeSessions sessions;

	private final SessionPlanning planning;

	private final InterpretationLog log;

	private final CustomerCatalog customers;

	private final SignalTaxonomy signals;

	private final RoundRobin roundRobin;

	private final DotVoting voting;

	private final Clustering clustering;

	private final LinkableEvents events;

	private final InterpretationTexts texts;

	RunPage(PracticeSessions sessions, SessionPlanning planning, InterpretationLog log, CustomerCatalog customers,
			SignalTaxonomy signals, RoundRobin roundRobin, DotVoting voting, Clustering clustering,
			LinkableEvents events, InterpretationTexts texts) {
		this.events = events;
		this.texts = texts;
		this.roundRobin = roundRobin;
		this.voting = voting;
		this.clustering = clustering;
		this.sessions = sessions;
		this.planning = planning;
		this.log = log;
		this.customers = customers;
		this.signals = signals;
	}

	void fill(CurrentMember me, long id, Model model) {
		SessionView view = this.sessions.view(me, id);
		stage(me, view, model);
		List<CustomerSummary> underReview = this.customers.summaries(me.workspaceId(), view.customerIds(), lens(view));
		Map<Long, List<DetectedSignalView>> detected = new LinkedHashMap<>();
		underReview.forEach(
				(c) -> detected.put(c.id(), this.signals.detectedSignalsFor(me.workspaceId(), c.id(), lens(view))));
		model.addAttribute("underReview", underReview);
		model.addAttribute("detected", detected);
		model.addAttribute("previous", this.sessions.previousInSeries(me, id).orElse(null));
		model.addAttribute("topic", SessionTopics.of(me.workspaceId(), id));
		form(me, view, model);
		board(me, view, model);
	}

	SessionView stage(CurrentMember me, SessionView view, Model model) {
		model.addAttribute("v", view);
		model.addAttribute("canRun", me.canFacilitate());
		model.addAttribute("members", this.planning.members(me.workspaceId()));
		model.addAttribute("current", (view.currentItem() != null) ? view.agenda().get(view.currentItem()) : null);
		model.addAttribute("speaking", this.roundRobin.current(me, view.id()).orElse(null));
		model.addAttribute("departments",
				view.participants()
					.stream()
					.filter((p) -> p.department() != null)
					.collect(Collectors.toMap(SessionView.Participant::userId, SessionView.Participant::department)));
		return view;
	}

	void form(CurrentMember me, SessionView view, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", InterpretationForm.empty());
		}
		if (!model.containsAttribute("underReview")) {
			List<CustomerSummary> underReview = this.customers.summaries(me.workspaceId(), view.customerIds(),
					lens(view));
			Map<Long, List<DetectedSignalView>> detected = new LinkedHashMap<>();
			underReview.forEach(
					(c) -> detected.put(c.id(), this.signals.detectedSignalsFor(me.workspaceId(), c.id(), lens(view))));
			model.addAttribute("underReview", underReview);
			model.addAttribute("detected", detected);
		}
		about(me, view, ((InterpretationForm) model.getAttribute("form")).customerId(), model);
		model.addAttribute("v", view);
		model.addAttribute("maxText", Interpretation.MAX_TEXT);
		model.addAttribute("canInterpret", view.isParticipant(me.userId()));
		model.addAttribute("categories", SignalCategory.values());
		model.addAttribute("sentiments", Sentiment.values());
	}

	/**
	 * What an interpretation of the chosen customer (else the first under review) may be
	 * about: its detected signals and its most recent timeline events.
	 */
	void about(CurrentMember me, SessionView view, Long customerId, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", InterpretationForm.empty());
		}
		Long chosen = (customerId != null && view.customerIds().contains(customerId)) ? customerId
				: view.customerIds().stream().findFirst().orElse(null);
		List<DetectedSignalView> signals = List.of();
		List<TimelineEventSummary> recent = List.of();
		if (chosen != null) {
			signals = this.signals.detectedSignalsFor(me.workspaceId(), chosen, lens(view));
			recent = this.events.recent(me, view, chosen);
		}
		model.addAttribute("v", view);
		model.addAttribute("aboutCustomerId", chosen);
		model.addAttribute("aboutSignals", signals);
		model.addAttribute("aboutEvents", recent);
	}

	/**
	 * Makes a change to the board and answers it: htmx gets the board back (with the
	 * message on a refusal); a plain form post is redirected to the run page, or sees the
	 * whole page with the message.
	 */
	String answerBoardChange(CurrentMember me, long id, HtmxRequest htmx, Model model, HttpServletResponse response,
			Runnable change) {
		try {
			change.run();
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			PageErrors.show(model, InterpretationController.BOARD_PLACE, violation);
		}
		if (!htmx.isHtmxRequest()) {
			if (response.getStatus() < 400) {
				return "redirect:/sessions/" + id + "/run";
			}
			fill(me, id, model);
			return RunController.VIEW;
		}
		board(me, this.sessions.view(me, id), model);
		return InterpretationController.BOARD;
	}

	void board(CurrentMember me, SessionView view, Model model) {
		List<Interpretation> entries = this.log.visibleTo(me, view.id());
		Map<Long, String> customerNames = this.customers.summaries(me.workspaceId(), view.customerIds(), lens(view))
			.stream()
			.collect(Collectors.toMap(CustomerSummary::id, CustomerSummary::name));
		Map<Long, String> memberNames = this.planning.members(me.workspaceId())
			.values()
			.stream()
			.collect(Collectors.toMap(WorkspaceMember::userId, WorkspaceMember::displayName));
		model.addAttribute("v", view);
		model.addAttribute("board", BoardView.of(view, entries, customerNames, memberNames));
		model.addAttribute("memberNames", memberNames);
		model.addAttribute("round", this.log.openRound(me, view.id()).orElse(null));
		model.addAttribute("canRun", me.canFacilitate());
		model.addAttribute("viewerId", me.userId());
		java.util.Set<Long> mine = this.voting.votesOf(me, view.id());
		model.addAttribute("tally", this.voting.tally(me.workspaceId(), view.id()));
		model.addAttribute("myVotes", mine);
		model.addAttribute("votesLeft", Math.max(0, DotVoting.ALLOWANCE - mine.size()));
		model.addAttribute("canVote", view.isParticipant(me.userId()) && view.status().isRunning());
		Map<Long, Interpretation> byId = entries.stream().collect(Collectors.toMap(Interpretation::getId, (i) -> i));
		model.addAttribute("entriesById", byId);
		model.addAttribute("texts", this.texts.shown(view, entries));
		evidence(me, view, entries, model);
		model.addAttribute("clusters", this.clustering.clusters(me.workspaceId(), view.id()));
		model.addAttribute("maxClusterName", Clustering.MAX_NAME);
	}

	/** The detected signals and timeline events the board's entries are about. */
	private void evidence(CurrentMember me, SessionView view, List<Interpretation> entries, Model model) {
		Map<Long, String> signalNames = new java.util.HashMap<>();
		entries.stream()
			.filter((i) -> i.getDetectedSignalId() != null)
			.map(Interpretation::getCustomerId)
			.distinct()
			.forEach((customerId) -> this.signals.detectedSignalsFor(me.workspaceId(), customerId, lens(view))
				.forEach((d) -> signalNames.put(d.id(), d.signalTypeName())));
		List<Long> eventIds = entries.stream()
			.map(Interpretation::getTimelineEventId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		model.addAttribute("signalNames", signalNames);
		model.addAttribute("linkedEvents", this.events.byIds(me.workspaceId(), eventIds, lens(view)));
	}

	/** The session's customers as its pseudonym switch shows them. */
	private static CustomerLens lens(SessionView view) {
		return CustomerLens.session(view.anonymizeCustomers());
	}

}
