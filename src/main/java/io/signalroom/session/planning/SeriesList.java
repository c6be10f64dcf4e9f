package io.signalroom.session.planning;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Session series of one workspace.
 */
public interface SeriesList extends JpaRepository<SessionSeries, Long> {

	Optional<SessionSeries> findByWorkspaceIdAndId(long workspaceId, long id);

}
