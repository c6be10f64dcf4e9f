package io.signalroom.session.running;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.session.running.Clustering;
import io.signalroom.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The facilitator arranges the board into clusters: groups checked interpretations,
 * renames a cluster, takes an interpretation out of one, deletes an empty one. Every
 * board of the session hears of it and re-fetches itself.
 */
@Controller
class ClusterController {

	private final Clustering clustering;

	private final RunPage page;

	ClusterController(Clustering clustering, RunPage page) {
		this.clustering = clustering;
		this.page = page;
	}

	@PostMapping("/sessions/{id}/run/clusters")
	String group(CurrentMember me, @PathVariable long id, @RequestParam(required = false) Long clusterId,
			@RequestParam(required = false) String name,
			@RequestParam(name = "entryIds", required = false) List<Long> entryIds, HtmxRequest htmx, Model model,
			HttpServletResponse response) {
		return this.page.answerBoardChange(me, id, htmx, model, response,
				() -> this.clustering.group(me, id, clusterId, name, entryIds));
	}

	@PostMapping("/sessions/{id}/run/clusters/{clusterId}/name")
	String rename(CurrentMember me, @PathVariable long id, @PathVariable long clusterId,
			@RequestParam(required = false) String name, HtmxRequest htmx, Model model, HttpServletResponse response) {
		return this.page.answerBoardChange(me, id, htmx, model, response,
				() -> this.clustering.rename(me, id, clusterId, name));
	}

	@PostMapping("/sessions/{id}/run/clusters/{clusterId}/remove")
	String remove(CurrentMember me, @PathVariable long id, @PathVariable long clusterId,
			@RequestParam long interpretationId, HtmxRequest htmx, Model model, HttpServletResponse response) {
		return this.page.answerBoardChange(me, id, htmx, model, response,
				() -> this.clustering.remove(me, id, clusterId, interpretationId));
	}

	@PostMapping("/sessions/{id}/run/clusters/{clusterId}/delete")
	String delete(CurrentMember me, @PathVariable long id, @PathVariable long clusterId, HtmxRequest htmx, Model model,
			HttpServletResponse response) {
		return this.page.answerBoardChange(me, id, htmx, model, response,
				() -> this.clustering.delete(me, id, clusterId));
	}

}
