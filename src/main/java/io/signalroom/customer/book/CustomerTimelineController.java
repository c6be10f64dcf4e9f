package io.signalroom.customer.book;

import java.util.Comparator;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.customer.EventType;
import io.signalroom.customer.TimelineMarker;
import io.signalroom.customer.TimelineMarkers;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A customer's timeline: attributes, activity chart, markers other modules put on it
 * (detected signals) and the events week by week. For htmx, the filtered and paged event
 * list alone.
 */
@Controller
class CustomerTimelineController {

	static final String VIEW = "customer/timeline";

	static final String EVENTS_FRAGMENT = "customer/timeline :: events";

	private final CustomerTimeline timeline;

	private final List<TimelineMarkers> markerSources;

	CustomerTimelineController(CustomerTimeline timeline, List<TimelineMarkers> markerSources) {
		this.timeline = timeline;
		this.markerSources = markerSources;
	}

	@GetMapping("/customers/{id}")
	String show(CurrentMember me, @PathVariable long id, @RequestParam(required = false) Department department,
			@RequestParam(required = false) EventType type, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String chart, HtmxRequest htmx, Model model, HttpServletResponse response) {
		model.addAttribute("timeline",
				this.timeline.read(me.workspaceId(), id, department, type, page, "type".equals(chart)));
		model.addAttribute("markers", markers(me.workspaceId(), id));
		response.addHeader("Vary", "HX-Request");
		return (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) ? EVENTS_FRAGMENT : VIEW;
	}

	/** Newest first, like the event list. */
	private List<TimelineMarker> markers(long workspaceId, long customerId) {
		return this.markerSources.stream()
			.flatMap((source) -> source.markersFor(workspaceId, customerId).stream())
			.sorted(Comparator.comparing(TimelineMarker::at).reversed())
			.toList();
	}

}
