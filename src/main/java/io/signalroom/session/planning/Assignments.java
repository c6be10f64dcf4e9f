package io.signalroom.session.planning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Pre-session assignments of one workspace's sessions.
 */
public interface Assignments extends JpaRepository<Assignment, Long> {

	List<Assignment> findByWorkspaceIdAndSessionIdOrderById(long workspaceId, long sessionId);

	Optional<Assignment> findByWorkspaceIdAndSessionIdAndId(long workspaceId, long sessionId, long id);

}
