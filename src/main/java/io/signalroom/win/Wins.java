package io.signalroom.win;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The wins of one workspace; every lookup takes the workspace.
 */
interface Wins extends JpaRepository<Win, Long> {

	Optional<Win> findByWorkspaceIdAndId(long workspaceId, long id);

	List<Win> findByWorkspaceIdOrderByWonOnDescIdDesc(long workspaceId, Pageable page);

	long countByWorkspaceId(long workspaceId);

}
