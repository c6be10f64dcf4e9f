package io.signalroom.session.web;

import java.util.List;

import io.signalroom.session.PracticeSessions;
import io.signalroom.session.running.Clustering;
import io.signalroom.shared.web.RuleViolation;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The facilitator arranges the board into clusters: groups checked interpretations,
 * renames a cluster, takes an interpretation out of one, deletes an empty one. Every
 * board of the session hears of it and re-fetches itself.
 */
@Controller
class ClusterController {

	private final Clustering clustering;

	private final PracticeSessions sessions;

	private final RunPage page;

	ClusterController(Clustering clustering, PracticeSessions sessions, RunPage page) {
		this.clustering = clustering;
		this.sessions = sessions;
		this.page = page;
	}

	@PostMapping("/sessions/{id}/run/clusters")
	String group(CurrentMember me, @PathVariable long id, @RequestParam(required = false) Long clusterId,
			@RequestParam(required = false) String name,
			@RequestParam(name = "entryIds", required = false) List<Long> entryIds,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		return answer(me, id, htmx, model, response, () -> this.clustering.group(me, id, clusterId, name, entryIds));
	}

	@PostMapping("/sessions/{id}/run/clusters/{clusterId}/name")
	String rename(CurrentMember me, @PathVariable long id, @PathVariable long clusterId,
			@RequestParam(required = false) String name,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		return answer(me, id, htmx, model, response, () -> this.clustering.rename(me, id, clusterId, name));
	}

	@PostMapping("/sessions/{id}/run/clusters/{clusterId}/remove")
	String remove(CurrentMember me, @PathVariable long id, @PathVariable long clusterId,
			@RequestParam long interpretationId, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, HttpServletResponse response) {
		return answer(me, id, htmx, model, response, () -> this.clustering.remove(me, id, clusterId, interpretationId));
	}

	@PostMapping("/sessions/{id}/run/clusters/{clusterId}/delete")
	String delete(CurrentMember me, @PathVariable long id, @PathVariable long clusterId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		return answer(me, id, htmx, model, response, () -> this.clustering.delete(me, id, clusterId));
	}

	/**
	 * htmx gets the board back (with the message on a refusal); a plain form post is
	 * redirected to the run page, or sees the whole page with the message.
	 */
	private String answer(CurrentMember me, long id, String htmx, Model model, HttpServletResponse response,
			Runnable change) {
		try {
			change.run();
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("boardErrorKey", violation.messageKey());
			model.addAttribute("boardErrorArgs", violation.arguments());
		}
		if (htmx == null) {
			if (response.getStatus() < 400) {
				return "redirect:/sessions/" + id + "/run";
			}
			this.page.fill(me, id, model);
			return RunController.VIEW;
		}
		this.page.board(me, this.sessions.view(me, id), model);
		return InterpretationController.BOARD;
	}

}
