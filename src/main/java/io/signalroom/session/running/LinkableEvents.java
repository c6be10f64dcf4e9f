package io.signalroom.session.running;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.TimelineEventSummary;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionView;
import io.signalroom.workspace.CurrentMember;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline events an interpretation may be linked to: any event of the chosen
 * customer, offered as that customer's {@value #RECENT} most recent. Summaries are
 * scrubbed of the customer's name and e-mail where the session or workspace shows
 * pseudonyms. The customer module's {@link CustomerCatalog} reads them, always by
 * workspace.
 */
@Service
public class LinkableEvents {

	public static final int RECENT = 50;

	private final PracticeSessions sessions;

	private final CustomerCatalog customers;

	LinkableEvents(PracticeSessions sessions, CustomerCatalog customers) {
		this.sessions = sessions;
		this.customers = customers;
	}

	/**
	 * The most recent events of a customer under review in the session, newest first;
	 * empty for a customer the session does not review.
	 */
	@Transactional(readOnly = true)
	public List<TimelineEventSummary> recent(CurrentMember me, long sessionId, long customerId) {
		return recent(me, this.sessions.view(me, sessionId), customerId);
	}

	/**
	 * As {@link #recent(CurrentMember, long, long)} for a session the member has opened.
	 */
	@Transactional(readOnly = true)
	public List<TimelineEventSummary> recent(CurrentMember me, SessionView session, long customerId) {
		if (session.workspaceId() != me.workspaceId() || !session.customerIds().contains(customerId)) {
			return List.of();
		}
		return this.customers.recentEvents(me.workspaceId(), customerId, RECENT,
				CustomerLens.session(session.anonymizeCustomers()));
	}

	/** The events with these ids that belong to the workspace, by id. */
	@Transactional(readOnly = true)
	public Map<Long, TimelineEventSummary> byIds(long workspaceId, Collection<Long> ids, CustomerLens lens) {
		return this.customers.events(workspaceId, ids, lens);
	}

	/** The event, if it is one of this customer's in this workspace. */
	Optional<Long> ofCustomer(long workspaceId, long customerId, long eventId) {
		return Optional
			.ofNullable(this.customers.events(workspaceId, List.of(eventId), CustomerLens.workspace()).get(eventId))
			.filter((e) -> e.customerId() == customerId)
			.map(TimelineEventSummary::id);
	}

}
