package io.signalroom.insight.action;

import java.util.List;
import java.util.Optional;

import io.signalroom.insight.ActionStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionItems extends JpaRepository<ActionItem, Long> {

	Optional<ActionItem> findByWorkspaceIdAndId(long workspaceId, long id);

	List<ActionItem> findByWorkspaceIdAndSessionIdOrderByCreatedAtAscIdAsc(long workspaceId, long sessionId);

	List<ActionItem> findByWorkspaceIdAndSessionIdAndStatusOrderByDueOnAscIdAsc(long workspaceId, long sessionId,
			ActionStatus status);

	/** Still open from sessions of the series other than the ones named. */
	@Query("""
			select a from ActionItem a
			where a.workspaceId = :workspaceId and a.seriesId = :seriesId and a.status = 'OPEN'
			  and a.sessionId not in :exceptSessions
			order by a.dueOn asc nulls last, a.id""")
	List<ActionItem> openInSeries(long workspaceId, long seriesId, List<Long> exceptSessions);

	/** Open and due before the day given, across the workspace. */
	@Query("""
			select a from ActionItem a
			where a.workspaceId = :workspaceId and a.status = 'OPEN' and a.dueOn < :today
			order by a.dueOn, a.id""")
	List<ActionItem> overdue(long workspaceId, java.time.LocalDate today);

}
