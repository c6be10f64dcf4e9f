package io.signalroom.insight.record;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Insights of one workspace; every lookup takes the workspace.
 */
interface Insights extends JpaRepository<Insight, Long> {

	Optional<Insight> findByWorkspaceIdAndId(long workspaceId, long id);

	List<Insight> findByWorkspaceIdAndSessionIdOrderByCreatedAtAscIdAsc(long workspaceId, long sessionId);

}
