package io.signalroom.insight.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerLens;
import io.signalroom.live.LiveEvents;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionView;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.workspace.CurrentMember;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's action items across sessions: filtered lists with their counts, and closing
 * an action (done or dropped) by its owner, a manager or an admin.
 */
@Service
public class ActionTracker {

	/** The longest list one page shows. */
	static final int LIMIT = 200;

	private final ActionItems actions;

	private final ActionViews views;

	private final JdbcClient jdbc;

	private final PracticeSessions sessions;

	private final LiveEvents live;

	private final Clock clock;

	ActionTracker(ActionItems actions, ActionViews views, JdbcClient jdbc, PracticeSessions sessions, LiveEvents live,
			Clock clock) {
		this.actions = actions;
		this.views = views;
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.live = live;
		this.clock = clock;
	}

	public LocalDate today() {
		return DueDates.today(this.clock);
	}

	/**
	 * The workspace's actions matching the filter (and the owner, if given), as of
	 * {@code today}: open ones by due date, closed ones latest first.
	 */
	@Transactional(readOnly = true)
	public List<ActionView> list(CurrentMember me, ActionFilter filter, Long ownerId, LocalDate today) {
		String order = filter.isClosed() ? "a.closed_at desc, a.id desc" : "a.due_on asc nulls last, a.id";
		List<Long> ids = this.jdbc
			.sql("select a.id from action_item a where a.workspace_id = :ws and (cast(:owner as bigint) is null"
					+ " or a.owner_id = :owner) and " + filter.condition() + " order by " + order + " limit " + LIMIT)
			.param("ws", me.workspaceId())
			.param("owner", ownerId)
			.param("today", today)
			.param("soon", today.plusDays(DueDates.SOON_DAYS))
			.query(Long.class)
			.list();
		Map<Long, ActionItem> byId = this.actions.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(ActionItem::getId, Function.identity()));
		return this.views.of(me, ids.stream().map(byId::get).toList(), today, CustomerLens.workspace(), true);
	}

	/** How many actions each filter shows (for the owner, if given), as of today. */
	@Transactional(readOnly = true)
	public Map<ActionFilter, Long> counts(CurrentMember me, Long ownerId, LocalDate today) {
		String columns = java.util.Arrays.stream(ActionFilter.values())
			.map((f) -> "count(*) filter (where " + f.condition() + ") as " + f.name())
			.collect(Collectors.joining(", "));
		return this.jdbc
			.sql("select " + columns + " from action_item a where a.workspace_id = :ws"
					+ " and (cast(:owner as bigint) is null or a.owner_id = :owner)")
			.param("ws", me.workspaceId())
			.param("owner", ownerId)
			.param("today", today)
			.param("soon", today.plusDays(DueDates.SOON_DAYS))
			.query((rs, row) -> {
				Map<ActionFilter, Long> counts = new EnumMap<>(ActionFilter.class);
				for (ActionFilter f : ActionFilter.values()) {
					counts.put(f, rs.getLong(f.name()));
				}
				return counts;
			})
			.single();
	}

	/** Marks the action done, with what came of it. */
	@Transactional
	public ActionItem complete(CurrentMember me, long id, long version, String note) {
		ActionItem action = closable(me, id, version);
		action.complete(note, this.clock.instant());
		return closed(me, action);
	}

	/** Drops the action; the note says why. */
	@Transactional
	public ActionItem drop(CurrentMember me, long id, long version, String note) {
		ActionItem action = closable(me, id, version);
		action.drop(note, this.clock.instant());
		return closed(me, action);
	}

	private ActionItem closable(CurrentMember me, long id, long version) {
		ActionItem action = this.actions.findByWorkspaceIdAndId(me.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Action item"));
		if (!ActionViews.mayClose(me, action)) {
			throw new AccessDeniedException("Only the owner, a manager or an admin closes an action item");
		}
		if (action.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ActionItem.class, id);
		}
		return action;
	}

	/** Pages of a session still running hear that its list changed. */
	private ActionItem closed(CurrentMember me, ActionItem action) {
		ActionItem saved = this.actions.saveAndFlush(action);
		if (action.getSessionId() != null) {
			try {
				SessionView session = this.sessions.view(me, action.getSessionId());
				if (!session.status().isFinal()) {
					this.live.publish(session.liveTopic(), SessionActions.ACTIONS_CHANGED, "changed");
				}
			}
			catch (NotFoundException notTheirs) {
				// an owner who was not in the session: its pages catch up on the next
				// change
			}
		}
		return saved;
	}

}
