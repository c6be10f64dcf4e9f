package io.signalroom.insight.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.insight.ActionStatus;
import io.signalroom.insight.action.SessionInsights.InsightLine;
import io.signalroom.live.LiveEvents;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionView;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.MemberDirectory;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items agreed in a practice session. Facilitators and admins add them while the
 * session is planned or running; every page of the session hears of it over the session's
 * live topic and fetches the list again.
 */
@Service
public class SessionActions {

	/** The SSE event the run page's action list and recap listen to. */
	public static final String ACTIONS_CHANGED = "actions-changed";

	private final ActionItems actions;

	private final PracticeSessions sessions;

	private final MemberDirectory members;

	private final CustomerCatalog customers;

	private final SessionInsights insights;

	private final ActionViews views;

	private final LiveEvents live;

	private final Clock clock;

	SessionActions(ActionItems actions, PracticeSessions sessions, MemberDirectory members, CustomerCatalog customers,
			SessionInsights insights, ActionViews views, LiveEvents live, Clock clock) {
		this.actions = actions;
		this.sessions = sessions;
		this.members = members;
		this.customers = customers;
		this.insights = insights;
		this.views = views;
		this.live = live;
		this.clock = clock;
	}

	/**
	 * What the form offers: the workspace's members, the session's insights and
	 * customers.
	 */
	public record Choices(SessionView session, List<WorkspaceMember> owners, List<InsightLine> insights,
			List<CustomerSummary> customers) {

	}

	/**
	 * Adds an action item to the session.
	 * @throws RuleViolation for bad input, a due date in the past not yet confirmed, or a
	 * session that is over
	 * @throws AccessDeniedException for a member who does not facilitate
	 */
	@Transactional
	public ActionItem add(CurrentMember me, long sessionId, ActionDraft draft) {
		SessionView session = requireAdder(me, sessionId);
		if (session.status().isFinal()) {
			throw new RuleViolation(null, "action.session.over");
		}
		ActionItem.checkedTitle(draft.title());
		if (this.members.activeMember(me.workspaceId(), draft.ownerId()).isEmpty()) {
			throw new RuleViolation("ownerId", "action.owner.unknown");
		}
		if (draft.dueOn() != null && DueDates.isOverdue(draft.dueOn(), today()) && !draft.confirmPastDue()) {
			throw new RuleViolation("dueOn", "action.due.past", draft.dueOn().toString());
		}
		if (draft.insightId() != null && this.insights.ofSession(me.workspaceId(), sessionId)
			.stream()
			.noneMatch((i) -> i.id() == draft.insightId())) {
			throw new RuleViolation("insightId", "action.insight.notInSession");
		}
		if (draft.customerId() != null && !session.customerIds().contains(draft.customerId())) {
			throw new RuleViolation("customerId", "action.customer.notInSession");
		}
		ActionItem saved = this.actions.save(new ActionItem(me.workspaceId(), sessionId, session.seriesId(), draft,
				me.userId(), this.clock.instant()));
		this.live.publish(session.liveTopic(), ACTIONS_CHANGED, "changed");
		return saved;
	}

	/**
	 * The session, if the member may add action items to it.
	 * @throws io.signalroom.shared.web.NotFoundException for a session they may not see
	 * @throws AccessDeniedException for a member who does not facilitate
	 */
	@Transactional(readOnly = true)
	public SessionView requireAdder(CurrentMember me, long sessionId) {
		SessionView session = this.sessions.view(me, sessionId);
		if (!me.canFacilitate()) {
			throw new AccessDeniedException("Only facilitators and admins add action items");
		}
		return session;
	}

	/** The session's action items, oldest first. */
	@Transactional(readOnly = true)
	public List<ActionView> of(CurrentMember me, long sessionId) {
		SessionView session = this.sessions.view(me, sessionId);
		return this.views.of(me,
				this.actions.findByWorkspaceIdAndSessionIdOrderByCreatedAtAscIdAsc(me.workspaceId(), sessionId),
				today(), CustomerLens.session(session.anonymizeCustomers()), false);
	}

	/**
	 * The action items still open from a session, by due date; customers under the lens
	 * of the session the viewer is in.
	 */
	@Transactional(readOnly = true)
	public List<ActionView> openFrom(CurrentMember me, long sessionId, CustomerLens lens) {
		return this.views.of(me, this.actions.findByWorkspaceIdAndSessionIdAndStatusOrderByDueOnAscIdAsc(
				me.workspaceId(), sessionId, ActionStatus.OPEN), today(), lens, true);
	}

	/** Still open from sessions of the series other than the ones named, by due date. */
	@Transactional(readOnly = true)
	public List<ActionView> openInSeries(CurrentMember me, long seriesId, List<Long> exceptSessions,
			CustomerLens lens) {
		return this.views.of(me, this.actions.openInSeries(me.workspaceId(), seriesId, exceptSessions), today(), lens,
				true);
	}

	/** Every open action of the workspace due before today, oldest due date first. */
	@Transactional(readOnly = true)
	public List<ActionView> overdue(CurrentMember me, CustomerLens lens) {
		return this.views.of(me, this.actions.overdue(me.workspaceId(), today()), today(), lens, true);
	}

	@Transactional(readOnly = true)
	public Choices choices(CurrentMember me, long sessionId) {
		SessionView session = this.sessions.view(me, sessionId);
		List<CustomerSummary> underReview = this.customers
			.summaries(me.workspaceId(), session.customerIds(), CustomerLens.session(session.anonymizeCustomers()))
			.stream()
			.sorted(Comparator.comparing(CustomerSummary::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new Choices(session, this.members.activeMembers(me.workspaceId()),
				this.insights.ofSession(me.workspaceId(), sessionId), underReview);
	}

	public LocalDate today() {
		return DueDates.today(this.clock);
	}

}
