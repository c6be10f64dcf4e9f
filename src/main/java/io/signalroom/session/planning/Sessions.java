package io.signalroom.session.planning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Practice sessions of one workspace; every lookup takes the workspace.
 */
public interface Sessions extends JpaRepository<PracticeSession, Long> {

	Optional<PracticeSession> findByWorkspaceIdAndId(long workspaceId, long id);

	Optional<PracticeSession> findByWorkspaceIdAndJoinCode(long workspaceId, String joinCode);

	boolean existsByJoinCode(String joinCode);

	List<PracticeSession> findByWorkspaceIdAndSeriesIdOrderByScheduledStart(long workspaceId, long seriesId);

	Optional<PracticeSession> findFirstByWorkspaceIdAndSeriesIdAndScheduledStartBeforeOrderByScheduledStartDesc(
			long workspaceId, long seriesId, Instant before);

	@Query("""
			select s from PracticeSession s where s.workspaceId = :workspaceId
			and s.status in (io.signalroom.session.SessionStatus.PLANNED, io.signalroom.session.SessionStatus.LIVE,
			                 io.signalroom.session.SessionStatus.PAUSED)
			order by s.scheduledStart""")
	List<PracticeSession> findOpen(long workspaceId);

	@Query("""
			select s from PracticeSession s where s.workspaceId = :workspaceId
			and s.status in (io.signalroom.session.SessionStatus.ENDED, io.signalroom.session.SessionStatus.CANCELLED)
			order by s.scheduledStart desc""")
	List<PracticeSession> findClosed(long workspaceId, Pageable page);

}
