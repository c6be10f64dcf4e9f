package io.signalroom.win;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.insight.InsightDirectory;
import io.signalroom.insight.InsightDirectory.ActionRef;
import io.signalroom.insight.InsightDirectory.InsightRef;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.MemberDirectory;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns wins into cards for the wall: looks up every linked customer, insight, action and
 * author in one query each rather than one per win.
 */
@Component
class WinWall {

	private final WinLog log;

	private final CustomerCatalog customers;

	private final InsightDirectory insights;

	private final MemberDirectory members;

	WinWall(WinLog log, CustomerCatalog customers, InsightDirectory insights, MemberDirectory members) {
		this.log = log;
		this.customers = customers;
		this.insights = insights;
		this.members = members;
	}

	@Transactional(readOnly = true)
	public List<WinCard> cards(CurrentMember me) {
		List<Win> wins = this.log.latest(me);
		long ws = me.workspaceId();
		Map<Long, CustomerSummary> customers = byId(this.customers.summaries(ws,
				ids(wins.stream().map(Win::getCustomerId).filter((id) -> id != null).toList()),
				CustomerLens.workspace()), CustomerSummary::id);
		Map<Long, InsightRef> insights = byId(
				this.insights.insights(ws, ids(wins.stream().flatMap((w) -> w.getInsightIds().stream()).toList())),
				InsightRef::id);
		Map<Long, ActionRef> actions = byId(
				this.insights.actions(ws, ids(wins.stream().flatMap((w) -> w.getActionIds().stream()).toList())),
				ActionRef::id);
		Map<Long, String> authors = this.members.activeMembers(ws)
			.stream()
			.collect(Collectors.toMap(WorkspaceMember::userId, WorkspaceMember::displayName));
		return wins.stream()
			.map((w) -> new WinCard(w.getId(), w.getKind(), w.getTitle(), w.getStory(), w.getValueAmount(),
					w.getWonOn(), (w.getCustomerId() != null) ? customers.get(w.getCustomerId()) : null,
					w.getInsightIds().stream().map(insights::get).filter((i) -> i != null).toList(),
					w.getActionIds().stream().map(actions::get).filter((a) -> a != null).toList(),
					authors.get(w.getAuthorId()), WinLog.canEdit(me, w)))
			.toList();
	}

	private static List<Long> ids(Collection<Long> ids) {
		return ids.stream().distinct().toList();
	}

	private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
	}

}
