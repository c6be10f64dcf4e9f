package io.signalroom.insight.action;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.insight.action.SessionInsights.InsightLine;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionEvidence;
import io.signalroom.session.SessionEvidence.SessionHeading;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.MemberDirectory;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns action items into what one viewer sees of them, with a handful of set-based
 * look-ups per list rather than one per row.
 */
@Component
class ActionViews {

	private final MemberDirectory members;

	private final CustomerCatalog customers;

	private final SessionInsights insights;

	private final PracticeSessions sessions;

	private final SessionEvidence evidence;

	private final MessageSource messages;

	ActionViews(MemberDirectory members, CustomerCatalog customers, SessionInsights insights, PracticeSessions sessions,
			SessionEvidence evidence, MessageSource messages) {
		this.members = members;
		this.customers = customers;
		this.insights = insights;
		this.sessions = sessions;
		this.evidence = evidence;
		this.messages = messages;
	}

	/**
	 * @param lens how the page shows customers: a session's lens when the list belongs to
	 * one, else the workspace's; an action born in a session that shows pseudonyms keeps
	 * them anywhere
	 * @param withSessions whether to name the session each action came from
	 */
	List<ActionView> of(CurrentMember me, List<ActionItem> items, LocalDate today, CustomerLens lens,
			boolean withSessions) {
		if (items.isEmpty()) {
			return List.of();
		}
		Map<Long, String> owners = this.members.activeMembers(me.workspaceId())
			.stream()
			.collect(Collectors.toMap(WorkspaceMember::userId, WorkspaceMember::displayName));
		Set<Long> pseudonymSessions = this.evidence
			.headings(me.workspaceId(),
					items.stream().map(ActionItem::getSessionId).filter(Objects::nonNull).distinct().toList())
			.values()
			.stream()
			.filter(SessionHeading::anonymizeCustomers)
			.map(SessionHeading::id)
			.collect(Collectors.toSet());
		Map<Long, String> customerNames = new HashMap<>(
				names(me, items, lens, (a) -> !pseudonymSessions.contains(a.getSessionId())));
		customerNames
			.putAll(names(me, items, CustomerLens.pseudonyms(), (a) -> pseudonymSessions.contains(a.getSessionId())));
		Map<Long, InsightLine> insightLines = this.insights.byId(me.workspaceId(),
				items.stream().map(ActionItem::getInsightId).filter(Objects::nonNull).distinct().toList());
		Map<Long, String> focus = withSessions ? sessionFocus(me, items) : Map.of();
		String former = this.messages.getMessage("action.formerMember", null, LocaleContextHolder.getLocale());
		return items.stream().map((a) -> {
			InsightLine insight = (a.getInsightId() != null) ? insightLines.get(a.getInsightId()) : null;
			boolean open = a.getStatus() == io.signalroom.insight.ActionStatus.OPEN;
			return new ActionView(a.getId(), a.getTitle(), a.getOwnerId(), owners.getOrDefault(a.getOwnerId(), former),
					a.getDueOn(), a.getStatus(), open && DueDates.isOverdue(a.getDueOn(), today),
					open && DueDates.isDueSoon(a.getDueOn(), today), a.getSessionId(),
					(a.getSessionId() != null) ? focus.get(a.getSessionId()) : null, a.getCustomerId(),
					(a.getCustomerId() != null) ? customerNames.get(a.getCustomerId()) : null, a.getInsightId(),
					(insight != null) ? insight.statement() : null, (insight != null) ? insight.status() : null,
					a.getOutcomeNote(), a.getClosedAt(), a.getVersion(), open && mayClose(me, a));
		}).toList();
	}

	private Map<Long, String> names(CurrentMember me, List<ActionItem> items, CustomerLens lens,
			Predicate<ActionItem> shownThisWay) {
		return this.customers
			.summaries(me.workspaceId(),
					items.stream()
						.filter(shownThisWay)
						.map(ActionItem::getCustomerId)
						.filter(Objects::nonNull)
						.distinct()
						.toList(),
					lens)
			.stream()
			.collect(Collectors.toMap(CustomerSummary::id, CustomerSummary::name));
	}

	/** The owner closes their own action; managers and admins close anyone's. */
	static boolean mayClose(CurrentMember me, ActionItem action) {
		return action.getOwnerId() == me.userId() || me.canManage();
	}

	/** A participant sees an action but not the focus of a session they were not in. */
	private Map<Long, String> sessionFocus(CurrentMember me, List<ActionItem> items) {
		return this.sessions.focusOfReadable(me,
				items.stream().map(ActionItem::getSessionId).filter(Objects::nonNull).distinct().toList());
	}

}
