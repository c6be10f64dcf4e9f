package io.signalroom.playbook;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Follow-up templates of one workspace; every lookup takes the workspace.
 */
interface FollowUpTemplates extends JpaRepository<FollowUpTemplate, Long> {

	Optional<FollowUpTemplate> findByWorkspaceIdAndId(long workspaceId, long id);

	List<FollowUpTemplate> findByWorkspaceIdOrderByTitle(long workspaceId);

	boolean existsByWorkspaceIdAndSignalTypeId(long workspaceId, long signalTypeId);

	boolean existsByWorkspaceIdAndSignalTypeIdAndIdNot(long workspaceId, long signalTypeId, long id);

}
