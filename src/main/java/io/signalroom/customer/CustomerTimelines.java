package io.signalroom.customer;

import io.signalroom.customer.book.CustomerTimeline;
import io.signalroom.workspace.Department;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may show of a customer's timeline: one page of it (activity chart,
 * filter choices, events week by week) as seen through a lens, so an exercise's cut view
 * shows the customer under its pseudonym and only up to the cut. Pages render it with the
 * {@code customer/timeline} template's {@code chart} and {@code events} fragments.
 */
@Service
public class CustomerTimelines {

	private final CustomerTimeline timeline;

	CustomerTimelines(CustomerTimeline timeline) {
		this.timeline = timeline;
	}

	/**
	 * A page of the timeline; 404 for a customer of another workspace. Filters and page
	 * links keep to the lens's paths.
	 */
	@Transactional(readOnly = true)
	public TimelinePage page(long workspaceId, long customerId, CustomerLens lens, Department department,
			EventType type, int page, boolean chartByType) {
		return this.timeline.read(workspaceId, customerId, lens, department, type, page, chartByType);
	}

}
