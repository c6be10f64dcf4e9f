package io.signalroom.customer.book;

import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.signalroom.customer.TimelinePage;
import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.EventType;
import io.signalroom.customer.TimelineMarker;
import io.signalroom.customer.TimelineMarkers;
import io.signalroom.shared.web.NotFoundException;
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
 * list alone. By id it shows the customer as the workspace does; by pseudonym
 * ({@code /customers/p/K7QM2}, where links from pages that show pseudonyms lead) it keeps
 * the pseudonym whatever the workspace's setting.
 */
@Controller
class CustomerTimelineController {

	static final String VIEW = "customer/timeline";

	static final String EVENTS_FRAGMENT = "customer/timeline :: events";

	private final CustomerTimeline timeline;

	private final Pseudonyms pseudonyms;

	private final List<TimelineMarkers> markerSources;

	CustomerTimelineController(CustomerTimeline timeline, Pseudonyms pseudonyms, List<TimelineMarkers> markerSources) {
		this.timeline = timeline;
		this.pseudonyms = pseudonyms;
		this.markerSources = markerSources;
	}

	@GetMapping("/customers/{id}")
	String show(CurrentMember me, @PathVariable long id, @RequestParam(required = false) Department department,
			@RequestParam(required = false) EventType type, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String chart, HtmxRequest htmx, Model model, HttpServletResponse response) {
		return show(me, id, CustomerLens.workspace(), department, type, page, chart, htmx, model, response);
	}

	@GetMapping("/customers/p/{code}")
	String showPseudonym(CurrentMember me, @PathVariable String code,
			@RequestParam(required = false) Department department, @RequestParam(required = false) EventType type,
			@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String chart, HtmxRequest htmx,
			Model model, HttpServletResponse response) {
		long id = Pseudonyms.codeIn(code)
			.flatMap((c) -> this.pseudonyms.customerOf(me.workspaceId(), Pseudonyms.WORKSPACE, c))
			.orElseThrow(() -> new NotFoundException("Customer"));
		return show(me, id, CustomerLens.pseudonyms(), department, type, page, chart, htmx, model, response);
	}

	private String show(CurrentMember me, long id, CustomerLens lens, Department department, EventType type, int page,
			String chart, HtmxRequest htmx, Model model, HttpServletResponse response) {
		TimelinePage shown = this.timeline.read(me.workspaceId(), id, lens, department, type, page,
				"type".equals(chart));
		model.addAttribute("timeline", shown);
		model.addAttribute("markers", markers(me.workspaceId(), id,
				shown.customer().pseudonymized() ? TimelineMarker::withoutLink : UnaryOperator.identity()));
		response.addHeader("Vary", "HX-Request");
		return (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) ? EVENTS_FRAGMENT : VIEW;
	}

	/** Newest first, like the event list. */
	private List<TimelineMarker> markers(long workspaceId, long customerId, UnaryOperator<TimelineMarker> shown) {
		return this.markerSources.stream()
			.flatMap((source) -> source.markersFor(workspaceId, customerId).stream())
			.map(shown)
			.sorted(Comparator.comparing(TimelineMarker::at).reversed())
			.toList();
	}

}
